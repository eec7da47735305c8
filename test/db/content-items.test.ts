import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ContentItem, diffItems } from "../../src/db/content-items.js";
import { DEFAULT_SQLITE_FILE, storeOptionsFromUrl } from "../../src/db/index.js";
import { canonicalJson } from "../../src/lib/canonical-json.js";

const item = (id: string, data: unknown, position = 0): ContentItem => ({
  kind: "situation",
  id,
  position,
  data: canonicalJson(data),
});

describe("canonicalJson", () => {
  it("gives the same text for the same value whatever the key order", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (record) => {
        const reversed = Object.fromEntries(Object.entries(record).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(record));
        expect(JSON.parse(canonicalJson(record))).toEqual(JSON.parse(JSON.stringify(record)));
      }),
    );
  });
});

describe("diffItems", () => {
  const current = [item("a", { x: 1 }, 0), item("b", { y: 2 }, 1)];

  it("finds nothing when only the key order differs", () => {
    const next = [item("a", { x: 1 }, 0), item("b", { y: 2 }, 1)];
    expect(diffItems(current, next)).toEqual({ written: [], deleted: [] });
  });

  it("writes changed, new and moved items and marks removed ones", () => {
    const changes = diffItems(current, [item("b", { y: 3 }, 0), item("c", { z: 1 }, 1)]);
    expect(changes.written.map((i) => i.id)).toEqual(["b", "c"]);
    expect(changes.deleted.map((i) => i.id)).toEqual(["a"]);
    expect(diffItems(current, [item("b", { y: 2 }, 0), item("a", { x: 1 }, 1)]).written).toHaveLength(2);
  });

  it("keeps kinds apart: the same id under another kind is another item", () => {
    const source: ContentItem = { ...item("a", { x: 1 }), kind: "source" };
    const changes = diffItems(current, [...current, source]);
    expect(changes.written).toEqual([source]);
  });
});

describe("storeOptionsFromUrl", () => {
  it.each([
    [undefined, {}],
    ["", {}],
    ["postgres://u:p@db:5432/hw", { databaseUrl: "postgres://u:p@db:5432/hw" }],
    ["postgresql://u@db/hw", { databaseUrl: "postgresql://u@db/hw" }],
    ["sqlite:/srv/hw.sqlite", { sqliteFile: "/srv/hw.sqlite" }],
    ["file:///srv/hw.sqlite", { sqliteFile: "/srv/hw.sqlite" }],
    ["data/other.sqlite", { sqliteFile: "data/other.sqlite" }],
  ])("%j → %j", (url, expected) => {
    expect(storeOptionsFromUrl(url)).toEqual(expected);
  });

  it("keeps the default SQLite file inside the project's data folder", () => {
    expect(DEFAULT_SQLITE_FILE).toMatch(/[/\\]data[/\\]hechtingswijzer\.sqlite$/);
  });
});
