import { exportRows, toCsv } from "../catalog/export.js";
import type { ApiDeps } from "./deps.js";
import { COMMON_PROBLEMS, jsonResponse, problemResponses } from "./responses.js";
import type { RouteTable } from "./route-table.js";
import { catalogExportSchema } from "./schemas.js";

/** GET /export.json and /export.csv: every indication as a row. */
export function addExportRoutes(routes: RouteTable, deps: ApiDeps): void {
  routes.add(
    {
      method: "get",
      path: "/export.json",
      tags: ["Export"],
      summary: "Catalogus als JSON / Catalogue as JSON",
      description: "One row per indication: intervention, kind, situations, age and its basis, rank, source.",
      responses: {
        200: jsonResponse("The export", catalogExportSchema),
        ...problemResponses(...COMMON_PROBLEMS),
      },
    },
    (c) => {
      const catalog = deps.holder.current();
      return c.json({ revision: catalog.revision, rows: exportRows(catalog) });
    },
  );

  routes.add(
    {
      method: "get",
      path: "/export.csv",
      tags: ["Export"],
      summary: "Catalogus als CSV / Catalogue as CSV",
      description:
        "The same rows as /export.json as RFC 4180 CSV with a header line, UTF-8 with a byte order mark (for Excel); situations joined with '; '.",
      responses: {
        200: {
          description: "The export",
          content: { "text/csv": { schema: { type: "string" } } },
        },
        ...problemResponses(...COMMON_PROBLEMS),
      },
    },
    (c) => {
      const catalog = deps.holder.current();
      return c.body(toCsv(exportRows(catalog)), 200, {
        "Content-Type": "text/csv; charset=utf-8; header=present",
        "Content-Disposition": `attachment; filename="hechtingswijzer-r${catalog.revision}.csv"`,
      });
    },
  );
}
