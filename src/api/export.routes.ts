import type { AppDeps } from "../app-deps.js";
import { exportRows, toCsv } from "../catalog/export.js";
import { langQuery, readLang } from "./lang-query.js";
import { COMMON_PROBLEMS, csvDownload, jsonResponse, problemResponses } from "./responses.js";
import type { RouteTable } from "./route-table.js";
import { catalogExportSchema } from "./schemas.js";

/** GET /export.json and /export.csv: every indication as a row. */
export function addExportRoutes(routes: RouteTable, deps: AppDeps): void {
  routes.add(
    {
      method: "get",
      path: "/export.json",
      tags: ["Export"],
      summary: "Catalogus als JSON / Catalogue as JSON",
      description:
        "One row per indication: intervention, kind, situations, age with the basis of each end and in words (`lang`), rank, source.",
      request: { query: langQuery },
      responses: {
        200: jsonResponse("The export", catalogExportSchema),
        ...problemResponses(400, ...COMMON_PROBLEMS),
      },
    },
    (c) => {
      const catalog = deps.holder.current();
      const lang = readLang(c.req.query("lang"));
      return c.json({ revision: catalog.revision, rows: exportRows(catalog, lang) });
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
      request: { query: langQuery },
      responses: {
        200: {
          description: "The export",
          content: { "text/csv": { schema: { type: "string" } } },
        },
        ...problemResponses(400, ...COMMON_PROBLEMS),
      },
    },
    (c) => {
      const lang = readLang(c.req.query("lang"));
      const catalog = deps.holder.current();
      return csvDownload(c, toCsv(exportRows(catalog, lang)), `hechtingswijzer-r${catalog.revision}.csv`);
    },
  );
}
