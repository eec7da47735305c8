import { beforeAll, describe, expect, it } from "vitest";
import { createTestWebApp, visibleText } from "./helpers.js";
import { english, PAGES_INVALID, PAGES_NOT_FOUND, PAGES_OK } from "./page-paths.js";

let app: Awaited<ReturnType<typeof createTestWebApp>>["app"];
beforeAll(async () => {
  ({ app } = await createTestWebApp());
});

describe("every page, in Dutch and in English", () => {
  for (const path of PAGES_OK) {
    for (const [lang, url] of [
      ["nl", path],
      ["en", english(path)],
    ] as const) {
      it(`${url} renders 200 with lang=${lang} through the shared layout`, async () => {
        const res = await app.request(url);
        expect(res.status).toBe(200);
        expect(res.headers.get("content-type")).toMatch(/^text\/html/);
        const html = await res.text();
        expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
        expect(html).toContain(`<html lang="${lang}">`);
        expect(html).toContain('href="#inhoud"');
        expect(html).toMatch(/<main id="inhoud"/);
        expect(html.match(/<h1[ >]/g)).toHaveLength(1);
        // The language switch points at the same page in the other language.
        const other = lang === "nl" ? "en" : "nl";
        const otherUrl = lang === "nl" ? english(path) : path;
        expect(html).toContain(`href="${otherUrl.replace(/&/g, "&amp;")}" hreflang="${other}"`);
        for (const footer of ["toegankelijkheid", "privacy", "bronnen", "reageer"]) {
          // "Reageer!" may carry the page it is about (?over=, test/web/reageer.test.ts).
          expect(html).toMatch(new RegExp(`href="${lang === "en" ? "/en" : ""}/${footer}(\\?over=[^"]*)?"`));
        }
      });
    }
  }

  // The policy itself (no 'unsafe-inline') is the app's, on every answer: test/web/page-headers.test.ts.
  it("has no inline styles or scripts, so the CSP needs no 'unsafe-inline'", async () => {
    for (const path of [...PAGES_OK, ...PAGES_INVALID]) {
      const res = await app.request(path);
      const html = await res.text();
      expect(html, path).not.toMatch(/\sstyle=|<style|<script(?![^>]*\ssrc=)/);
    }
  });

  it("Dutch and English pages differ in their own words", async () => {
    const nl = visibleText(await (await app.request("/privacy")).text());
    const en = visibleText(await (await app.request("/en/privacy")).text());
    expect(nl).toContain("vergeten");
    expect(en).toContain("forgotten");
    expect(nl).not.toEqual(en);
  });

  it("the privacy page says where a case's address can still be kept, and how long feedback is kept", async () => {
    const nl = visibleText(await (await app.request("/privacy")).text());
    const en = visibleText(await (await app.request("/en/privacy")).text());
    expect(nl).toContain("private, no-store");
    expect(nl).toMatch(/geschiedenis van uw browser.*proxy/);
    expect(nl).toContain("tot een beheerder");
    expect(en).toContain("private, no-store");
    expect(en).toMatch(/browser history.*prox/);
    expect(en).toContain("until an administrator");
  });
});

describe("invalid input", () => {
  for (const path of PAGES_INVALID) {
    it(`${path} answers 400 with an error summary, in both languages`, async () => {
      for (const [url, prefix] of [
        [path, "Fout:"],
        [english(path), "Error:"],
      ] as const) {
        const res = await app.request(url);
        expect(res.status, url).toBe(400);
        const html = await res.text();
        expect(html).toMatch(new RegExp(`<title>${prefix} `));
        expect(html).toMatch(/class="hw-error-summary" role="alert"/);
        // Every summary link points at an element on the page.
        const summary = html.slice(
          html.indexOf("hw-error-summary"),
          html.indexOf("</ul>", html.indexOf("hw-error-summary")),
        );
        const targets = [...summary.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
        expect(targets.length).toBeGreaterThan(0);
        for (const id of targets) expect(html, `#${id}`).toContain(`id="${id}"`);
      }
    });
  }
});

describe("not found", () => {
  for (const path of PAGES_NOT_FOUND) {
    it(`${path} is a 404 page in the layout`, async () => {
      for (const [url, lang] of [
        [path, "nl"],
        [english(path), "en"],
      ] as const) {
        const res = await app.request(url);
        expect(res.status).toBe(404);
        const html = await res.text();
        expect(html).toContain(`<html lang="${lang}">`);
        expect(visibleText(html)).toContain(lang === "nl" ? "Pagina niet gevonden" : "Page not found");
      }
    });
  }
});

describe("assets", () => {
  it("serves the hashed stylesheet and script with a long cache", async () => {
    const html = await (await app.request("/")).text();
    const css = html.match(/href="(\/assets\/site\.[0-9a-f]{10}\.css)"/)?.[1];
    const js = html.match(/src="(\/assets\/enhance\.[0-9a-f]{10}\.js)"/)?.[1];
    expect(css).toBeDefined();
    expect(js).toBeDefined();
    const cssRes = await app.request(css as string);
    expect(cssRes.status).toBe(200);
    expect(cssRes.headers.get("cache-control")).toContain("immutable");
    const body = await cssRes.text();
    expect(body).toContain(".utrecht-form-field");
    expect(body).toContain("@media print");
    const jsRes = await app.request(js as string);
    expect(jsRes.status).toBe(200);
    expect((await jsRes.text()).length).toBeLessThan(10 * 1024);
    expect((await app.request("/assets/site.0000000000.css")).status).toBe(404);
  });

  it("keeps the Utrecht design tokens and Rijkshuisstijl out of the stylesheet", async () => {
    const html = await (await app.request("/")).text();
    const css = await (
      await app.request(html.match(/href="(\/assets\/site\.[^"]+\.css)"/)?.[1] as string)
    ).text();
    expect(css).not.toMatch(/--utrecht-color-|--rhc-|RijksoverheidSans/i);
    expect(css).not.toMatch(/@import|url\(https?:/);
  });
});
