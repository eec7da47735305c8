/**
 * Lighthouse audit of the main pages, on a phone and on a desktop (Lighthouse 12, Debian
 * Chromium). Prints a table of the four category scores, the bytes each page transfers and
 * every audit that did not pass; no pass/fail. Targets (issue 14): ≥ 95 in every category on
 * both form factors, under 60 KB per page. Runs every page twice (mobile, desktop): run it
 * once, on a quiet machine, not in a loop.
 *
 *   npx tsx --conditions=source bench/lighthouse.ts   (CHROME_PATH defaults to /usr/bin/chromium;
 *   the condition loads the pages' JSX runtime from src, see package.json "imports")
 *   LIGHTHOUSE_JSON=DIR also writes each full report there as JSON.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { loadConfig } from "../src/config.js";
import { startServer } from "../src/server.js";

const PAGES = [
  ["home", "/"],
  ["keuzehulp form", "/keuzehulp"],
  ["keuzehulp result", "/keuzehulp?age=3&unit=years&need=prevention&situation=foster-care"],
  ["interventies/basic-trust", "/interventies/basic-trust"],
  ["beleidsmakers", "/beleidsmakers"],
] as const;

/** Lighthouse's own presets: its default is a throttled phone; the desktop one is its desktop preset. */
const FORM_FACTORS = [
  ["mobile", undefined],
  ["desktop", desktopConfig],
] as const;

/** LIGHTHOUSE_PAGE=home and LIGHTHOUSE_FORM=mobile check one page after a fix, instead of all. */
const ONLY = process.env.LIGHTHOUSE_PAGE;
const ONLY_FORM = process.env.LIGHTHOUSE_FORM;

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

/** A loopback port nobody listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "hw-lighthouse-"));
  // PUBLIC_URL as a deployment sets it (README): the hreflang alternates are absolute then, which
  // Lighthouse's SEO audit requires; without it they are root-relative (decision 085).
  const port = await freePort();
  const server = await startServer({
    config: loadConfig({
      PORT: String(port),
      HOST: "127.0.0.1",
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      SQLITE_FILE: join(dir, "lh.sqlite"),
      LOG_LEVEL: "silent",
    }),
  });
  mkdirSync(join(dir, "profile"));
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
    chromeFlags: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-sync",
    ],
    userDataDir: join(dir, "profile"),
  });
  const rows: string[][] = [];
  try {
    for (const [formFactor, config] of FORM_FACTORS.filter(([f]) => !ONLY_FORM || f === ONLY_FORM)) {
      for (const [name, path] of PAGES.filter(([n]) => !ONLY || n === ONLY)) {
        const result = await lighthouse(
          server.url + path,
          { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] },
          config,
        );
        if (!result) throw new Error(`no Lighthouse result for ${path}`);
        const { lhr } = result;
        if (process.env.LIGHTHOUSE_JSON) {
          mkdirSync(process.env.LIGHTHOUSE_JSON, { recursive: true });
          const file = `${formFactor}-${name.replace(/[^a-z0-9]+/g, "-")}.json`;
          writeFileSync(join(process.env.LIGHTHOUSE_JSON, file), JSON.stringify(lhr));
        }
        const score = (id: string) => {
          const value = lhr.categories[id]?.score;
          return value === null || value === undefined ? "–" : String(Math.round(value * 100));
        };
        const bytes = lhr.audits["total-byte-weight"]?.numericValue ?? 0;
        // Every scored audit below full marks, metrics with their value.
        const failed = Object.values(lhr.audits)
          .filter(
            (a) =>
              a.score !== null &&
              a.score < 1 &&
              ["binary", "numeric", "metricSavings"].includes(a.scoreDisplayMode),
          )
          .map((a) =>
            a.scoreDisplayMode === "numeric" && a.displayValue ? `${a.id} ${a.displayValue}` : a.id,
          );
        rows.push([
          `${name} (${formFactor})`,
          ...CATEGORIES.map(score),
          `${(bytes / 1024).toFixed(1)} KB`,
          failed.join(", ") || "–",
        ]);
      }
    }
  } finally {
    chrome.kill();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const header = ["page", "perf", "a11y", "best", "seo", "transferred", "failed binary audits"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) console.log(line(row));
  // Performance is measured with simulated throttling on this machine: a busy machine lowers it.
  console.log(
    `\nload average during the run: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
}

await main();
