import { execFile } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/paths.js";
import { runCliCaptured } from "./support/run-cli.js";

const run = promisify(execFile);
const BROKEN = join(PROJECT_ROOT, "test/fixtures/content-broken/two-problems");
const BROKEN_PROBLEMS = [
  'interventions/ander.yaml: id: id "anders" does not match the file name (expected interventions/anders.yaml)',
  'interventions/voorbeeld.yaml: indications.0.situations.0: unknown situation code "weeshuis"',
];
const SHIPPED_IDS = [
  "basic-trust",
  "ddp",
  "differentiatietherapie",
  "fasetherapie",
  "itgg",
  "k-vht",
  "mbt-a",
  "mbt-k",
  "nika",
  "ouder-baby-interventie",
  "pcit",
  "pipa",
  "shantala-babymassage",
  "sherborne-samenspel",
  "theraplay",
  "tijd-voor-toontje",
  "video-hometraining",
  "vipp-sd",
  "voorzorg",
];

const cli = (...args: string[]) => runCliCaptured(args);

describe("content validate", () => {
  it("accepts the shipped content with a one-line summary", async () => {
    const { code, stdout, stderr } = await cli("content", "validate");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(
      /^geldig: 19 interventies, 4 schadelijke praktijken, 10 situaties, 2 voorwaarden, 2 brondocumenten, 29 indicaties, \d+ synoniemgroepen\n$/,
    );
  });

  it("rejects a broken folder with exit code 2 and every problem as file: path: message", async () => {
    const { code, stdout, stderr } = await cli("content", "validate", BROKEN);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    const [heading, ...problems] = stderr.trimEnd().split("\n");
    expect(heading).toBe(`ongeldig: 2 problemen in ${BROKEN}`);
    expect(problems).toEqual(BROKEN_PROBLEMS);
  });

  it("reports a folder that does not exist instead of crashing", async () => {
    const { code, stderr } = await cli("content", "validate", join(BROKEN, "bestaat-niet"));
    expect(code).toBe(2);
    expect(stderr).toContain("interventions: folder is missing");
  });

  it("refuses a second folder", async () => {
    const { code, stderr } = await cli("content", "validate", BROKEN, BROKEN);
    expect(code).toBe(2);
    expect(stderr).toContain("onverwacht argument");
  });
});

describe("content list", () => {
  it("prints every intervention with its indications as JSON", async () => {
    const { code, stdout } = await cli("content", "list", "--json");
    expect(code).toBe(0);
    const listing = JSON.parse(stdout) as {
      interventions: {
        id: string;
        indications: { kind: string; age: { basis: string }; source?: object }[];
      }[];
    };
    expect(listing.interventions.map((i) => i.id).sort()).toEqual(SHIPPED_IDS);
    for (const i of listing.interventions) {
      expect(i.indications.length, i.id).toBeGreaterThan(0);
      expect(
        i.indications.every((x) => x.source !== undefined),
        i.id,
      ).toBe(true);
    }
  });

  it("shows each indication as loaded: kind, situations or 'algemeen', age in words with each end's basis, rank and source", async () => {
    const { code, stdout } = await cli("content", "list");
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toMatch(/^Interventie\s+Soort\s+Situaties\s+Leeftijd\s+Rang\s+Bron$/);
    const vipp = lines.find((l) => l.startsWith("VIPP-SD [vipp-sd]"));
    expect(vipp).toMatch(
      /preventie\s+algemeen\s+0 tot en met 6 jaar\s+1\s+richtlijn · Conclusies · Erkende preventieve interventies #1$/,
    );
    expect(stdout).toMatch(
      /behandeling\s+domestic-violence-shelter\s+leeftijd niet vermeld in de bron\s+–\s+nji · Behandeling van hechtingsproblemen #1/,
    );
    // Issue 11: the corrected readings, each end with its own basis.
    expect(stdout).toContain(
      "vanaf 28 weken zwangerschap tot ongeveer 7 jaar (ondergrens vermeld, bovengrens uit de lijst)",
    );
    expect(stdout).toContain(
      'vanaf de zwangerschap (ondergrens vermeld zonder week, bovengrens niet vermeld) – "jonge (aanstaande) moeders"',
    );
    expect(stdout).toMatch(
      /maternal-depression\s+0 tot ongeveer 7 jaar \(uit de context\) – "met een jong kind"/,
    );
    expect(stdout).toMatch(
      /ITGG \[itgg\].*7 tot en met 17 jaar \(bovengrens vermeld, ondergrens uit de lijst\) – "tot 18 jaar"/,
    );
    for (const notation of ["±", "0–0", "–±"]) expect(stdout).not.toContain(notation);
  });

  it("speaks English with --lang en", async () => {
    const { code, stdout } = await cli("content", "list", "--lang", "en");
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toMatch(/^Intervention\s+Kind\s+Situations\s+Age\s+Rank\s+Source$/);
    expect(stdout).toMatch(
      /Theraplay \[theraplay\]\s+treatment\s+general\s+from 7 years \(lower end from the context, upper end not stated\)/,
    );
  });

  it.each([
    [["--verbose"], "onbekende optie --verbose; deze opdracht kent --json, --lang"],
    [["--lang", "de"], '--lang: "de" is geen taal; kies uit nl, en'],
    [["--lang"], "--lang heeft een waarde nodig"],
  ])("rejects %j with exit code 2, naming the flag in Dutch", async (flags, message) => {
    const { code, stdout, stderr } = await cli("content", "list", ...flags);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(`hechtingswijzer content: ${message}\nZie: hechtingswijzer content --help\n`);
  });

  it("rejects an unknown subcommand with exit code 2, naming the ones there are", async () => {
    const { code, stderr } = await cli("content", "lijst");
    expect(code).toBe(2);
    expect(stderr).toContain('onbekende subopdracht "lijst"; kies validate of list');
    expect(stderr).toContain("hechtingswijzer content --help");
  });
});

describe("bin/hechtingswijzer content validate (spawned)", () => {
  const mainJs = join(PROJECT_ROOT, "dist/src/cli/main.js");
  const commandSource = join(PROJECT_ROOT, "src/cli/commands/content.ts");

  beforeAll(async () => {
    // scripts/test.sh builds first; a run of this file alone builds here when dist/ is missing or stale.
    if (existsSync(mainJs) && statSync(mainJs).mtimeMs >= statSync(commandSource).mtimeMs) return;
    // tsc still emits when another part of the tree has a type error; only a missing output is fatal here.
    await run("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: PROJECT_ROOT }).catch(() => undefined);
    if (!existsSync(mainJs)) throw new Error("the build did not produce dist/src/cli/main.js");
  });

  it("exits 0 on the shipped content and 2 with the problems on a broken folder", async () => {
    const bin = join(PROJECT_ROOT, "bin/hechtingswijzer");
    const ok = await run(bin, ["content", "validate"], { cwd: PROJECT_ROOT });
    expect(ok.stdout).toMatch(/^geldig: 19 interventies, /);

    const failed = await run(bin, ["content", "validate", BROKEN], { cwd: PROJECT_ROOT }).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed.code).toBe(2);
    expect(failed.stderr.trimEnd().split("\n").slice(1)).toEqual(BROKEN_PROBLEMS);
  });
});
