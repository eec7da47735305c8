/**
 * The JSX runtime of the pages (tsconfig `jsxImportSource: "#jsx"`, package.json
 * `imports`): each element is rendered to HTML as soon as it is made.
 *
 * Why not hono/jsx's own runtime: it renders inside an AsyncLocalStorage (for
 * `useContext` across `await`), and on Node 20 the first render turns on promise hooks
 * for the rest of the process. Every promise of every request, API included, then pays
 * for them (measured in decision 065). The pages use no context, no async components and
 * no client-side rendering.
 *
 * The HTML is the same as hono/jsx renders for what the pages use: the same escaping,
 * attribute names, boolean attributes and void elements (`<br/>`); a test compares the
 * two on random element trees. One difference: hono/jsx drops a fragment's only child
 * when it is 0 or an empty string, where this runtime writes the 0. The types stay
 * hono's (`JSX`, `Child`): an element is an HtmlEscapedString, a String that says it is
 * already HTML, as hono/jsx's elements are typed.
 */
import { raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";

export type { JSX } from "hono/jsx/jsx-runtime";

type Props = Record<string, unknown>;
type Component = (props: Props) => unknown;

/** Elements without content, written `<br/>` when they have no children, as hono/jsx does. */
const VOID_ELEMENTS = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "keygen",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);

/** Attributes written as `name=""` when true and left out when false. */
const BOOLEAN_ATTRIBUTES = new Set([
  "allowfullscreen",
  "async",
  "autofocus",
  "autoplay",
  "checked",
  "controls",
  "default",
  "defer",
  "disabled",
  "download",
  "formnovalidate",
  "hidden",
  "inert",
  "ismap",
  "itemscope",
  "loop",
  "multiple",
  "muted",
  "nomodule",
  "novalidate",
  "open",
  "playsinline",
  "readonly",
  "required",
  "reversed",
  "selected",
  "shadowrootclonable",
  "shadowrootdelegatesfocus",
  "shadowrootserializable",
]);

/**
 * Elements hono/jsx renders through components of its own. Those inside `<head>` or
 * `<svg>`, where the pages have them, render as any element; elsewhere hono/jsx would
 * move `<title>`, `<meta>` and `<link>` into the head, which this runtime does not do.
 */
const COMPONENT_ELEMENTS = new Set(["title", "script", "style", "link", "meta", "form", "input", "button"]);

/** React-style property names and the attributes they stand for. */
const ATTRIBUTE_NAMES = new Map([
  ["className", "class"],
  ["htmlFor", "for"],
  ["crossOrigin", "crossorigin"],
  ["httpEquiv", "http-equiv"],
  ["itemProp", "itemprop"],
  ["fetchPriority", "fetchpriority"],
  ["noModule", "nomodule"],
  ["formAction", "formaction"],
]);

/** What may not appear in a tag or attribute name (they are written unescaped). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what a name must not hold
const INVALID_NAME = /[\s"'<>/=`\\\x00-\x1f\x7f-\x9f]/;

/** The HTML of an element, a fragment or a component's result (`_key` is not rendered). */
export function jsx(tag: string | Component, props: Props, _key?: unknown): HtmlEscapedString {
  if (typeof tag === "function") return raw(childrenHtml(tag(props)));
  if (tag.length === 0 || INVALID_NAME.test(tag) || /^[!?]/.test(tag)) {
    throw new Error(`Invalid JSX tag name: ${tag}`);
  }
  let html = `<${tag}`;
  let content = hasChildren(tag, props) ? childrenHtml(props.children) : undefined;
  for (const name in props) {
    const value = props[name];
    if (name === "children") continue;
    if (name === "dangerouslySetInnerHTML") {
      if (content !== undefined) throw new Error("Use either children or dangerouslySetInnerHTML.");
      content = String((value as { __html: string }).__html);
      continue;
    }
    html += attributeHtml(ATTRIBUTE_NAMES.get(name) ?? name, value, tag);
  }
  if (content === undefined && VOID_ELEMENTS.has(tag)) return raw(`${html}/>`);
  return raw(`${html}>${content ?? ""}</${tag}>`);
}

export { jsx as jsxs, jsx as jsxDEV };

/**
 * Whether the element has children, as hono/jsx decides (a void element without them is
 * written `<br/>`): not without a `children` prop or with an empty array of them, and for
 * the elements hono/jsx renders through its own components, not with null or undefined.
 */
function hasChildren(tag: string, props: Props): boolean {
  if (!("children" in props)) return false;
  const children = props.children;
  if (Array.isArray(children)) return children.length > 0;
  return !(COMPONENT_ELEMENTS.has(tag) && (children === null || children === undefined));
}

/** `<>…</>`: its children, one after the other. */
export function Fragment(props: { children?: unknown }): HtmlEscapedString {
  return raw(childrenHtml(props.children));
}

/** ` name="value"`, or nothing for null, undefined, false booleans and event handlers. */
function attributeHtml(name: string, value: unknown, tag: string): string {
  if (name === "ref" || name === "key" || value === null || value === undefined) return "";
  if (INVALID_NAME.test(name)) return "";
  if (typeof value === "boolean" && BOOLEAN_ATTRIBUTES.has(name)) return value ? ` ${name}=""` : "";
  if (typeof value === "function") {
    if (name.startsWith("on")) return "";
    throw new Error(`Invalid prop '${name}' of type 'function' supplied to '${tag}'.`);
  }
  if (typeof value === "object" && !isHtml(value)) {
    // hono/jsx would turn a style object into CSS; the pages write no inline styles (CSP).
    throw new Error(`Unsupported object for attribute '${name}' of '${tag}'.`);
  }
  const text = typeof value === "number" || isHtml(value) ? String(value) : escapeHtml(String(value));
  return ` ${name}="${text}"`;
}

/** The HTML of children: text escaped, elements as they are, arrays flattened, nothing for null and booleans. */
function childrenHtml(children: unknown): string {
  if (typeof children === "string") return escapeHtml(children);
  if (children === null || children === undefined || typeof children === "boolean") return "";
  if (typeof children === "number") return String(children);
  if (isHtml(children)) return children.toString();
  if (Array.isArray(children)) {
    let html = "";
    for (const child of children) html += childrenHtml(child);
    return html;
  }
  throw new Error(`Unsupported JSX child: ${Object.prototype.toString.call(children)}`);
}

/** An element or other markup that is already HTML (hono's HtmlEscapedString). */
function isHtml(value: unknown): value is HtmlEscapedString {
  return typeof value === "object" && value !== null && (value as { isEscaped?: unknown }).isEscaped === true;
}

const SPECIAL = /[&<>'"]/g;
const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "'": "&#39;",
  '"': "&quot;",
};

/** Text as HTML, as hono escapes it. */
function escapeHtml(text: string): string {
  return text.replace(SPECIAL, (character) => ENTITIES[character] as string);
}
