import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../db/dialects.js";
import { createResponseValidator, type ResponseValidator } from "./support/openapi-validator.js";
import { createTestApp, postJson, type TestApp } from "./support/test-app.js";

const RUNS = 150;

const SEARCH_KEYS = [
  "q",
  "age",
  "ageMonths",
  "need",
  "situation",
  "recognition",
  "inDatabank",
  "page",
  "pageSize",
  "lang",
];
const key = fc.oneof(fc.constantFrom(...SEARCH_KEYS), fc.string({ maxLength: 8 }));
const value = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.integer({ min: -1e12, max: 1e12 }).map(String),
  fc.constantFrom(
    "",
    " ",
    "true",
    "nee",
    "foster-care",
    "1e3",
    "0x10",
    "NaN",
    "-0",
    "3.5",
    "\u0000",
    "%",
    "%zz",
  ),
);
const queryPairs = fc.array(fc.tuple(key, value), { maxLength: 8 });

const jsonValue = fc.jsonValue({ maxDepth: 4 });
/** Advice bodies that are close to valid, so the checks behind the first one are reached too. */
const adviceLike = fc.record(
  {
    child: fc.oneof(
      jsonValue,
      fc.record(
        {
          ageYears: fc.oneof(fc.integer({ min: -5, max: 30 }), jsonValue),
          ageMonths: fc.oneof(fc.integer({ min: -5, max: 400 }), jsonValue),
          pregnancyWeek: fc.oneof(fc.integer({ min: -5, max: 50 }), jsonValue),
        },
        { requiredKeys: [] },
      ),
    ),
    need: fc.oneof(fc.constantFrom("prevention", "treatment", "either"), jsonValue),
    situations: fc.oneof(
      fc.array(fc.constantFrom("foster-care", "adoption", "x", ""), { maxLength: 5 }),
      jsonValue,
    ),
    preconditions: fc.oneof(
      fc.record(
        {
          emotionallyAvailableCaregiver: fc.constantFrom("yes", "no", "unknown", "maybe"),
          safeStablePlace: fc.constantFrom("yes", "no", "unknown", 1),
        },
        { requiredKeys: [] },
      ),
      jsonValue,
    ),
    lang: fc.oneof(fc.constantFrom("nl", "en", "de"), jsonValue),
  },
  { requiredKeys: [] },
);
const feedbackLike = fc.record(
  {
    about: fc.oneof(
      fc.constantFrom("/", "/interventies/pipa", "pipa", "unknown-id", ""),
      fc.string(),
      jsonValue,
    ),
    message: fc.oneof(fc.string({ maxLength: 50 }), jsonValue),
    name: fc.oneof(fc.string({ maxLength: 20 }), jsonValue),
    email: fc.oneof(fc.emailAddress(), fc.string({ maxLength: 20 }), jsonValue),
    role: fc.oneof(fc.string({ maxLength: 20 }), jsonValue),
  },
  { requiredKeys: [] },
);

const dialect = DIALECTS[0];
if (!dialect) throw new Error("no test dialect");

describe("fuzzing every endpoint's input: never a 5xx, always a documented answer", () => {
  let t: TestApp;
  let api: ResponseValidator;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    api = await createResponseValidator(t.app);
  });
  afterAll(async () => {
    await t.close();
  });

  const noServerError = (response: Response) => expect(response.status).toBeLessThan(500);

  it("GET /interventions, /coverage and /coverage.csv with any query string", async () => {
    await fc.assert(
      fc.asyncProperty(
        queryPairs,
        fc.constantFrom("/api/v1/interventions", "/api/v1/coverage", "/api/v1/coverage.csv"),
        async (pairs, path) => {
          const query = new URLSearchParams(pairs).toString();
          noServerError(await api.request(`${path}?${query}`));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("GET with any raw (even malformed) query text", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 60 }), async (raw) => {
        const safe = raw.replace(/[#\s]/g, "");
        noServerError(await api.request(`/api/v1/interventions?${safe}`));
      }),
      { numRuns: RUNS },
    );
  });

  it("any path segment as an id", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 20 })),
        fc.constantFrom("interventions", "harmful-practices"),
        async (id, collection) => {
          const response = await api.request(`/api/v1/${collection}/${encodeURIComponent(id)}`);
          noServerError(response);
          expect([200, 404, 405]).toContain(response.status);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("POST /advice with any JSON body", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(adviceLike, jsonValue), async (body) => {
        const response = await api.request("/api/v1/advice", postJson(JSON.stringify(body)));
        noServerError(response);
        expect([200, 400]).toContain(response.status);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it("POST /feedback with any JSON body", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(feedbackLike, jsonValue), async (body) => {
        const response = await api.request("/api/v1/feedback", postJson(JSON.stringify(body)));
        noServerError(response);
        expect([201, 400]).toContain(response.status);
      }),
      { numRuns: RUNS },
    );
  });

  it("POST with any bytes as body", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 200 }),
        fc.constantFrom("/api/v1/advice", "/api/v1/feedback"),
        async (bytes, path) => {
          const response = await api.request(path, {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: bytes,
          });
          noServerError(response);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
