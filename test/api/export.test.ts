import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPORT_COLUMNS } from "../../src/catalog/export.js";
import { csvField, UTF8_BOM } from "../../src/lib/csv.js";
import { DIALECTS } from "../db/dialects.js";
import { createResponseValidator, type ResponseValidator } from "./support/openapi-validator.js";
import { createTestApp, type TestApp } from "./support/test-app.js";

/** A small RFC 4180 reader, to read the export back as a spreadsheet would. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += char;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

describe("csvField", () => {
  it("quotes commas, quotes and line breaks as RFC 4180 says", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a, b")).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
  });

  it("defuses text that a spreadsheet would run as a formula, but leaves numbers", () => {
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("-12")).toBe("-12");
    expect(parseCsv(`${csvField("=1+2, then")}\r\n`)).toEqual([["'=1+2, then"]]);
  });
});

for (const dialect of DIALECTS) {
  describe(`export (${dialect.name})`, () => {
    let t: TestApp;
    let api: ResponseValidator;
    beforeAll(async () => {
      t = await createTestApp(dialect);
      api = await createResponseValidator(t.app);
    });
    afterAll(async () => {
      await t.close();
    });

    const indicationCount = () =>
      t.holder
        .current()
        .interventions.reduce((sum, intervention) => sum + intervention.indications.length, 0);

    it("GET /export.json has one row per indication, with its source", async () => {
      const response = await api.request("/api/v1/export.json");
      expect(response.status).toBe(200);
      const body = (await response.json()) as {
        rows: { interventionId: string; kind: string; ageBasis: string; sourceDocument: string | null }[];
      };
      expect(body.rows).toHaveLength(indicationCount());
      const pipa = body.rows.filter((row) => row.interventionId === "pipa");
      expect(pipa).toEqual([
        expect.objectContaining({ kind: "prevention", ageBasis: "stated", sourceDocument: "richtlijn" }),
      ]);
    });

    it("GET /export.json gives each end's basis and the age in words (Dutch, or English with lang=en)", async () => {
      type Row = Record<string, unknown> & { interventionId: string };
      const rows = async (query: string) =>
        ((await (await api.request(`/api/v1/export.json${query}`)).json()) as { rows: Row[] }).rows;
      const dutch = await rows("");
      // DDP: "tot 18 jaar" states the upper end; the lower end (7) is the list's.
      expect(dutch.find((row) => row.interventionId === "ddp")).toMatchObject({
        ageFrom: 7,
        ageTo: 17,
        ageBasis: "stated",
        ageFromBasis: "context",
        ageToBasis: "stated",
        startsInPregnancy: false,
        ageWords: "7 tot en met 17 jaar",
        ageBasisWords: "bovengrens vermeld, ondergrens uit de lijst",
      });
      const voorzorg = dutch.filter((row) => row.interventionId === "voorzorg");
      expect(voorzorg.every((row) => row.startsInPregnancy === true)).toBe(true);
      expect(voorzorg.map((row) => row.ageToBasis)).toContain("not-stated");
      const english = await rows("?lang=en");
      expect(english.find((row) => row.interventionId === "ddp")?.ageWords).toBe("7 to 17 years");
      const csv = await (await api.request("/api/v1/export.csv?lang=en")).text();
      expect(csv).toContain("7 to 17 years");
    });

    it("GET /export.csv is the same rows as CSV with a header, BOM and CRLF lines", async () => {
      const response = await api.request("/api/v1/export.csv");
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("text/csv");
      expect(response.headers.get("content-disposition")).toMatch(
        /attachment; filename="hechtingswijzer-r\d+\.csv"/,
      );
      const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
      expect(text.startsWith(UTF8_BOM)).toBe(true);
      const rows = parseCsv(text.slice(1));
      expect(rows[0]).toEqual([...EXPORT_COLUMNS]);
      expect(rows.slice(1)).toHaveLength(indicationCount());
      expect(rows.every((row) => row.length === EXPORT_COLUMNS.length)).toBe(true);
      const json = (await (await t.app.request("/api/v1/export.json")).json()) as {
        rows: { interventionName: string; situations: string[] }[];
      };
      const nameColumn = EXPORT_COLUMNS.indexOf("interventionName");
      const situationsColumn = EXPORT_COLUMNS.indexOf("situations");
      rows.slice(1).forEach((row, index) => {
        expect(row[nameColumn]).toBe(json.rows[index]?.interventionName);
        expect(row[situationsColumn]).toBe(json.rows[index]?.situations.join("; "));
      });
    });
  });
}
