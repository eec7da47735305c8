import { execFile } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { LANGS, localize } from "../../src/domain/text.js";
import type { Catalog } from "../../src/domain/types.js";
import { NEEDS } from "../../src/domain/vocabulary.js";
import { type Advice, evaluateAdvice, parseAdviceRequest } from "../../src/engine/index.js";
import { PROJECT_ROOT } from "../../src/paths.js";
import { runCliCaptured } from "./support/run-cli.js";

const run = promisify(execFile);

const cli = runCliCaptured;

/** A label as a regular expression that matches it literally. */
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The start of every ANSI colour code. */
const ANSI = "\u001b[";

let catalog: Catalog;
let work: string;
beforeAll(async () => {
  catalog = await loadCatalog();
  work = await mkdtemp(join(tmpdir(), "hw-advice-"));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function writeJson(name: string, value: unknown): Promise<string> {
  const path = join(work, name);
  await writeFile(path, typeof value === "string" ? value : JSON.stringify(value));
  return path;
}

function expected(request: unknown): Advice {
  const parsed = parseAdviceRequest(request, catalog);
  if (!parsed.ok) throw new Error("test request is invalid");
  return evaluateAdvice(parsed.request, catalog);
}

const fosterChild = {
  child: { ageYears: 4 },
  need: "prevention",
  situations: ["foster-care", "adoption"],
  preconditions: { emotionallyAvailableCaregiver: "yes", safeStablePlace: "unknown" },
};

describe("hechtingswijzer advice", () => {
  it("--json prints exactly the engine's advice", async () => {
    const file = await writeJson("foster.json", fosterChild);
    const result = await cli(["advice", "--input", file, "--json"]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toBe(`${JSON.stringify(expected(fosterChild), null, 2)}\n`);
  });

  it("reads the request from stdin with --input -", async () => {
    const result = await cli(["advice", "--input", "-", "--json"], { stdin: JSON.stringify(fosterChild) });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(expected(fosterChild));
  });

  it("flags build the same request as --input", async () => {
    const file = await writeJson("same.json", fosterChild);
    const fromFile = await cli(["advice", "--input", file, "--json"]);
    const fromFlags = await cli([
      "advice",
      "--age",
      "4",
      "--need",
      "prevention",
      "--situation",
      "foster-care",
      "--situation",
      "adoption",
      "--precondition",
      "emotionally-available-caregiver=yes",
      "--precondition",
      "safeStablePlace=unknown",
      "--json",
    ]);
    expect(fromFlags.code).toBe(0);
    expect(fromFlags.stdout).toBe(fromFile.stdout);
  });

  it("reads --age-months, --pregnancy-week and --lang", async () => {
    const unborn = {
      child: { pregnancyWeek: 32 },
      need: "prevention",
      situations: ["teenage-single-mother"],
      lang: "en",
    };
    const result = await cli([
      "advice",
      "--pregnancy-week",
      "32",
      "--need",
      "prevention",
      "--situation",
      "teenage-single-mother",
      "--lang",
      "en",
      "--json",
    ]);
    expect(JSON.parse(result.stdout)).toEqual(expected(unborn));
    const baby = await cli(["advice", "--age-months", "3", "--need", "prevention", "--json"]);
    expect(JSON.parse(baby.stdout)).toEqual(expected({ child: { ageMonths: 3 }, need: "prevention" }));
  });

  it("a precondition answered no moves everything to onceMet", async () => {
    const result = await cli([
      "advice",
      "--age",
      "5",
      "--need",
      "prevention",
      "--precondition",
      "safe-stable-place=no",
      "--json",
    ]);
    const advice = JSON.parse(result.stdout) as Advice;
    expect(advice.status).toBe("preconditions-not-met");
    expect(advice.recommended).toEqual([]);
    expect(advice.onceMet.length).toBeGreaterThan(0);
    const text = await cli([
      "advice",
      "--age",
      "5",
      "--need",
      "prevention",
      "--precondition",
      "safe-stable-place=no",
    ]);
    expect(text.stdout).toContain("Zodra de voorwaarden vervuld zijn");
  });

  it("prints a readable Dutch summary without colour when not on a terminal", async () => {
    const result = await cli(["advice", "--age", "4", "--need", "prevention", "--situation", "foster-care"]);
    expect(result.code).toBe(0);
    const advice = expected({ child: { ageYears: 4 }, need: "prevention", situations: ["foster-care"] });
    expect(result.stdout).toContain(`Aanbevolen (${advice.recommended.length}):`);
    advice.recommended.forEach((item, index) => {
      expect(result.stdout).toContain(`${String(index + 1).padStart(2)}. ${item.name}`);
    });
    expect(result.stdout).toContain("Past niet");
    for (const warning of advice.warnings) expect(result.stdout).toContain(warning.name);
    expect(result.stdout).toContain("Controleer eerst");
    expect(result.stdout).not.toContain(ANSI);
  });

  it("shows each intervention that does not fit with its reasons, in the language asked for", async () => {
    for (const lang of LANGS) {
      const request = {
        child: { ageYears: 10 },
        need: "prevention",
        situations: ["maternal-depression"],
        lang,
      };
      const advice = expected(request);
      expect(advice.notSuitable.length).toBeGreaterThan(0);
      const args = ["--age", "10", "--need", "prevention", "--situation", "maternal-depression"];
      const { stdout } = await cli(["advice", ...args, "--lang", lang]);
      const section = stdout.slice(stdout.indexOf(`(${advice.notSuitable.length}):`));
      for (const item of advice.notSuitable) {
        expect(section).toContain(item.name);
        for (const reason of item.reasons) expect(section).toContain(reason.text);
      }
    }
  });

  it("uses colour only on a terminal, and never with --no-color or NO_COLOR", async () => {
    const args = ["advice", "--age", "4", "--need", "prevention"];
    expect((await cli(args, { isTTY: true })).stdout).toContain(ANSI);
    expect((await cli([...args, "--no-color"], { isTTY: true })).stdout).not.toContain(ANSI);
    expect((await cli(args, { isTTY: true, env: { NO_COLOR: "1" } })).stdout).not.toContain(ANSI);
    expect((await cli([...args, "--json"], { isTTY: true })).stdout).not.toContain(ANSI);
  });

  it.each([
    [["--age", "19", "--need", "treatment"], "child.ageYears"],
    [["--age", "vier", "--need", "treatment"], "child.ageYears"],
    [["--age", "4", "--need", "cure"], "need"],
    [["--age", "4", "--age-months", "50", "--need", "prevention"], "child"],
    [["--need", "prevention"], "child"],
    [["--age", "4", "--need", "prevention", "--situation", "orphanage"], "situations[0]"],
    [
      ["--age", "4", "--need", "prevention", "--precondition", "safe-stable-place=maybe"],
      "preconditions.safeStablePlace",
    ],
    [["--age", "4", "--need", "prevention", "--precondition", "happy=yes"], "preconditions.happy"],
    [["--age", "4", "--need", "prevention", "--lang", "fr"], "lang"],
  ])("rejects %j with exit 2 naming %s", async (args, field) => {
    const result = await cli(["advice", ...args]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`hechtingswijzer advice: ${field}: `);
  });

  it("names the unknown situation code", async () => {
    const result = await cli(["advice", "--age", "5", "--need", "prevention", "--situation", "orphanage"]);
    expect(result.stderr).toMatch(/^hechtingswijzer advice: situations\[0\]: .*"orphanage"/);
  });

  it.each([
    ["--age", "-1", "child.ageYears"],
    ["--age-months", "-3", "child.ageMonths"],
    ["--pregnancy-week", "-2", "child.pregnancyWeek"],
  ])("%s %s is a field error in Dutch naming %s, not an option error", async (flag, value, field) => {
    const result = await cli(["advice", flag, value, "--need", "prevention"]);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toMatch(new RegExp(`^hechtingswijzer advice: ${field}: moet `));
    const english = await cli(["advice", flag, value, "--need", "prevention", "--lang", "en"]);
    expect(english.stderr).toMatch(new RegExp(`^hechtingswijzer advice: ${field}: must `));
  });

  it("lists the valid situation codes with their labels when one is unknown", async () => {
    const args = ["advice", "--age", "5", "--need", "prevention", "--situation", "weeshuis"];
    for (const lang of LANGS) {
      const { stderr } = await cli([...args, "--lang", lang]);
      for (const s of catalog.situations) expect(stderr).toContain(`${s.code} (${localize(s.label, lang)})`);
    }
  });

  it("--help lists the situation codes with their Dutch labels, the needs and the preconditions", async () => {
    const { code, stdout } = await cli(["advice", "--help"]);
    expect(code).toBe(0);
    for (const s of catalog.situations)
      expect(stdout).toMatch(new RegExp(`^ +${s.code} +${literally(s.label.nl)}$`, "m"));
    for (const need of NEEDS) expect(stdout).toMatch(new RegExp(`^ +${need} +\\S`, "m"));
    for (const p of catalog.preconditions) {
      expect(stdout).toMatch(new RegExp(`^ +${p.id} +${literally(p.label.nl)}$`, "m"));
      expect(stdout).toContain(p.requestKey);
    }
    const english = await cli(["advice", "--help", "--lang", "en"]);
    for (const s of catalog.situations) expect(english.stdout).toContain(localize(s.label, "en"));
  });

  it("--lang en with --input speaks English when the file names no language", async () => {
    const file = await writeJson("no-lang.json", fosterChild);
    const result = await cli(["advice", "--input", file, "--lang", "en", "--json"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${JSON.stringify(expected({ ...fosterChild, lang: "en" }), null, 2)}\n`);
    const invalid = await writeJson("no-lang-invalid.json", { ...fosterChild, need: "cure" });
    expect((await cli(["advice", "--input", invalid, "--lang", "en"])).stderr).toContain("need: must ");
    expect((await cli(["advice", "--input", invalid])).stderr).toContain("need: moet ");
  });

  it("rejects an input file that is not JSON, naming the file", async () => {
    const file = await writeJson("broken.json", "{ child: 4");
    const result = await cli(["advice", "--input", file]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(file);
  });

  it("rejects a missing input file and invalid requests in a file", async () => {
    const missing = await cli(["advice", "--input", join(work, "nope.json")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nope.json");
    const file = await writeJson("extra.json", { ...fosterChild, name: "Jan" });
    const invalid = await cli(["advice", "--input", file, "--json"]);
    expect(invalid).toMatchObject({ code: 2, stdout: "" });
    expect(invalid.stderr).toContain("hechtingswijzer advice: name: onbekend veld");
  });

  it("rejects mixing --input with flags, unknown options and no request at all", async () => {
    for (const args of [["--input", "x.json", "--age", "3"], ["--colour"], [], ["extra"]]) {
      const result = await cli(["advice", ...args]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toContain("hechtingswijzer advice:");
    }
  });
});

/** True when dist/ lacks the CLI or is older than one of the sources it runs. */
async function distIsStale(): Promise<boolean> {
  const main = join(PROJECT_ROOT, "dist/src/cli/main.js");
  if (!existsSync(main)) return true;
  const built = statSync(join(PROJECT_ROOT, "dist/src/cli/commands/advice.js"), { throwIfNoEntry: false });
  if (!built) return true;
  const sources = [join(PROJECT_ROOT, "src/cli/commands/advice.ts")];
  for (const name of await readdir(join(PROJECT_ROOT, "src/engine")))
    sources.push(join(PROJECT_ROOT, "src/engine", name));
  return sources.some((source) => statSync(source).mtimeMs > built.mtimeMs);
}

describe("bin/hechtingswijzer advice (spawned)", () => {
  beforeAll(async () => {
    if (await distIsStale()) {
      // tsc still writes every file when someone else's code has a type error; that is not this test's concern.
      await run("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: PROJECT_ROOT }).catch(() => undefined);
    }
  });

  it("prints the advice JSON and exits 0", async () => {
    const file = await writeJson("spawned.json", fosterChild);
    const { stdout } = await run(join(PROJECT_ROOT, "bin/hechtingswijzer"), [
      "advice",
      "--input",
      file,
      "--json",
    ]);
    const advice = JSON.parse(stdout) as Advice;
    expect(advice.recommended.map((r) => r.id)).toEqual(expected(fosterChild).recommended.map((r) => r.id));
  });

  it("exits 2 with the field on stderr for invalid input", async () => {
    const failure = await run(join(PROJECT_ROOT, "bin/hechtingswijzer"), [
      "advice",
      "--age",
      "19",
      "--need",
      "treatment",
    ]).then(
      () => undefined,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure?.code).toBe(2);
    expect(failure?.stdout).toBe("");
    expect(failure?.stderr).toContain("child.ageYears");
  });
});
