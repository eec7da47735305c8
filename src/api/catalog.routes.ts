import { z } from "zod";
import type { AppDeps } from "../app-deps.js";
import { indicationView } from "../domain/age-view.js";
import { AppError } from "../domain/app-error.js";
import { HttpAppError } from "../http/problem.js";
import { langQuery, readLang } from "./lang-query.js";
import { COMMON_PROBLEMS, jsonResponse, problemResponses } from "./responses.js";
import type { RouteTable } from "./route-table.js";
import {
  harmfulPracticeDetailSchema,
  harmfulPracticeListSchema,
  interventionDetailSchema,
  preconditionListSchema,
  situationListSchema,
} from "./schemas.js";

const idParam = z.object({
  id: z.string().describe("The identifier, e.g. pipa or holding"),
});

/** The catalogue's reference data: one intervention, situations, preconditions, harmful practices. */
export function addCatalogRoutes(routes: RouteTable, deps: AppDeps): void {
  routes.add(
    {
      method: "get",
      path: "/interventions/{id}",
      tags: ["Interventies"],
      summary: "Eén interventie / One intervention",
      description:
        "Each indication's `age` keeps the content's fields and adds `ends` (each end with its own basis) and `words`/`basisWords` in the asked language. A harmful practice's id answers 404 too: it is not an intervention. The problem's `see` points to /api/v1/harmful-practices/{id}.",
      request: { params: idParam, query: langQuery },
      responses: {
        200: jsonResponse("The intervention", interventionDetailSchema),
        ...problemResponses(400, 404, ...COMMON_PROBLEMS),
      },
    },
    (c) => {
      const id = c.req.param("id") ?? "";
      const lang = readLang(c.req.query("lang"));
      const catalog = deps.holder.current();
      const intervention = catalog.interventionById.get(id);
      if (intervention) {
        const indications = intervention.indications.map((indication) => indicationView(indication, lang));
        return c.json({ ...intervention, indications });
      }
      if (catalog.harmfulPractices.some((practice) => practice.id === id)) {
        throw new HttpAppError(
          "not-found",
          `"${id}" is not an intervention but a practice that is not effective or harmful; it is never recommended.`,
          {},
          [],
          `/api/v1/harmful-practices/${id}`,
        );
      }
      throw new AppError("not-found", `There is no intervention "${id.slice(0, 60)}".`);
    },
  );

  routes.add(
    {
      method: "get",
      path: "/situations",
      tags: ["Kennisbank"],
      summary: "Situaties (risicogroepen) / Situations (risk groups)",
      responses: {
        200: jsonResponse("All situations", situationListSchema),
        ...problemResponses(...COMMON_PROBLEMS),
      },
    },
    (c) => {
      const catalog = deps.holder.current();
      return c.json({ revision: catalog.revision, items: catalog.situations });
    },
  );

  routes.add(
    {
      method: "get",
      path: "/preconditions",
      tags: ["Kennisbank"],
      summary: "Voorwaarden / Preconditions",
      responses: {
        200: jsonResponse("Both preconditions", preconditionListSchema),
        ...problemResponses(...COMMON_PROBLEMS),
      },
    },
    (c) => {
      const catalog = deps.holder.current();
      return c.json({ revision: catalog.revision, items: catalog.preconditions });
    },
  );

  routes.add(
    {
      method: "get",
      path: "/harmful-practices",
      tags: ["Kennisbank"],
      summary: "Niet doen: niet effectief of schadelijk / Not effective or harmful",
      responses: {
        200: jsonResponse("All harmful practices", harmfulPracticeListSchema),
        ...problemResponses(...COMMON_PROBLEMS),
      },
    },
    (c) => {
      const catalog = deps.holder.current();
      return c.json({ revision: catalog.revision, items: catalog.harmfulPractices });
    },
  );

  routes.add(
    {
      method: "get",
      path: "/harmful-practices/{id}",
      tags: ["Kennisbank"],
      summary: "Eén schadelijke praktijk / One harmful practice",
      request: { params: idParam },
      responses: {
        200: jsonResponse("The practice and why it is not done", harmfulPracticeDetailSchema),
        ...problemResponses(404, ...COMMON_PROBLEMS),
      },
    },
    (c) => {
      const id = c.req.param("id") ?? "";
      const practice = deps.holder.current().harmfulPractices.find((candidate) => candidate.id === id);
      if (!practice) throw new AppError("not-found", `There is no harmful practice "${id.slice(0, 60)}".`);
      return c.json(practice);
    },
  );
}
