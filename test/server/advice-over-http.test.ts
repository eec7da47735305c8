import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { evaluateAdvice, parseAdviceRequest } from "../../src/engine/index.js";
import { startTestServer, type TestServer } from "../e2e/support/server.js";

/**
 * Over a real socket, advice answers are written from byte pools that are used again
 * once Node has written an answer out (byte-pools.ts). Many answers at once, of different
 * lengths, gzipped and not, must each still be exactly its own advice.
 */
describe("advice over HTTP", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it("answers each of 600 concurrent requests with its own advice", async () => {
    const needs = ["prevention", "treatment", "either"] as const;
    const situations = [[], ["foster-care"], ["adoption"], ["foster-care", "adoption"]];
    const requests = Array.from({ length: 600 }, (_, i) => ({
      child: { ageYears: i % 19 },
      need: needs[i % 3],
      situations: situations[i % 4],
    }));
    // The content the server imported on its first start.
    const catalog = await loadCatalog();
    const answers = await Promise.all(
      requests.map(async (request, i) => {
        const response = await fetch(`${server.url}/api/v1/advice`, {
          method: "POST",
          headers: {
            "Content-Type": "application/json",
            "Accept-Encoding": i % 5 === 0 ? "gzip" : "identity",
          },
          body: JSON.stringify(request),
        });
        return { status: response.status, body: await response.text() };
      }),
    );
    answers.forEach(({ status, body }, i) => {
      const parsed = parseAdviceRequest(requests[i], catalog);
      if (!parsed.ok) throw new Error(`request ${i} is not valid`);
      expect(status, `request ${i}`).toBe(200);
      expect(body, `request ${i}`).toBe(JSON.stringify(evaluateAdvice(parsed.request, catalog)));
    });
  });
});
