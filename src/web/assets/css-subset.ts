/**
 * Keeps only the rules of a stylesheet whose selectors name one of the given
 * class prefixes (and no class of another component). The pages use a dozen of
 * the NL Design System's components, and a page must stay small; the sizes are in
 * decision 061.
 */
export function subsetCss(
  css: string,
  classPrefixes: readonly string[],
  unusedFragments: readonly string[] = [],
): string {
  const isWantedClass = (name: string) => classPrefixes.some((p) => name.startsWith(p));
  // A selector is kept when it names a wanted component, names no other component
  // (".utrecht-rich-text .utrecht-table" styles a context the pages never create)
  // and names no unused variant.
  const wanted = (selector: string) => {
    const classes = [...selector.matchAll(/\.(utrecht-[\w-]+)/g)].map((m) => m[1] ?? "");
    return (
      classes.length > 0 && classes.every(isWantedClass) && !unusedFragments.some((f) => selector.includes(f))
    );
  };
  const out: string[] = [];
  for (const block of topLevelBlocks(stripComments(css))) {
    if (block.prelude.startsWith("@media") || block.prelude.startsWith("@supports")) {
      const inner = subsetCss(block.body, classPrefixes, unusedFragments);
      if (inner.trim() !== "") out.push(`${block.prelude}{${inner}}`);
    } else if (!block.prelude.startsWith("@")) {
      const selectors = splitSelectorList(block.prelude);
      const kept = selectors.filter(wanted);
      if (kept.length === 0) continue;
      const prelude = kept.length === selectors.length ? block.prelude : kept.join(",");
      out.push(`${prelude}{${block.body}}`);
    }
  }
  return out.join("\n");
}

/** Splits a selector list at its top-level commas (not those inside :is(), :has() or attribute selectors). */
function splitSelectorList(prelude: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < prelude.length; i++) {
    const ch = prelude[i];
    if (ch === "(" || ch === "[") depth++;
    else if (ch === ")" || ch === "]") depth--;
    else if (ch === "," && depth === 0) {
      parts.push(prelude.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(prelude.slice(start).trim());
  return parts.filter((p) => p !== "");
}

/**
 * Drops whitespace that carries no meaning: runs of whitespace become one space,
 * and spaces next to braces, semicolons and commas go. Spaces before ":" stay,
 * because there they are a descendant combinator (".a :is(b)").
 */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{};,])\s*/g, "$1")
    .replace(/;}/g, "}")
    .trim();
}

function stripComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, "");
}

/** Splits CSS into its top-level `prelude { body }` blocks; statements such as @charset are dropped. */
function topLevelBlocks(css: string): { prelude: string; body: string }[] {
  const blocks: { prelude: string; body: string }[] = [];
  let depth = 0;
  let start = 0;
  let bodyStart = 0;
  let prelude = "";
  for (let i = 0; i < css.length; i++) {
    const ch = css[i];
    if (ch === "{") {
      if (depth === 0) {
        prelude = css.slice(start, i).trim();
        bodyStart = i + 1;
      }
      depth++;
    } else if (ch === "}") {
      depth--;
      if (depth === 0) {
        blocks.push({ prelude, body: css.slice(bodyStart, i) });
        start = i + 1;
      }
    } else if (ch === ";" && depth === 0) {
      start = i + 1;
    }
  }
  return blocks;
}
