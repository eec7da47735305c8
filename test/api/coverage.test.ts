import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GAP_EXPORT_COLUMNS } from "../../src/engine/coverage-export.js";
import { UTF8_BOM } from "../../src/lib/csv.js";
import { DIALECTS } from "../db/dialects.js";
import { createResponseValidator, type ResponseValidator } from "./support/openapi-validator.js";
import { createTestApp, type TestApp } from "./support/test-app.js";

interface KindBody {
  covered: boolean;
  basis: string | null;
  interventions: { id: string; ageBasis: string }[];
}
interface CoverageBody {
  count: string;
  ages: number[];
  rows: { situation: string; cells: { age: number; prevention: KindBody; treatment: KindBody }[] }[];
}

/** Reads the simple CSV the gap export writes (no quoted line breaks in it). */
function csvRows(text: string): string[][] {
  return text
    .split("\r\n")
    .filter((line) => line !== "")
    .map((line) =>
      [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].map((m) => (m[1] ?? "").replace(/^"|"$/g, "")),
    )
    .map((cells) => cells.slice(0, GAP_EXPORT_COLUMNS.length));
}

const [dialect] = DIALECTS;

describe(`coverage endpoints (${dialect?.name})`, () => {
  let t: TestApp;
  let api: ResponseValidator;
  beforeAll(async () => {
    if (!dialect) throw new Error("no test dialect");
    t = await createTestApp(dialect);
    api = await createResponseValidator(t.app);
  });
  afterAll(async () => {
    await t.close();
  });

  const coverage = async (query = "") =>
    (await (await api.request(`/api/v1/coverage${query}`)).json()) as CoverageBody;
  const row = (body: CoverageBody, code: string) => body.rows.find((r) => r.situation === code);

  it("GET /coverage gives every age 0–18 for the general row and each situation, with the basis per intervention", async () => {
    const body = await coverage();
    expect(body.ages).toEqual(Array.from({ length: 19 }, (_, age) => age));
    expect(body.rows).toHaveLength(11);
    expect(body.count).toBe("stated");
    const foster = row(body, "foster-care");
    expect(foster?.cells[3]?.prevention.interventions).toContainEqual({ id: "pipa", ageBasis: "stated" });
    expect(foster?.cells[3]?.prevention.covered).toBe(true);
    expect(foster?.cells[5]?.prevention.interventions.map((i) => i.id)).not.toContain("pipa");
  });

  it("does not count an age the source does not state, unless count=all", async () => {
    const shelter = row(await coverage(), "domestic-violence-shelter");
    for (const cell of shelter?.cells ?? []) {
      expect(cell.treatment).toEqual({
        covered: false,
        basis: "not-stated",
        interventions: [{ id: "tijd-voor-toontje", ageBasis: "not-stated" }],
      });
    }
    const all = await coverage("?count=all");
    expect(all.count).toBe("all");
    expect(row(all, "domestic-violence-shelter")?.cells.every((cell) => cell.treatment.covered)).toBe(true);
    // ITGG's lower end comes from the list heading: shown as context, counted only with count=all.
    expect(row(all, "multiple-disabilities")?.cells[10]?.treatment).toMatchObject({
      covered: true,
      basis: "context",
    });
  });

  it("adds the general interventions with includeGeneral=true and keeps only contracted ones", async () => {
    const at = (body: CoverageBody) =>
      row(body, "foster-care")?.cells[0]?.prevention.interventions.map((i) => i.id) ?? [];
    const plain = await coverage();
    const withGeneral = await coverage("?includeGeneral=true");
    expect(at(withGeneral)).toContain("vipp-sd");
    expect(at(withGeneral).length).toBeGreaterThan(at(plain).length);
    expect(at(await coverage("?includeGeneral=true&contracted=pipa"))).toEqual(["pipa"]);
  });

  it("answers 400 naming the field for a bad includeGeneral, count or contracted", async () => {
    for (const [query, field] of [
      ["includeGeneral=maybe", "includeGeneral"],
      ["count=some", "count"],
      ["contracted=onbekend", "contracted"],
    ] as const) {
      for (const path of ["/api/v1/coverage", "/api/v1/coverage.csv"]) {
        const bad = await api.request(`${path}?${query}`);
        expect(bad.status, `${path}?${query}`).toBe(400);
        expect(((await bad.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe(field);
      }
    }
  });

  it("GET /coverage.csv lists the remaining gaps in words, with a BOM and a file name", async () => {
    const response = await api.request("/api/v1/coverage.csv?contracted=pipa&contracted=vipp-sd");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(response.headers.get("content-disposition")).toMatch(
      /attachment; filename="hechtingswijzer-hiaten-r\d+\.csv"/,
    );
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    const [header, ...rows] = csvRows(text.slice(1));
    expect(header).toEqual([...GAP_EXPORT_COLUMNS]);
    const find = (situation: string, kind: string) =>
      rows.filter((r) => r[0] === situation && r[2] === kind).map((r) => [r[5], r[6]]);
    // VIPP-SD 0–6 is the only general prevention left: the rest is a gap.
    expect(find("general", "prevention")).toEqual([["vanaf 7 jaar", "none"]]);
    expect(find("general", "treatment")).toEqual([["alle leeftijden", "none"]]);
    // With Tijd voor Toontje not contracted the shelter row is a plain gap.
    expect(find("domestic-violence-shelter", "prevention")).toEqual([["alle leeftijden", "none"]]);
  });

  it("GET /coverage.csv marks ages reached only without a stated age, in English with lang=en", async () => {
    const response = await api.request("/api/v1/coverage.csv?lang=en");
    expect(response.headers.get("content-disposition")).toMatch(/filename="hechtingswijzer-gaps-r\d+\.csv"/);
    const rows = csvRows((await response.text()).replace(UTF8_BOM, "")).slice(1);
    const shelter = rows.find((r) => r[0] === "domestic-violence-shelter" && r[2] === "prevention");
    expect(shelter).toEqual([
      "domestic-violence-shelter",
      "child and mother in a shelter after domestic violence",
      "prevention",
      "0",
      "18",
      "every age",
      "not-stated",
      "only interventions whose age the source does not state",
      "false",
      "Tijd voor Toontje",
    ]);
    const bad = await api.request("/api/v1/coverage.csv?lang=de");
    expect(bad.status).toBe(400);
  });
});
