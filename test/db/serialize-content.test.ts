import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkContentDir, DEFAULT_CONTENT_DIR } from "../../src/catalog/load-catalog.js";
import { canonicalize, serializeContent, writeContentDir } from "../../src/catalog/serialize-content.js";
import { interventionSchema } from "../../src/domain/content-schema.js";
import type { ContentBundle } from "../../src/domain/types.js";

let shipped: ContentBundle;
let work: string;
beforeAll(async () => {
  const result = await checkContentDir(DEFAULT_CONTENT_DIR);
  if (!result.ok) throw new Error("the shipped content does not validate");
  shipped = result.bundle;
  work = await mkdtemp(join(tmpdir(), "hw-serialize-"));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("serializeContent", () => {
  it("writes files that read back as the same bundle", async () => {
    const dir = join(work, "round-trip");
    await writeContentDir(dir, serializeContent(shipped));
    const result = await checkContentDir(dir);
    expect(result.ok && result.bundle).toEqual(shipped);
  });

  it("puts keys in schema order whatever order the value had", () => {
    const pipa = shipped.interventions.find((i) => i.id === "pipa");
    const shuffled = Object.fromEntries(Object.entries(pipa ?? {}).reverse());
    const canonical = canonicalize(shuffled, interventionSchema) as Record<string, unknown>;
    expect(Object.keys(canonical).slice(0, 2)).toEqual(["id", "name"]);
    expect(canonical).toEqual(pipa);
    const [file] = serializeContent({
      ...shipped,
      interventions: [shuffled as unknown as typeof pipa & object],
    });
    const [original] = serializeContent({ ...shipped, interventions: pipa ? [pipa] : [] });
    expect(file?.text).toBe(original?.text);
  });

  it("has no comments and one file per intervention plus the five single files", () => {
    const files = serializeContent(shipped);
    expect(files).toHaveLength(shipped.interventions.length + 5);
    for (const { file, text } of files) {
      expect(text, file).not.toMatch(/^\s*#/m);
      expect(parse(text), file).toBeTypeOf("object");
    }
  });

  it("removes intervention files that are not in the bundle, and only those", async () => {
    const dir = join(work, "stale");
    await writeContentDir(dir, serializeContent(shipped));
    await writeFile(join(dir, "interventions", "oud.yaml"), "id: oud\n", "utf8");
    await writeFile(join(dir, "LEESMIJ.txt"), "blijft staan\n", "utf8");
    const removed = await writeContentDir(dir, serializeContent(shipped));
    expect(removed).toEqual(["interventions/oud.yaml"]);
    expect(await readFile(join(dir, "LEESMIJ.txt"), "utf8")).toBe("blijft staan\n");
  });
});
