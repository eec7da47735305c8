import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../api/support/test-app.js";
import { DIALECTS } from "../db/dialects.js";
import { english, PAGES_OK } from "./page-paths.js";

/** Issue 14: every page under 60 KB transferred, the page and what it loads together. */
const BUDGET_BYTES = 60 * 1024;

// The pages do not depend on the database: one dialect is enough.
const dialect = DIALECTS[0];
if (!dialect) throw new Error("no test dialect");

/** The stylesheet, script and icon a page loads (the only things it loads: no third parties). */
function subresources(html: string): string[] {
  const found = [...html.matchAll(/<(?:link|script)\b[^>]*\b(?:href|src)="(\/assets\/[^"]+)"/g)];
  return [...new Set(found.map((m) => m[1] as string))];
}

describe("page weight", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });

  /** Bytes on the wire for one address, as a browser asks for it (gzip accepted). */
  async function transferred(path: string): Promise<{ bytes: number; encoding: string | null }> {
    const res = await t.app.request(path, { headers: { "Accept-Encoding": "gzip, deflate, br" } });
    expect(res.status, path).toBe(200);
    return { bytes: (await res.arrayBuffer()).byteLength, encoding: res.headers.get("content-encoding") };
  }

  it(`every page with its stylesheet, script and icon is under ${BUDGET_BYTES / 1024} KB transferred`, async () => {
    const interventions = t.holder.current().interventions.map((i) => `/interventies/${i.id}`);
    const paths = [...new Set([...PAGES_OK, ...interventions])].flatMap((p) => [p, english(p)]);
    const report: string[] = [];
    const over: string[] = [];
    for (const path of paths) {
      const page = await transferred(path);
      expect(page.encoding, path).toBe("gzip");
      const html = await (await t.app.request(path)).text();
      const assets = subresources(html);
      expect(assets.length, path).toBeGreaterThanOrEqual(2);
      let total = page.bytes;
      for (const asset of assets) total += (await transferred(asset)).bytes;
      report.push(`${path}: ${(total / 1024).toFixed(1)} KB (page ${(page.bytes / 1024).toFixed(1)} KB)`);
      if (total >= BUDGET_BYTES) over.push(report.at(-1) as string);
    }
    expect(over, report.join("\n")).toEqual([]);
  });
});
