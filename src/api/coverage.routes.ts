import type { AppDeps } from "../app-deps.js";
import { csvTable } from "../catalog/export.js";
import { messages } from "../domain/messages/index.js";
import { GAP_EXPORT_COLUMNS, gapExportRows } from "../engine/coverage-export.js";
import { computeCoverage, coverageSchema } from "../engine/index.js";
import { coverageQuerySchema, parseCoverageQuery } from "./coverage-query.js";
import { langQuery, readLang } from "./lang-query.js";
import { COMMON_PROBLEMS, csvDownload, jsonResponse, problemResponses } from "./responses.js";
import type { RouteTable } from "./route-table.js";

const gapQuerySchema = coverageQuerySchema.extend(langQuery.shape);

/** GET /coverage and /coverage.csv: which situations and ages the recognised interventions cover, and the gaps. */
export function addCoverageRoutes(routes: RouteTable, deps: AppDeps): void {
  routes.add(
    {
      method: "get",
      path: "/coverage",
      tags: ["Beleid"],
      summary: "Dekking en hiaten / Coverage and gaps",
      description:
        "Per situation (and the general row) and per age 0–18, for prevention and for treatment: the interventions that apply, " +
        "each with the basis of its age there (`stated`, `context` or `not-stated`: the weaker of its two ends, DOMAIN.md), " +
        "the best basis in the cell and whether the cell counts as covered. " +
        "By default (`count=stated`) only a stated age counts: an intervention whose age is not stated excludes nobody, " +
        "so it would otherwise fill every age. `count=all` also counts context and not-stated ages. " +
        "`includeGeneral=true` also counts general interventions in every situation's row; " +
        "`contracted` (repeatable) keeps only those interventions.",
      request: { query: coverageQuerySchema },
      responses: {
        200: jsonResponse("Coverage per situation and age", coverageSchema.meta({ id: "Coverage" })),
        ...problemResponses(400, ...COMMON_PROBLEMS),
      },
    },
    (c) => {
      const catalog = deps.holder.current();
      return c.json(computeCoverage(catalog, parseCoverageQuery(c.req.queries(), catalog)));
    },
  );

  routes.add(
    {
      method: "get",
      path: "/coverage.csv",
      tags: ["Beleid", "Export"],
      summary: "Hiaten als CSV / Gaps as CSV",
      description:
        "Every run of ages that no intervention covers with a stated age, per situation and kind, as RFC 4180 CSV " +
        "(UTF-8 with a byte order mark, like /export.csv). `ageBasis` says what applies there instead: `none`, " +
        "`context` or `not-stated`; `counted` whether the chosen `count` still counts it as covered. " +
        "Takes the same query as /coverage, plus `lang` for the words.",
      request: { query: gapQuerySchema },
      responses: {
        200: {
          description: "The gaps",
          content: { "text/csv": { schema: { type: "string" } } },
        },
        ...problemResponses(400, ...COMMON_PROBLEMS),
      },
    },
    (c) => {
      const catalog = deps.holder.current();
      const options = parseCoverageQuery(c.req.queries(), catalog);
      const lang = readLang(c.req.query("lang"));
      const rows = gapExportRows(computeCoverage(catalog, options), catalog, lang);
      const name = messages(lang).coverageExport.fileName;
      return csvDownload(
        c,
        csvTable(GAP_EXPORT_COLUMNS, rows),
        `hechtingswijzer-${name}-r${catalog.revision}.csv`,
      );
    },
  );
}
