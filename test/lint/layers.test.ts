import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/paths.js";

/*
 * The layer rules of biome.json (docs/decisions/078) checked against deliberate
 * violations: each file below is linted in a scratch project with the real
 * biome.json, and must break exactly the rules it says (none for allowed imports).
 */

const RESTRICTED = "lint/style/noRestrictedImports";
const CYCLE = "lint/suspicious/noImportCycles";

interface Case {
  readonly file: string;
  readonly source: string;
  /** The rules the file must break; empty: it must pass. */
  readonly breaks: readonly string[];
}

const CASES: readonly Case[] = [
  // Reaching up or sideways: each must fail.
  { file: "src/lib/up.ts", source: 'import "../domain/types.js";', breaks: [RESTRICTED] },
  { file: "src/domain/up.ts", source: 'import "../engine/index.js";', breaks: [RESTRICTED] },
  { file: "src/domain/paths-up.ts", source: 'import "../paths.js";', breaks: [RESTRICTED] },
  { file: "src/catalog/db.ts", source: 'import type { Store } from "../db/store.js";', breaks: [RESTRICTED] },
  { file: "src/catalog/config.ts", source: 'import "../config.js";', breaks: [RESTRICTED] },
  { file: "src/engine/search.ts", source: 'import "../search/index.js";', breaks: [RESTRICTED] },
  { file: "src/search/engine.ts", source: 'import "../engine/index.js";', breaks: [RESTRICTED] },
  {
    file: "src/db/catalog.ts",
    source: 'export { loadCatalog } from "../catalog/load-catalog.js";',
    breaks: [RESTRICTED],
  },
  {
    file: "src/db/lazy.ts",
    source: 'export const later = () => import("../catalog/load-catalog.js");',
    breaks: [RESTRICTED],
  },
  { file: "src/http/middleware.ts", source: 'import "../middleware/logger.js";', breaks: [RESTRICTED] },
  { file: "src/middleware/web.ts", source: 'import "../web/index.js";', breaks: [RESTRICTED] },
  { file: "src/middleware/api.ts", source: 'import "../api/index.js";', breaks: [RESTRICTED] },
  { file: "src/web/deps.ts", source: 'import type { AppDeps } from "../app-deps.js";', breaks: [RESTRICTED] },
  { file: "src/api/web.ts", source: 'import "../web/index.js";', breaks: [RESTRICTED] },
  {
    file: "src/web/pages/deep/db.ts",
    source: 'import type { NewFeedback } from "../../../db/store.js";',
    breaks: [RESTRICTED],
  },
  { file: "src/web/api.ts", source: 'import "../api/index.js";', breaks: [RESTRICTED] },
  { file: "src/cli/commands/app.ts", source: 'import "../../app.js";', breaks: [RESTRICTED] },
  { file: "src/curation/db.ts", source: 'import "../db/index.js";', breaks: [RESTRICTED] },
  { file: "src/curation/web.ts", source: 'import "../web/index.js";', breaks: [RESTRICTED] },
  { file: "src/domain/curation.ts", source: 'import "../curation/curation.js";', breaks: [RESTRICTED] },
  { file: "src/db/curation.ts", source: 'import "../curation/curation.js";', breaks: [RESTRICTED] },
  // Downward imports: each must pass.
  { file: "src/domain/down.ts", source: 'import "../lib/text-style.js";', breaks: [] },
  { file: "src/catalog/down.ts", source: 'import "../domain/types.js";\nimport "../paths.js";', breaks: [] },
  { file: "src/db/down.ts", source: 'import "../domain/types.js";\nimport "../paths.js";', breaks: [] },
  {
    file: "src/http/down.ts",
    source: 'import "../domain/app-error.js";\nimport "../config.js";',
    breaks: [],
  },
  {
    file: "src/middleware/down.ts",
    source: 'import "../http/problem.js";\nimport "../config.js";',
    breaks: [],
  },
  {
    file: "src/web/pages/deep/down.ts",
    source: 'import "../../../domain/feedback.js";\nimport "../../../search/index.js";',
    breaks: [],
  },
  {
    file: "src/curation/down.ts",
    source: 'import "../domain/accounts.js";\nimport "../lib/csv.js";',
    breaks: [],
  },
  { file: "src/web/pages/deep/curation.ts", source: 'import "../../../curation/curation.js";', breaks: [] },
  {
    file: "src/cli/commands/down.ts",
    source: 'import "../../db/index.js";\nimport "../../catalog/load-catalog.js";',
    breaks: [],
  },
  // Two files of one folder that import each other: a cycle.
  {
    file: "src/engine/ping.ts",
    source: 'import { pong } from "./pong.js";\nexport const ping = () => pong;',
    breaks: [CYCLE],
  },
  {
    file: "src/engine/pong.ts",
    source: 'import { ping } from "./ping.js";\nexport const pong = () => ping;',
    breaks: [CYCLE],
  },
];

/** The top-level modules: paths.ts and config.ts are leaves, app.ts and server.ts the top. */
const TOP_LEVEL_CASES: readonly Case[] = [
  { file: "src/paths.ts", source: 'import "./domain/types.js";', breaks: [RESTRICTED] },
  {
    file: "src/config.ts",
    source: 'import "./middleware/logger.js";\nimport "./domain/app-error.js";',
    breaks: [RESTRICTED],
  },
  { file: "src/app.ts", source: 'import "./server.js";', breaks: [RESTRICTED] },
  { file: "src/server.ts", source: 'import "./api/index.js";\nimport "./cli/main.js";', breaks: [] },
];

interface Diagnostic {
  readonly category: string;
  readonly location?: { readonly path?: string };
}

let scratch: string;
let broken: Map<string, Set<string>>;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "hw-layers-"));
  await copyFile(join(PROJECT_ROOT, "biome.json"), join(scratch, "biome.json"));
  for (const { file, source } of [...CASES, ...TOP_LEVEL_CASES]) {
    await mkdir(dirname(join(scratch, file)), { recursive: true });
    await writeFile(join(scratch, file), `${source}\n`);
  }
  const biome = join(PROJECT_ROOT, "node_modules", ".bin", "biome");
  const stdout = await new Promise<string>((resolve, reject) => {
    // Biome exits 1 when it finds errors, which is what most cases want.
    execFile(
      biome,
      ["lint", "--reporter=json", "--max-diagnostics=none", "src"],
      { cwd: scratch },
      (error, out) => (out ? resolve(out) : reject(error)),
    );
  });
  const diagnostics = (JSON.parse(stdout) as { diagnostics: Diagnostic[] }).diagnostics;
  broken = new Map();
  for (const diagnostic of diagnostics) {
    const path = diagnostic.location?.path;
    if (path === undefined) continue;
    const rules = broken.get(path) ?? new Set<string>();
    rules.add(diagnostic.category);
    broken.set(path, rules);
  }
}, 60_000);

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("biome.json's layer rules", () => {
  it.each([...CASES, ...TOP_LEVEL_CASES])("$file breaks $breaks", ({ file, breaks }) => {
    const layerRules = [...(broken.get(file) ?? [])].filter((rule) => rule === RESTRICTED || rule === CYCLE);
    expect(layerRules.sort()).toEqual([...breaks].sort());
  });
});
