import type { MiddlewareHandler } from "hono";
import { AppError } from "../../domain/app-error.js";
import { sendProblem } from "../../http/problem.js";

/** Paths a load balancer or orchestrator probes by address, whatever Host it sends. */
const ANY_HOST_PATHS = new Set(["/healthz", "/readyz"]);

/**
 * With PUBLIC_URL set, refuses (400 problem+json naming the Host header) a request for any
 * other host, so no answer is ever made for a host an attacker chose (issue 13, finding 2).
 * The health checks answer for any host. app.ts mounts it only when PUBLIC_URL is set.
 */
export function publicHost(publicUrl: string): MiddlewareHandler {
  const expected = new URL(publicUrl).host.toLowerCase();
  return async (c, next) => {
    if (ANY_HOST_PATHS.has(c.req.path)) return next();
    const host = (c.req.header("Host") ?? new URL(c.req.url).host).toLowerCase();
    if (host !== expected) {
      return sendProblem(
        c,
        AppError.invalid(
          [{ path: "Host", message: `must be ${expected}` }],
          `This server answers only for ${expected}.`,
        ),
      );
    }
    await next();
  };
}
