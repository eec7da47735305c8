import { execFile } from "node:child_process";
import { copyFile, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONFIG_VARIABLES, loadConfig } from "../../src/config.js";
import { PROJECT_ROOT } from "../../src/paths.js";

const run = promisify(execFile);
const DEPLOY = join(PROJECT_ROOT, "docs", "deploy");
const UNIT = join(DEPLOY, "systemd", "hechtingswijzer@.service");
const INSTALLED_AT = "/opt/hechtingswijzer/";

/** KEY=value lines, without comments and blank lines. */
function assignments(text: string): Record<string, string> {
  const lines = text.split("\n").filter((line) => line.trim() !== "" && !line.startsWith("#"));
  return Object.fromEntries(
    lines.map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
  );
}

describe("the systemd unit and settings in docs/deploy", () => {
  let unit: string;
  let dir: string;
  beforeAll(async () => {
    unit = await readFile(UNIT, "utf8");
    dir = await mkdtemp(join(tmpdir(), "hw-unit-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("is a unit systemd reads without a warning", async () => {
    // An instance of the template, as `systemctl enable hechtingswijzer@3001` makes it.
    const instance = join(dir, "hechtingswijzer@3001.service");
    await copyFile(UNIT, instance);
    const { stdout, stderr } = await run("systemd-analyze", ["verify", instance]);
    expect(`${stdout}${stderr}`).toBe("");
  });

  it("starts the build that npm run build makes", async () => {
    const execStart = unit.match(/^ExecStart=\S+ (\S+)$/m)?.[1];
    expect(execStart?.startsWith(INSTALLED_AT)).toBe(true);
    const built = join(PROJECT_ROOT, (execStart as string).slice(INSTALLED_AT.length));
    await expect(readFile(built)).resolves.toBeDefined();
  });

  it("with the example settings, gives a valid configuration behind one proxy", async () => {
    const settings = assignments(await readFile(join(DEPLOY, "hechtingswijzer.env"), "utf8"));
    const fromUnit = assignments(
      [...unit.matchAll(/^Environment=(.*)$/gm)]
        .map((match) => (match[1] as string).replace("%i", "3001"))
        .join("\n"),
    );
    for (const name of Object.keys({ ...settings, ...fromUnit }))
      expect(CONFIG_VARIABLES, name).toContain(name);
    const config = loadConfig({ ...settings, ...fromUnit });
    expect(config).toMatchObject({ port: 3001, host: "127.0.0.1", trustedProxyHops: 1 });
    expect(config.publicUrl).toMatch(/^https:\/\//);
    expect(config.databaseUrl).toMatch(/^postgres:\/\//);
  });
});
