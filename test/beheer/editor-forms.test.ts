import { beforeAll, describe, expect, it } from "vitest";
import { checkContentDir, DEFAULT_CONTENT_DIR } from "../../src/catalog/load-catalog.js";
import type { Lang } from "../../src/domain/text.js";
import type { ContentBundle, Intervention } from "../../src/domain/types.js";
import { editorChoices } from "../../src/web/pages/beheer/editor/choice-lists.js";
import { type FormPair, formValues } from "../../src/web/pages/beheer/editor/form-values.js";
import { ItemFields } from "../../src/web/pages/beheer/editor/item-fields.js";
import { type EditorKind, itemSchema } from "../../src/web/pages/beheer/editor/item-kinds.js";
import { parseItemForm } from "../../src/web/pages/beheer/editor/parse-form.js";
import { type FieldProblem, problemFields } from "../../src/web/pages/beheer/editor/problem-fields.js";

/*
 * The /beheer editor's form engine (src/web/pages/beheer/editor/): every item of the shipped
 * knowledge base survives form → submit → parse unchanged, edits land where the curator made
 * them, problems point at the field, and the HTML is labelled and escaped.
 */

let bundle: ContentBundle;

beforeAll(async () => {
  const result = await checkContentDir(DEFAULT_CONTENT_DIR);
  if (!result.ok) throw new Error("the shipped content must be valid");
  bundle = result.bundle;
});

/** What the schema makes of the submitted form. */
function submitted(kind: EditorKind, pairs: readonly FormPair[]): unknown {
  return itemSchema(kind).parse(parseItemForm(kind, pairs));
}

function roundTrip(kind: EditorKind, item: unknown): void {
  expect(submitted(kind, formValues(kind, item))).toEqual(itemSchema(kind).parse(item));
}

describe("every item of content/ survives the form unchanged", () => {
  it("interventions", () => {
    expect(bundle.interventions.length).toBeGreaterThan(10);
    for (const item of bundle.interventions) roundTrip("intervention", item);
  });
  it("harmful practices", () => {
    for (const item of bundle.harmfulPractices) roundTrip("harmful-practice", item);
  });
  it("situations", () => {
    for (const item of bundle.situations) roundTrip("situation", item);
  });
  it("preconditions and sources", () => {
    for (const item of bundle.preconditions) roundTrip("precondition", item);
    for (const item of bundle.sources) roundTrip("source", item);
  });
  it("the synonym groups as one list", () => {
    expect(bundle.synonyms.length).toBeGreaterThan(1);
    roundTrip("synonyms", bundle.synonyms);
  });
});

/** Replaces the value of one control; fails when the form has no such control. */
function withValue(pairs: readonly FormPair[], name: string, value: string): FormPair[] {
  expect(pairs.some(([n]) => n === name)).toBe(true);
  return pairs.map(([n, v]) => (n === name ? [n, value] : [n, v]));
}

function intervention(id: string): Intervention {
  const item = bundle.interventions.find((i) => i.id === id);
  if (!item) throw new Error(`no intervention ${id}`);
  return item;
}

describe("edits land where the curator made them", () => {
  it("a changed value", () => {
    const item = intervention("basic-trust");
    const pairs = withValue(formValues("intervention", item), "indications.0.age.to", "12");
    const result = submitted("intervention", pairs) as Intervention;
    expect(result.indications[0]?.age.to).toBe(12);
    expect({ ...result, indications: result.indications.slice(1) }).toEqual({
      ...item,
      indications: item.indications.slice(1),
    });
  });

  it("a row added in the blank row, and a blank row is ignored", () => {
    const item = intervention("basic-trust");
    const row = `facts.${item.facts.length}`;
    let pairs = formValues("intervention", item);
    pairs = withValue(pairs, `${row}.topic`, "aim");
    pairs = withValue(pairs, `${row}.text.nl`, "Een nieuw feit.");
    pairs = withValue(pairs, `${row}.source`, "https://www.nji.nl/interventies/basic-trust");
    const result = submitted("intervention", pairs) as Intervention;
    expect(result.facts).toEqual([
      ...item.facts,
      {
        topic: "aim",
        text: { nl: "Een nieuw feit." },
        source: "https://www.nji.nl/interventies/basic-trust",
      },
    ]);
    // The untouched form has a blank row in every group, yet adds nothing.
    expect(submitted("intervention", formValues("intervention", item))).toEqual(item);
  });

  it("a row removed with its checkbox", () => {
    const item = intervention("basic-trust");
    expect(item.indications.length).toBeGreaterThan(1);
    const pairs: FormPair[] = [...formValues("intervention", item), ["indications.0._remove", "1"]];
    const result = submitted("intervention", pairs) as Intervention;
    expect(result.indications).toEqual(item.indications.slice(1));
  });

  it("a synonym group removed, one added", () => {
    const pairs: FormPair[] = withValue(
      [...formValues("synonyms", bundle.synonyms), ["synonyms.0._remove", "1"]],
      `synonyms.${bundle.synonyms.length}`,
      " hechting \r\n\r\ngehechtheid\r\n",
    );
    expect(submitted("synonyms", pairs)).toEqual([...bundle.synonyms.slice(1), ["hechting", "gehechtheid"]]);
  });

  it("an optional field emptied is left out; a required one emptied is refused, not dropped", () => {
    const item = bundle.interventions.find((i) => i.abbreviation !== undefined);
    if (!item) throw new Error("no intervention with an abbreviation");
    const result = submitted(
      "intervention",
      withValue(formValues("intervention", item), "abbreviation", " "),
    );
    expect(result).not.toHaveProperty("abbreviation");
    const refused = itemSchema("intervention").safeParse(
      parseItemForm("intervention", withValue(formValues("intervention", item), "name", "")),
    );
    expect(refused.success).toBe(false);
  });

  it("an explicit false and a null survive, and blank means null for the full name", () => {
    const base = intervention("basic-trust");
    const [first] = base.indications;
    if (!first) throw new Error("an intervention has an indication");
    const item: Intervention = {
      ...base,
      inDatabank: null,
      fullName: "Theraplay volledig",
      indications: [{ ...first, age: { basis: "stated", from: 2, to: 6, approximate: false } }],
    };
    roundTrip("intervention", item);
    const blank = submitted("intervention", withValue(formValues("intervention", item), "fullName", ""));
    expect(blank).toMatchObject({ fullName: null, inDatabank: null });
  });
});

describe("problems point at the field", () => {
  it("a word in a number field is kept, refused by the schema and named at its control", () => {
    const item = intervention("basic-trust");
    const pairs = withValue(formValues("intervention", item), "indications.1.age.from", "drie");
    const parsed = parseItemForm("intervention", pairs);
    expect((parsed as Intervention).indications[1]?.age.from).toBe("drie");
    const result = itemSchema("intervention").safeParse(parsed);
    if (result.success) throw new Error("a word is no age");
    const [nl] = problemFields("intervention", result.error.issues, "nl");
    expect(nl).toEqual({
      fieldId: "f-indications-1-age-from",
      text: "moet een getal zijn",
      message: "Indicatie 2 › Leeftijd › Vanaf (jaar): moet een getal zijn",
    });
    const [en] = problemFields("intervention", result.error.issues, "en");
    expect(en?.message).toBe("Indication 2 › Age › From (years): must be a number");
    expect(renderedIds(item)).toContain("f-indications-1-age-from");
  });

  it("after a removed row, the problems show on the form rendered from what was sent", () => {
    const item = intervention("basic-trust");
    let pairs: FormPair[] = [...formValues("intervention", item), ["indications.0._remove", "1"]];
    pairs = withValue(pairs, "indications.2.age.from", "14");
    const parsed = parseItemForm("intervention", pairs);
    const result = itemSchema("intervention").safeParse(parsed);
    if (result.success) throw new Error("from 14 to 12 is refused");
    const problems = problemFields("intervention", result.error.issues);
    // Form row 3 is the checked item's second indication once the first is removed.
    expect(problems).toEqual([
      {
        fieldId: "f-indications-1-age-from",
        text: "de leeftijd vanaf (14) is hoger dan tot en met (12)",
        message: "Indicatie 2 › Leeftijd › Vanaf (jaar): de leeftijd vanaf (14) is hoger dan tot en met (12)",
      },
    ]);
    const html = render("intervention", parsed, problems);
    expect(html).toMatch(/id="f-indications-1-age-from-error"[^>]*>de leeftijd vanaf \(14\)/);
    expect(html).toMatch(/id="f-indications-1-age-from"[^>]*value="14"/);
  });

  it("a content check's path in its file, and a message it does not know, shown as it is", () => {
    const problems = [
      {
        file: "harmful-practices.yaml",
        path: "harmfulPractices.2.source.document",
        message: 'unknown source document "x"',
      },
      { file: "harmful-practices.yaml", path: "harmfulPractices.2.name.nl", message: "missing Dutch text" },
      { file: "harmful-practices.yaml", path: "harmfulPractices.2.secondary.0", message: "something new" },
    ];
    expect(problemFields("harmful-practice", problems)).toEqual([
      {
        fieldId: "f-source-document",
        text: 'onbekend brondocument "x"',
        message: 'Bron › Document: onbekend brondocument "x"',
      },
      {
        fieldId: "f-name-nl",
        text: "de Nederlandse tekst ontbreekt",
        message: "Naam › Nederlands: de Nederlandse tekst ontbreekt",
      },
      { fieldId: "f-secondary-0", text: "something new", message: "Aanvullende bron 1: something new" },
    ]);
  });

  it("a synonym group of one word, from the schema and from the content check", () => {
    const result = itemSchema("synonyms").safeParse([["a", "b"], ["alleen"]]);
    if (result.success) throw new Error("a group needs two words");
    const fromCheck = {
      file: "synonyms.yaml",
      path: "synonyms.1",
      message: "Too small: expected array to have >=2 items",
    };
    expect(problemFields("synonyms", [...result.error.issues, fromCheck])).toEqual([
      { fieldId: "f-synonyms-1", text: "vul er minstens 2 in", message: "Groep 2: vul er minstens 2 in" },
      { fieldId: "f-synonyms-1", text: "vul er minstens 2 in", message: "Groep 2: vul er minstens 2 in" },
    ]);
  });
});

const CATALOG_CHOICES = () =>
  editorChoices(
    { situations: bundle.situations, sources: bundle.sources, interventions: bundle.interventions },
    "nl",
  );

function render(
  kind: EditorKind,
  item: unknown,
  errors: readonly FieldProblem[] = [],
  lang: Lang = "nl",
): string {
  return String(ItemFields({ lang, kind, item, options: CATALOG_CHOICES(), errors }));
}

function attributeValues(html: string, attribute: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${attribute}="([^"]*)"`, "g"))].map((m) => m[1] ?? "");
}

function renderedIds(item: unknown): string[] {
  return attributeValues(render("intervention", item), "id");
}

/** The ids of the controls a curator fills in (no hidden fields). */
function controlIds(html: string): string[] {
  const controls = html.match(/<(input|select|textarea)\b[^>]*>/g) ?? [];
  return controls
    .filter((tag) => !tag.includes('type="hidden"'))
    .map((tag) => tag.match(/\sid="([^"]*)"/)?.[1] ?? "(no id)");
}

describe("the rendered form", () => {
  const kinds: [EditorKind, () => unknown][] = [
    ["intervention", () => intervention("basic-trust")],
    ["harmful-practice", () => bundle.harmfulPractices[0]],
    ["situation", () => bundle.situations[0]],
    ["precondition", () => bundle.preconditions[0]],
    ["source", () => bundle.sources[0]],
    ["synonyms", () => bundle.synonyms],
  ];

  it.each(
    kinds.flatMap(([kind, item]) => (["nl", "en"] as const).map((lang) => [kind, lang, item] as const)),
  )("%s (%s): unique ids, one label per control, its for= the control's id", (kind, lang, item) => {
    const html = render(kind, item(), [], lang);
    const ids = attributeValues(html, "id");
    expect(new Set(ids).size).toBe(ids.length);
    const controls = controlIds(html);
    const labelled = attributeValues(html, "for");
    expect(controls.length).toBeGreaterThan(3);
    expect([...labelled].sort()).toEqual([...controls].sort());
  });

  it("submits what formValues says: the names of the controls, in order", () => {
    const item = intervention("basic-trust");
    const names = attributeValues(render("intervention", item), "name");
    const expected = formValues("intervention", item).map(([name]) => name);
    // Unchecked boxes (remove, unchosen situations) send nothing; every sent name is a control's.
    for (const name of expected) expect(names).toContain(name);
  });

  it("escapes hostile text in values and textareas", () => {
    const base = intervention("basic-trust");
    const hostile: Intervention = {
      ...base,
      name: '" onmouseover="alert(1)',
      aliases: ["<script>alert(1)</script>"],
      summary: { ...base.summary, professionals: { nl: "</textarea><script>alert(2)</script>" } },
    };
    const html = render("intervention", hostile);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain('" onmouseover=');
    expect(html).toContain("&lt;/textarea&gt;&lt;script&gt;alert(2)&lt;/script&gt;");
    expect(html).toContain('value="&quot; onmouseover=&quot;alert(1)"');
  });

  it("shows a problem next to its field", () => {
    const item = { ...intervention("basic-trust"), name: "" };
    const result = itemSchema("intervention").safeParse(item);
    if (result.success) throw new Error("an empty name is refused");
    const html = render("intervention", item, problemFields("intervention", result.error.issues));
    expect(html).toMatch(/id="f-name-error"[^>]*>mag niet leeg zijn</);
    expect(html).toContain('aria-describedby="f-name-error"');
  });
});

describe("choice lists from the catalogue", () => {
  it("keep the item's order and a code the catalogue does not know, so the check can report it", () => {
    const base = intervention("basic-trust");
    const [first, ...others] = base.indications;
    if (!first) throw new Error("an intervention has an indication");
    const item: Intervention = {
      ...base,
      related: ["video-hometraining", "ddp"],
      indications: [{ ...first, situations: ["foster-care", "verzonnen-code", "adoption"] }, ...others],
    };
    const html = render("intervention", item);
    const checked = (name: string) =>
      [...html.matchAll(/<input[^>]*>/g)]
        .map((m) => m[0])
        .filter((tag) => tag.includes(`name="${name}"`) && tag.includes("checked"))
        .map((tag) => tag.match(/value="([^"]*)"/)?.[1]);
    expect(checked("related")).toEqual(["video-hometraining", "ddp"]);
    expect(checked("indications.0.situations")).toEqual(["foster-care", "verzonnen-code", "adoption"]);
    expect(html).toContain('<label for="f-indications-0-situations-verzonnen-code">verzonnen-code</label>');
    roundTrip("intervention", item);
  });
});
