/**
 * Search benchmark: index build time, heap used and query latency for the shipped
 * catalogue and synthetic catalogues of 10,000 and 100,000 interventions.
 * Prints a table; no pass/fail. Targets at 10,000: p99 < 5 ms, heap < 100 MB.
 *
 *   node --expose-gc --import tsx bench/search.ts [sizes…]
 */
import { cpus, loadavg } from "node:os";
import { loadCatalog } from "../src/catalog/load-catalog.js";
import type { Catalog } from "../src/domain/types.js";
import {
  createSearchIndex,
  type SearchQueryInput,
  searchInterventions,
  searchQuerySchema,
} from "../src/search/index.js";
import { syntheticCatalog } from "./synthetic-catalog.js";

const gc = (globalThis as { gc?: () => void }).gc;

function heapAfterGc(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** A mix of what people type: names, typos, prefixes, risk groups, ages, filters, harmful words, junk. */
function queryMix(catalog: Catalog): SearchQueryInput[] {
  const names = catalog.interventions.slice(0, 50).map((i) => i.name);
  return [
    ...names.slice(0, 10).map((q) => ({ q })),
    ...names.slice(10, 15).map((q) => ({ q: q.toLowerCase().replace(/[aeiou]/, "") })),
    { q: "pleegzorg" },
    { q: "pleegkinderen" },
    { q: "depressieve moeder" },
    { q: "vrouwenopvang" },
    { q: "kind 3 jaar pleeggezin" },
    { q: "video hometraining" },
    { q: "theraply" },
    { q: "thera" },
    { q: "holding therapie" },
    { q: "mentaliseren bij pubers" },
    { q: "baby leren masseren" },
    { q: "gedragsproblemen 8 jaar" },
    { q: "" },
    { q: "", age: 3, need: "prevention" },
    { q: "", situation: ["foster-care"], need: "treatment" },
    { q: "pleegzorg", age: 16, need: "treatment" },
    { q: "video", page: 3, pageSize: 10 },
    { q: "x".repeat(300) },
    { q: "<script>alert(1)</script> ' OR 1=1 --" },
  ];
}

interface Row {
  catalogue: string;
  interventions: number;
  buildMs: number;
  heapMb: number;
  queries: number;
  medianMs: number;
  p99Ms: number;
  maxMs: number;
  cpuMedianMs: number;
  cpuP99Ms: number;
  /** The queries with the highest median CPU time, to see where a tail comes from. */
  slowest: string[];
}

function describeQuery(query: SearchQueryInput): string {
  const { q = "", ...filters } = query;
  const text = q.length > 30 ? `${q.slice(0, 27)}…` : q;
  return Object.keys(filters).length === 0
    ? JSON.stringify(text)
    : `${JSON.stringify(text)} ${JSON.stringify(filters)}`;
}

function measure(label: string, catalog: Catalog, rounds: number): Row {
  const before = heapAfterGc();
  const started = performance.now();
  const index = createSearchIndex(catalog);
  const buildMs = performance.now() - started;
  const heapMb = (heapAfterGc() - before) / 1024 / 1024;

  const mix = queryMix(catalog);
  const queries = mix.map((q) => searchQuerySchema.parse(q));
  const cpuByQuery = queries.map((): number[] => []);
  for (const query of queries) searchInterventions(index, query); // warm-up
  const timings: number[] = [];
  const cpuTimings: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const [position, query] of queries.entries()) {
      const cpu = process.cpuUsage();
      const t = performance.now();
      searchInterventions(index, query);
      timings.push(performance.now() - t);
      const used = process.cpuUsage(cpu);
      cpuTimings.push((used.user + used.system) / 1000);
      cpuByQuery[position]?.push((used.user + used.system) / 1000);
    }
  }
  timings.sort((a, b) => a - b);
  cpuTimings.sort((a, b) => a - b);
  return {
    catalogue: label,
    interventions: catalog.interventions.length,
    buildMs,
    heapMb,
    queries: timings.length,
    medianMs: percentile(timings, 50),
    p99Ms: percentile(timings, 99),
    maxMs: timings[timings.length - 1] ?? 0,
    cpuMedianMs: percentile(cpuTimings, 50),
    cpuP99Ms: percentile(cpuTimings, 99),
    slowest: cpuByQuery
      .map((cpu, position) => ({
        query: mix[position],
        median: percentile(
          [...cpu].sort((a, b) => a - b),
          50,
        ),
      }))
      .sort((a, b) => b.median - a.median)
      .slice(0, 3)
      .map(({ query, median }) => `${query ? describeQuery(query) : "?"} ${median.toFixed(2)} ms`),
  };
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const shipped = await loadCatalog();
const rows: Row[] = [measure("shipped", shipped, 50)];
for (const size of sizes.length > 0 ? sizes : [10_000, 100_000]) {
  const catalog = syntheticCatalog(shipped, size);
  rows.push(measure(`synthetic ${size.toLocaleString("en")}`, catalog, size >= 100_000 ? 3 : 10));
}

if (!gc) console.log("(run with node --expose-gc --import tsx for heap figures)\n");
const fixed = (n: number, digits = 2) => n.toFixed(digits);
console.table(
  rows.map((r) => ({
    catalogue: r.catalogue,
    interventions: r.interventions,
    "build (ms)": fixed(r.buildMs, 0),
    "heap (MB)": gc ? fixed(r.heapMb, 1) : "n/a",
    queries: r.queries,
    "median (ms)": fixed(r.medianMs),
    "p99 (ms)": fixed(r.p99Ms),
    "max (ms)": fixed(r.maxMs),
    "cpu median (ms)": fixed(r.cpuMedianMs),
    "cpu p99 (ms)": fixed(r.cpuP99Ms),
  })),
);
// Wall-clock times include waiting for a core on a busy machine; CPU time (all of this process's
// threads, garbage collection included) does not. Compare the two before reading the p99.
for (const row of rows)
  console.log(`slowest queries (cpu median), ${row.catalogue}: ${row.slowest.join("; ")}`);
console.log(`load average (1 min): ${loadavg()[0]?.toFixed(2)} on ${cpus().length} cores`);
