import type { Hono } from "hono";
import type { AppDeps } from "../app-deps.js";
import { AppError } from "../domain/app-error.js";

/**
 * /healthz: the process answers (for restarts). /readyz: the database answers and
 * a catalogue is loaded (for load balancers); 503 problem+json otherwise, while
 * the catalogue keeps being served from memory.
 */
export function addHealthRoutes(app: Hono, deps: Pick<AppDeps, "store" | "holder">): void {
  app.get("/healthz", (c) => c.json({ status: "ok" }, 200, { "Cache-Control": "no-store" }));
  app.get("/readyz", async (c) => {
    const databaseAnswers = await deps.store.ping().catch(() => false);
    if (!databaseAnswers) throw new AppError("unavailable", "The database does not answer.");
    const catalog = deps.holder.current();
    return c.json({ status: "ready", revision: catalog.revision, database: deps.store.dialect }, 200, {
      "Cache-Control": "no-store",
    });
  });
}
