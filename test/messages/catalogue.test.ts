import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { en } from "../../src/domain/messages/en.js";
import { messages } from "../../src/domain/messages/index.js";
import { nl } from "../../src/domain/messages/nl.js";
import { PROJECT_ROOT } from "../../src/paths.js";

/** Every key path of a catalogue, with what it holds: "engine.reason: function". */
function keyPaths(value: unknown, path = ""): string[] {
  if (typeof value !== "object" || value === null) return [`${path}: ${typeof value}`];
  if (Array.isArray(value)) return [`${path}: list of ${value.length}`];
  return Object.entries(value).flatMap(([key, inner]) => keyPaths(inner, path ? `${path}.${key}` : key));
}

describe("the message catalogue", () => {
  it("has the same keys in Dutch and English, each holding the same kind of text", () => {
    expect(keyPaths(en)).toEqual(keyPaths(nl));
  });

  it("gives each language its own catalogue", () => {
    expect(messages("nl")).toBe(nl);
    expect(messages("en")).toBe(en);
  });
});

const SRC = join(PROJECT_ROOT, "src");

/** A table of texts by language: `nl: {`, `Record<Lang, …>`, `pick(lang, …)` or `lang === "en" ? "…" : "…"`. */
const TEXT_TABLE = /\bnl: [{"'`]|Record<Lang\b|\bpick\(|=== "(en|nl)" \? ["'`]/;

/** Places that look like a text table but hold none, each with the reason. */
const NOT_TEXT_TABLES: Readonly<Record<string, string>> = {
  "src/engine/request.ts": "the request schema per language, built from the catalogue's messages",
  "src/web/layout.tsx": "the language switch names the other language's code, not a text",
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("texts by language", () => {
  it("live only in the message catalogue", () => {
    const found = sourceFiles(SRC)
      .map((path) => relative(PROJECT_ROOT, path))
      .filter((path) => !path.startsWith("src/domain/messages/"))
      .filter((path) => TEXT_TABLE.test(readFileSync(join(PROJECT_ROOT, path), "utf8")))
      .filter((path) => !(path in NOT_TEXT_TABLES));
    expect(found).toEqual([]);
  });

  it("keeps no exception that no longer looks like a table", () => {
    const stale = Object.keys(NOT_TEXT_TABLES).filter(
      (path) => !TEXT_TABLE.test(readFileSync(join(PROJECT_ROOT, path), "utf8")),
    );
    expect(stale).toEqual([]);
  });
});
