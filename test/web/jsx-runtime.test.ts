import fc from "fast-check";
import { Fragment as HonoFragment, jsx as honoJsx } from "hono/jsx/jsx-runtime";
import { describe, expect, it } from "vitest";
import { Fragment, jsx } from "../../src/web/jsx/jsx-runtime.js";

/**
 * The pages' JSX runtime must render what hono/jsx renders (its HTML is what the page,
 * accessibility and HTML-validity tests were written against): checked here against
 * hono/jsx itself, on random element trees of the kinds the pages use.
 */

/** An element tree, to be built with either runtime. */
type Node =
  | string
  | number
  | boolean
  | null
  | { readonly tag: string; readonly props: Record<string, unknown>; readonly children?: readonly Node[] }
  | { readonly fragment: readonly Node[] }
  | { readonly component: readonly Node[] };

type Runtime = { jsx: (tag: never, props: never) => unknown; Fragment: unknown };

function build(node: Node, runtime: Runtime): unknown {
  if (node === null || typeof node !== "object") return node;
  const make = runtime.jsx as (tag: unknown, props: Record<string, unknown>) => unknown;
  const childrenOf = (nodes: readonly Node[]) => {
    const built = nodes.map((child) => build(child, runtime));
    return built.length === 1 ? built[0] : built;
  };
  if ("fragment" in node) return make(runtime.Fragment, { children: childrenOf(node.fragment) });
  if ("component" in node) {
    const Section = (props: { children?: unknown }) =>
      make("section", { class: "c", children: props.children });
    return make(Section, { children: childrenOf(node.component) });
  }
  return make(node.tag, node.children ? { ...node.props, children: childrenOf(node.children) } : node.props);
}

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("a & b", "<script>", `"quoted" 'single'`, "één – ≥"),
);
const attributeValue = fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined));
const attributes = fc.dictionary(
  fc.constantFrom(
    "id",
    "class",
    "className",
    "htmlFor",
    "href",
    "hidden",
    "checked",
    "disabled",
    "open",
    "aria-hidden",
    "data-x",
    "lang",
    "value",
  ),
  attributeValue,
  { maxKeys: 4 },
);
const tags = fc.constantFrom(
  "div",
  "p",
  "span",
  "ul",
  "li",
  "a",
  "label",
  "details",
  "summary",
  "table",
  "td",
  "form",
  "button",
);
/** Void elements: the pages give them no children. (`<meta>` and `<link>` are tested in a head below.) */
const voidTags = fc.constantFrom("br", "hr", "img", "input");

const tree = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    text,
    fc.integer({ min: -5, max: 100 }),
    fc.constantFrom(true, false, null),
    fc.record({ tag: fc.oneof(tags, voidTags), props: attributes }),
    fc.record({ tag: tags, props: attributes, children: fc.array(tie("node"), { maxLength: 3 }) }),
    // Two or more: hono/jsx drops a fragment's only child when it is 0 or "" (see the runtime).
    fc.record({ fragment: fc.array(tie("node"), { minLength: 2, maxLength: 3 }) }),
    fc.record({ component: fc.array(tie("node"), { maxLength: 2 }) }),
  ),
})).node;

const ours: Runtime = { jsx, Fragment } as unknown as Runtime;
const hono: Runtime = { jsx: honoJsx, Fragment: HonoFragment } as unknown as Runtime;
/** Both runtimes' HTML for a root element holding `node`. */
const render = (node: Node, runtime: Runtime) =>
  String(build({ tag: "main", props: {}, children: [node] }, runtime));

describe("the pages' JSX runtime", () => {
  it("renders the same HTML as hono/jsx", () => {
    fc.assert(
      fc.property(tree, (node) => {
        expect(render(node, ours)).toBe(render(node, hono));
      }),
      { numRuns: 1000 },
    );
  });

  it("renders a head as hono/jsx does", () => {
    const head: Node = {
      tag: "head",
      props: {},
      children: [
        { tag: "meta", props: { charset: "utf-8" } },
        { tag: "title", props: {}, children: ["Fout: PIPA — Hechtingswijzer"] },
        { tag: "meta", props: { name: "description", content: `"PIPA" & 'meer'` } },
        { tag: "link", props: { rel: "stylesheet", href: "/assets/site.1234.css" } },
        { tag: "link", props: { rel: "alternate", hreflang: "en", href: "/en/interventies?q=a&b" } },
        { tag: "script", props: { src: "/assets/site.1234.js", defer: true } },
      ],
    };
    const page: Node = {
      tag: "html",
      props: { lang: "nl" },
      children: [head, { tag: "body", props: {}, children: ["x"] }],
    };
    expect(String(build(page, ours))).toBe(String(build(page, hono)));
  });

  it("escapes text and attribute values, and writes elements as they are", () => {
    const html = String(
      jsx("p", { title: `"<x>" & 'y'`, children: ["<b>bold?</b>", jsx("b", { children: "yes" })] }),
    );
    expect(html).toBe(
      `<p title="&quot;&lt;x&gt;&quot; &amp; &#39;y&#39;">&lt;b&gt;bold?&lt;/b&gt;<b>yes</b></p>`,
    );
  });

  it("refuses an event handler's name for anything but on…, and a style object", () => {
    expect(String(jsx("button", { onclick: () => 1, children: "x" }))).toBe("<button>x</button>");
    expect(() => jsx("a", { href: () => "/" })).toThrow(/href/);
    expect(() => jsx("p", { style: { color: "red" } })).toThrow(/style/);
  });
});
