import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../lib/logger.js";
import { requestId } from "../request-id/index.js";
import { accessLog } from "./index.js";

function loggedApp() {
  const lines: string[] = [];
  const app = new Hono();
  app.use(accessLog(createLogger("info", (line) => lines.push(line))), requestId());
  app.post("/advice", async (c) => c.json({ read: (await c.req.text()).length }));
  app.get("/fails", () => {
    throw new Error("broken");
  });
  return { app, lines };
}

describe("accessLog", () => {
  it("logs one line per request: method, path, status, duration and request id", async () => {
    const { app, lines } = loggedApp();
    await app.request("/advice?child=3", {
      method: "POST",
      body: '{"child":{"ageYears":3}}',
      headers: { "X-Request-Id": "log-1" },
    });
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0] as string) as Record<string, unknown>;
    expect(line).toMatchObject({
      level: "info",
      msg: "request",
      method: "POST",
      path: "/advice",
      status: 200,
    });
    expect(line.requestId).toBe("log-1");
    expect(typeof line.durationMs).toBe("number");
  });

  it("never logs a body or a query string", async () => {
    const { app, lines } = loggedApp();
    await app.request("/advice?lang=en&age=3", { method: "POST", body: '{"child":{"ageYears":3}}' });
    expect(lines.join("\n")).not.toMatch(/ageYears|lang=en|age=3/);
  });

  it("logs a failed request at error level", async () => {
    const { app, lines } = loggedApp();
    await app.request("/fails");
    expect(JSON.parse(lines[0] as string)).toMatchObject({ level: "error", status: 500 });
  });

  it("logs a client that hung up mid-body once, as a client abort at info level", async () => {
    const { app, lines } = loggedApp();
    app.onError((_, c) => c.text("gone", 400));
    // What Node gives the body reader when the connection closes before the body ends.
    const hangUp = Object.assign(new Error("aborted"), { code: "ECONNRESET" });
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"child":'));
        controller.error(hangUp);
      },
    });
    await app.request("/advice", { method: "POST", body, duplex: "half" } as RequestInit);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] as string)).toMatchObject({
      level: "info",
      msg: "client aborted",
      status: 400,
    });
  });
});
