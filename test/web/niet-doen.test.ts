import { beforeAll, describe, expect, it } from "vitest";
import { between, createTestWebApp, visibleText } from "./helpers.js";

let app: Awaited<ReturnType<typeof createTestWebApp>>["app"];
beforeAll(async () => {
  ({ app } = await createTestWebApp());
});

describe("/niet-doen", () => {
  it("names each practice's own synonyms, not the words of the regression class it belongs to", async () => {
    const html = await (await app.request("/niet-doen")).text();
    const holding = between(html, 'id="holding"', "</section>");
    const alsoKnownAs = visibleText(between(holding, "Ook genoemd", "</p>"));
    expect(alsoKnownAs).toContain("holdingtherapie");
    expect(alsoKnownAs).not.toContain("regressie");
  });
});
