import SwaggerParser from "@apidevtools/swagger-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../db/dialects.js";
import { createTestApp, type TestApp } from "./support/test-app.js";

const dialect = DIALECTS[0];
if (!dialect) throw new Error("no test dialect");

interface Document {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { name: string }[];
        security?: unknown;
        requestBody?: { content: Record<string, { schema?: unknown }> };
        responses?: Record<string, unknown>;
      }
    >
  >;
  components: { schemas: Record<string, unknown> };
}

/** The routes DOMAIN.md and the brief promise; the document must describe each. */
const PROMISED = [
  ["get", "/interventions"],
  ["get", "/interventions/{id}"],
  ["post", "/advice"],
  ["get", "/situations"],
  ["get", "/preconditions"],
  ["get", "/harmful-practices"],
  ["get", "/coverage"],
  ["get", "/coverage.csv"],
  ["get", "/export.json"],
  ["get", "/export.csv"],
  ["post", "/feedback"],
  ["get", "/admin/drafts"],
  ["get", "/admin/drafts/{id}"],
  ["post", "/admin/drafts"],
  ["post", "/admin/drafts/{id}/publish"],
  ["post", "/admin/drafts/{id}/withdraw"],
  ["post", "/admin/revert"],
] as const;

describe("OpenAPI document and reference page", () => {
  let t: TestApp;
  let document: Document;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    document = (await (await t.app.request("/api/v1/openapi.json")).json()) as Document;
  });
  afterAll(async () => {
    await t.close();
  });

  it("is a valid OpenAPI 3.1 document (swagger-parser)", async () => {
    expect(document.openapi).toBe("3.1.0");
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeDefined();
  });

  it("describes every promised route", () => {
    for (const [method, path] of PROMISED)
      expect(document.paths[path]?.[method], `${method} ${path}`).toBeDefined();
    const search =
      document.paths["/interventions"]?.get?.parameters?.map((parameter) => parameter.name) ?? [];
    expect(search).toEqual(
      expect.arrayContaining([
        "q",
        "age",
        "need",
        "situation",
        "recognition",
        "inDatabank",
        "page",
        "pageSize",
      ]),
    );
  });

  it("names the security schemes on every admin operation, and a JSON body on each change of content", () => {
    const admin = Object.entries(document.paths).filter(([path]) => path.startsWith("/admin"));
    expect(admin.length).toBeGreaterThanOrEqual(11);
    for (const [path, operations] of admin) {
      for (const [method, operation] of Object.entries(operations)) {
        expect(operation.security, `${method} ${path}`).toEqual([{ beheerSession: [] }, { apiToken: [] }]);
        if (method === "post") {
          expect(
            operation.requestBody?.content["application/json"]?.schema,
            `${method} ${path}`,
          ).toBeDefined();
          expect(Object.keys(operation.responses ?? {}), `${method} ${path}`).toEqual(
            expect.arrayContaining(["400", "401", "403", "409"]),
          );
        }
      }
    }
  });

  it("the reference page lists every path, method and schema, in the site's layout, without third parties", async () => {
    const response = await t.app.request("/api/docs");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    const html = await response.text();
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    // The site's header, stylesheet and footer (issue 14), as on every page.
    expect(html).toContain('class="hw-header"');
    expect(html).toMatch(/<link rel="stylesheet" href="\/assets\/site\.[0-9a-f]+\.css"/);
    expect(html).toContain('class="hw-footer"');
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const method of Object.keys(operations)) {
        expect(html, `${method} ${path}`).toContain(`${method.toUpperCase()} /api/v1${path}`);
      }
    }
    for (const name of Object.keys(document.components.schemas))
      expect(html).toContain(`id="schema-${name}"`);
    // Only the site's own script file; nothing inline.
    expect(html).not.toMatch(/<script(?! src="\/assets\/)/i);
    expect(html).not.toMatch(/<style/i);
    expect(html).not.toMatch(/(src|href)="https?:/i);
  });

  it("each problem type links to its explanation on the reference page", async () => {
    const html = await (await t.app.request("/api/docs")).text();
    const problem = (await (await t.app.request("/api/v1/nothing")).json()) as { type: string };
    const anchor = problem.type.split("#")[1];
    expect(problem.type.startsWith("/api/docs#")).toBe(true);
    expect(html).toContain(`id="${anchor}"`);
  });
});
