import { describe, expect, it } from "vitest";
import { minifyCss, subsetCss } from "../../src/web/assets/css-subset.js";

const SAMPLE = `/* licence */
@charset "UTF-8";
.utrecht-button { color: red; }
.utrecht-table, .utrecht-table__cell { border: 1px solid; }
.utrecht-table--sticky { position: sticky; }
@media print {
  .utrecht-table { border: 0; }
  .utrecht-button { display: none; }
}
@media (forced-colors: active) { .utrecht-button { border: 1px; } }
@keyframes spin { from { rotate: 0deg; } to { rotate: 360deg; } }
`;

describe("subsetCss", () => {
  it("keeps only the rules of the wanted components, inside media queries too", () => {
    const out = subsetCss(SAMPLE, ["utrecht-table"]);
    expect(out).toContain(".utrecht-table, .utrecht-table__cell{ border: 1px solid; }");
    expect(out).toContain("@media print{");
    expect(out).toContain("border: 0;");
    expect(out).not.toContain("utrecht-button");
    expect(out).not.toContain("forced-colors");
    expect(out).not.toContain("@keyframes");
    expect(out).not.toContain("@charset");
    expect(out).not.toContain("licence");
  });

  it("drops rules that name an unused variant", () => {
    const out = subsetCss(SAMPLE, ["utrecht-table"], ["--sticky"]);
    expect(out).not.toContain("sticky");
    expect(out).toContain(".utrecht-table, .utrecht-table__cell");
  });

  it("drops selectors that style a wanted component inside an unwanted one", () => {
    const css = `.utrecht-rich-text .utrecht-table:has(+ .utrecht-alert) { margin: 0; }
.utrecht-table__cell:has(.utrecht-button), .utrecht-table__cell--numeric { text-align: end; }
.utrecht-table:is(.a, .b) { color: red; }`;
    const out = subsetCss(css, ["utrecht-table"]);
    expect(out).not.toContain("rich-text");
    expect(out).not.toContain("utrecht-button");
    expect(out).toContain(".utrecht-table__cell--numeric{ text-align: end; }");
    expect(out).toContain(".utrecht-table:is(.a, .b){ color: red; }");
  });
});

describe("minifyCss", () => {
  it("removes meaningless whitespace but keeps a descendant combinator before ':'", () => {
    expect(minifyCss(".a  :is(h1, h2) {\n  color : red ;\n}\n/* x */ .b { margin: 0 }")).toBe(
      ".a :is(h1,h2){color : red}.b{margin: 0}",
    );
  });
});
