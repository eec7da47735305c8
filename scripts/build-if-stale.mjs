// Compiles src/ into dist/ only when a source is newer than the last build, so that
// `npm start` starts at once on a current build, and a production install without
// dev dependencies (no TypeScript) starts from the dist/ it was given.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
// tsc rewrites every output on each build, so this one file dates the whole build.
const builtMarker = join(root, "dist/src/server.js");
const inputs = ["src", "tsconfig.json", "tsconfig.build.json", "package.json"];

function newestChange(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted or renamed file changes its folder
  for (const name of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, name)));
  return newest;
}

const builtAt = existsSync(builtMarker) ? statSync(builtMarker).mtimeMs : -1;
const sourcesChangedAt = Math.max(...inputs.map((input) => newestChange(join(root, input))));
if (builtAt >= sourcesChangedAt) process.exit(0);

if (!existsSync(join(root, "node_modules/typescript"))) {
  console.error(
    "hechtingswijzer: dist/ is missing or older than src/, and TypeScript is not installed " +
      "(a production install). Build first with 'npm ci && npm run build', then 'npm ci --omit=dev'.",
  );
  process.exit(1);
}
const build = spawnSync("npm", ["run", "-s", "build"], { cwd: root, stdio: "inherit" });
process.exit(build.status ?? 1);
