import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/*
 * A production install is `npm ci --omit=dev` on a built dist/: whatever the running
 * code imports must be a runtime dependency, or the server fails to start there.
 */

const root = join(import.meta.dirname, "../..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Package names the compiled code loads: `import type` is erased by the compiler. */
function runtimePackages(source: string): string[] {
  const specifiers = [
    ...source.matchAll(/^import (?!type )[^;]*?from "([^"]+)"/gms),
    ...source.matchAll(/^export [^;]*? from "([^"]+)"/gm),
    ...source.matchAll(/\bimport\("([^"]+)"\)/g),
  ].map((match) => match[1] as string);
  return specifiers
    .filter((s) => !s.startsWith(".") && !s.startsWith("#") && !s.startsWith("node:"))
    .map((s) => (s.startsWith("@") ? s.split("/").slice(0, 2).join("/") : (s.split("/")[0] as string)));
}

describe("production install", () => {
  const files = sourceFiles(join(root, "src"));

  it("finds the application's sources", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it("loads only runtime dependencies and Node's own modules", () => {
    const missing = files.flatMap((file) =>
      runtimePackages(readFileSync(file, "utf8"))
        .filter((name) => !builtinModules.includes(name) && !(name in pkg.dependencies))
        .map((name) => `${file.slice(root.length + 1)} loads ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it("starts on a current build without compiling again", () => {
    const builtMarker = join(root, "dist/src/server.js");
    const check = () =>
      spawnSync(process.execPath, ["scripts/build-if-stale.mjs"], { cwd: root, encoding: "utf8" });
    expect(check().status).toBe(0); // builds only if the suite runs without scripts/test.sh's build
    const builtAt = statSync(builtMarker).mtimeMs;
    const again = check();
    expect(again.status).toBe(0);
    expect(again.stdout + again.stderr).toBe("");
    expect(statSync(builtMarker).mtimeMs).toBe(builtAt);
  });
});
