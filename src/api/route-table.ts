import type { OpenAPIHono, RouteConfig } from "@hono/zod-openapi";
import type { Handler } from "hono";

/**
 * Registers a route twice from one description: in the OpenAPI document and as a
 * Hono handler. Input is checked by the domain's own parsers inside the handler
 * (so the API and the CLI give the same field errors), not by the router.
 */
export interface RouteTable {
  add(route: RouteConfig, handler: Handler): void;
  /** Methods that some route answers for this path (for 405 and its Allow header). */
  methodsFor(path: string): string[];
}

interface Known {
  readonly method: string;
  readonly pattern: RegExp;
}

/** "/interventions/{id}" → "/interventions/:id" (Hono's notation). */
export function honoPath(openApiPath: string): string {
  return openApiPath.replace(/\{([^}]+)\}/g, ":$1");
}

function pathPattern(openApiPath: string): RegExp {
  const escaped = openApiPath
    .split(/\{[^}]+\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("[^/]+");
  return new RegExp(`^${escaped}$`);
}

/** A route table writing into an OpenAPIHono's registry and router. */
export function createRouteTable(app: OpenAPIHono, mountedAt: string): RouteTable {
  const known: Known[] = [];
  return {
    add(route, handler) {
      app.openAPIRegistry.registerPath(route);
      app.on(route.method.toUpperCase(), honoPath(route.path), handler);
      known.push({ method: route.method.toUpperCase(), pattern: pathPattern(`${mountedAt}${route.path}`) });
    },
    methodsFor(path) {
      const methods = new Set<string>();
      for (const route of known) {
        if (!route.pattern.test(path)) continue;
        methods.add(route.method);
        if (route.method === "GET") methods.add("HEAD");
      }
      return [...methods];
    },
  };
}
