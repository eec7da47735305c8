import { rmSync } from "node:fs";
import type { Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { itemIdOf } from "../../src/catalog/edited-content.js";
import { checkContentDir, DEFAULT_CONTENT_DIR } from "../../src/catalog/load-catalog.js";
import { EDITABLE_KINDS, type EditableKind } from "../../src/domain/drafts.js";
import type { ContentBundle } from "../../src/domain/types.js";
import { formValues } from "../../src/web/pages/beheer/editor/form-values.js";
import { postEditForm } from "../server/support/beheer-over-http.js";
import { logInToBeheer, startBeheerServer } from "./support/beheer-server.js";
import { BROWSER_TEST_TIMEOUT, launchBrowser } from "./support/browser.js";
import { type Leaf, leavesOf, textPathsOf } from "./support/editor-leaves.js";
import type { TestServer } from "./support/server.js";

/*
 * Stored XSS (issue 15): script and attribute-breaking text in every field a curator types
 * into, of every kind of item, saved through the editor and published by a second
 * reviewer, must come out as text on every public and /beheer page that shows it. Fields
 * that hold ids, dates, addresses, numbers or choices must refuse such text instead.
 * The checks hold with the Content-Security-Policy stripped: escaping alone must do it.
 */

const EDITOR = "editor@example.org";
const REVIEWER = "admin@example.org";

/** Each sets window.__xss when it runs; each field gets one, after a word of its own. */
const PAYLOADS = [
  "<script>window.__xss=(window.__xss||0)+1</script>",
  '"><img src=x onerror="window.__xss=(window.__xss||0)+1">',
  "'><svg onload=window.__xss=1>",
  "</textarea><script>window.__xss=1</script>",
  "</title><script>window.__xss=1</script>",
];
/** What an address field is offered: it would run as a link. */
const SCRIPT_URL = "javascript:alert(1)";

/** A field with the text put into it: a word to find it by, then a payload. */
interface Planted {
  readonly kind: EditableKind;
  readonly itemId: string;
  readonly name: string;
  readonly token: string;
  /** What the form sends: the payload line, with a word group's other words below it. */
  readonly value: string;
  /** The payload line: what a page shows of the field, at the least. */
  readonly text: string;
}

let dir: string;
let server: TestServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let bundle: ContentBundle;
let counter = 0;
const planted: Planted[] = [];
const reasons: Planted[] = [];
const drafts: { kind: EditableKind; itemId: string; draftId: string }[] = [];
/** Per page visit, the payloads it showed (each checked to be whole text). */
const shown: { path: string; tokens: string[] }[] = [];

function plant(kind: EditableKind, itemId: string, name: string): Planted {
  counter += 1;
  const token = `xss${String(counter).padStart(3, "0")}q`;
  const value = `${token} ${PAYLOADS[counter % PAYLOADS.length]}`;
  return { kind, itemId, name, token, value, text: value };
}

beforeAll(async () => {
  const content = await checkContentDir(DEFAULT_CONTENT_DIR);
  if (!content.ok) throw new Error("the content folder does not validate");
  bundle = content.bundle;
  ({ dir, server } = await startBeheerServer("xss", [{ email: EDITOR, role: "editor" }]));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function logIn(page: Page, email: string): Promise<void> {
  await page.context().clearCookies();
  await logInToBeheer(page, server.url, email);
}

/** The items of a kind the test edits: a chosen one first, then as few more as reach every text field. */
function itemsToEdit(kind: EditableKind, first: string | undefined): unknown[] {
  const all: readonly unknown[] = kind === "synonyms" ? [bundle.synonyms] : listOfKind(kind);
  const wanted = new Set(textPathsOf(kind));
  const chosen: unknown[] = [];
  const take = (item: unknown) => {
    chosen.push(item);
    for (const leaf of leavesOf(kind, item)) wanted.delete(leaf.path);
  };
  const start = first === undefined ? all[0] : all.find((item) => itemIdOf(kind, item) === first);
  take(start);
  for (;;) {
    const gain = (item: unknown) => leavesOf(kind, item).filter((l) => wanted.has(l.path)).length;
    const best = all.filter((item) => !chosen.includes(item)).sort((a, b) => gain(b) - gain(a))[0];
    if (best === undefined || gain(best) === 0) break;
    take(best);
  }
  expect([...wanted], `${kind}: fields no item of the knowledge base has to test with`).toEqual([]);
  return chosen;
}

function listOfKind(kind: Exclude<EditableKind, "synonyms">): readonly unknown[] {
  const lists = {
    intervention: bundle.interventions,
    "harmful-practice": bundle.harmfulPractices,
    situation: bundle.situations,
    precondition: bundle.preconditions,
    source: bundle.sources,
  };
  return lists[kind];
}

/** The form as the browser would post it: the item's own values, with `changes` put in. */
function formPairs(
  kind: EditableKind,
  item: unknown,
  changes: ReadonlyMap<string, string>,
): [string, string][] {
  const pairs = formValues(kind, item).map(([name, value]): [string, string] => [
    name,
    changes.get(name) ?? value,
  ]);
  // A checkbox list gets the text as one more ticked value.
  for (const [name, value] of changes) {
    if (!pairs.some(([n]) => n === name)) pairs.push([name, value]);
  }
  return pairs;
}

/** The value a leaf gets: words keep their other lines (a synonym group needs two). */
function leafValue(leaf: Leaf, item: unknown, kind: EditableKind, text: string): string {
  if (leaf.spec.type !== "wordGroups") return text;
  const current = formValues(kind, item).find(([name]) => name === leaf.name)?.[1] ?? "";
  return [text, ...current.split("\n").slice(1)].join("\n");
}

/** Posts the item's editor form with the curator logged in on `page`; redirects are not followed. */
async function postEdit(
  page: Page,
  kind: EditableKind,
  itemId: string,
  pairs: readonly (readonly [string, string])[],
  reason: string,
): Promise<{ status: number; location: string; html: string }> {
  const session = (await page.context().cookies()).find((c) => c.name === "hw_beheer")?.value ?? "";
  const curator = { url: server.url, cookie: `hw_beheer=${session}` };
  const response = await postEditForm(curator, kind, itemId, pairs, reason);
  return {
    status: response.status,
    location: response.headers.get("location") ?? "",
    html: await response.text(),
  };
}

/** The ids of the controls the error summary points at. */
function errorIds(html: string): string[] {
  return [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1] ?? "").filter((id) => id.startsWith("f-"));
}

const flaggedBy = (ids: readonly string[]) => (leaf: Leaf) =>
  ids.some((id) => id === leaf.id || id.startsWith(`${leaf.id}-`));

/**
 * Puts a payload in every field of the item; what the editor refuses (with an error at
 * that field, nothing saved) is taken out again until only what it takes is left.
 * Resolves with the fields to save with a payload.
 */
async function sortOutFields(page: Page, kind: EditableKind, item: unknown): Promise<Planted[]> {
  const itemId = itemIdOf(kind, item) ?? "";
  const leaves = leavesOf(kind, item);
  const payloadFor = new Map<Leaf, Planted>(
    leaves.map((leaf) => {
      const planted = plant(kind, itemId, leaf.name);
      const url = leaf.spec.hint === "url";
      if (url) return [leaf, { ...planted, value: SCRIPT_URL, text: SCRIPT_URL }];
      return [leaf, { ...planted, value: leafValue(leaf, item, kind, planted.value) }];
    }),
  );
  /** Posts the form with a payload in each of `ls`. */
  const attempt = (ls: readonly Leaf[], reason: string) => {
    const changes = new Map(ls.map((leaf) => [leaf.name, payloadFor.get(leaf)?.value ?? ""]));
    return postEdit(page, kind, itemId, formPairs(kind, item, changes), reason);
  };

  // Choices, numbers and documents: all refused at their own control.
  const choices = leaves.filter((l) => l.sort === "choice");
  if (choices.length > 0) {
    const { status, html } = await attempt(choices, "r");
    expect(status, `${kind} ${itemId}: choices with script text`).toBe(400);
    const notFlagged = choices.filter((l) => !flaggedBy(errorIds(html))(l)).map((l) => l.name);
    expect(notFlagged, `${kind} ${itemId}: choice fields that took script text`).toEqual([]);
  }

  // Text: take out what is refused, then what is left must be taken.
  let accepted = leaves.filter((l) => l.sort === "text");
  for (let round = 0; ; round++) {
    const { status, html } = await attempt(accepted, "");
    expect(status, `${kind} ${itemId}: without a reason nothing is saved`).toBe(400);
    const ids = errorIds(html);
    const flagged = accepted.filter(flaggedBy(ids));
    if (flagged.length === 0) break;
    expect(round, `${kind} ${itemId}: refusals settle (errors at ${ids.join(", ")})`).toBeLessThan(4);
    accepted = accepted.filter((l) => !flagged.includes(l));
  }
  // An address, a date and an id hold no free text; javascript: is no address.
  const mustRefuse = leaves.filter(
    (l) => l.spec.hint === "url" || l.spec.hint === "date" || l.spec.hint === "slug",
  );
  expect(
    mustRefuse.filter((l) => accepted.includes(l)).map((l) => l.name),
    `${kind} ${itemId}: fields that took what they must refuse`,
  ).toEqual([]);
  // Localized and "not stated" texts are prose: the editor must take anything typed there.
  const prose = leaves.filter((l) => l.spec.type === "localized" || l.spec.type === "nullableText");
  expect(
    prose.filter((l) => !accepted.includes(l)).map((l) => l.name),
    `${kind} ${itemId}: prose fields that refused text`,
  ).toEqual([]);
  return accepted.map((leaf) => payloadFor.get(leaf) as Planted);
}

/** Where each kind's editing starts: items shown on the pages visited below. */
const FIRST_ITEMS: Partial<Record<EditableKind, string>> = {
  intervention: "pipa",
  situation: "foster-care",
  source: "richtlijn",
};

/** The kind saved through the editor form in the browser; the others are posted as its form posts. */
const BROWSER_KIND: EditableKind = "situation";

/** A page to visit with: the CSP taken off every page (after noting it was sent), dialogs noted. */
interface Visitor {
  readonly page: Page;
  /** The Content-Security-Policy of the last page, as the server sent it. */
  csp: string | undefined;
  readonly dialogs: string[];
}

async function newVisitor(): Promise<Visitor> {
  const visitor: Visitor = { page: await browser.context.newPage(), csp: undefined, dialogs: [] };
  visitor.page.on("dialog", (dialog) => {
    visitor.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // Escaping alone must keep the payloads inert: the browser never sees the policy.
  await visitor.page.route(`${server.url}/**`, async (route: Route) => {
    if (!route.request().isNavigationRequest()) return route.continue();
    const response = await route.fetch({ maxRedirects: 0 });
    const headers = { ...response.headers() };
    visitor.csp = headers["content-security-policy"];
    delete headers["content-security-policy"];
    return route.fulfill({ response, headers });
  });
  return visitor;
}

/** A page and the fields it must show (to prove it rendered them); it may show more. */
interface Visit {
  readonly path: string;
  readonly shows: (lang: "nl" | "en") => readonly Planted[];
}

const fieldOf = (kind: EditableKind, itemId: string, name: string) => (lang: "nl" | "en") =>
  planted.filter(
    (p) => p.kind === kind && p.itemId === itemId && (p.name === name || p.name === `${name}.${lang}`),
  );
const interventionName = fieldOf("intervention", "pipa", "name");
const harmfulName = fieldOf("harmful-practice", "dwang", "name");
const preconditionLabel = fieldOf("precondition", "emotionally-available-caregiver", "label");

function publicPaths(): Visit[] {
  const ids = drafts.filter((d) => d.kind === "intervention").map((d) => d.itemId);
  const token = interventionName("nl")[0]?.token ?? "";
  return [
    ...ids.map((id) => ({
      path: `/interventies/${id}`,
      shows: (lang: "nl" | "en") => [
        ...fieldOf("intervention", id, "name")(lang),
        ...fieldOf("intervention", id, "summary.professionals")(lang),
      ],
    })),
    { path: "/interventies", shows: () => [] },
    { path: `/interventies?q=${token}`, shows: interventionName },
    { path: `/vergelijken?ids=${ids.join(",")}`, shows: interventionName },
    {
      path: "/keuzehulp?age=3&unit=years&need=prevention&situation=foster-care",
      shows: (lang) => [...interventionName(lang), ...fieldOf("situation", "foster-care", "label")(lang)],
    },
    { path: "/", shows: preconditionLabel },
    {
      path: "/keuzehulp",
      shows: (lang) => [...preconditionLabel(lang), ...fieldOf("situation", "foster-care", "label")(lang)],
    },
    // The whole name as the query: the warning names the practice, the form echoes the query.
    { path: `/interventies?q=${encodeURIComponent(harmfulName("nl")[0]?.value ?? "")}`, shows: harmfulName },
    { path: "/reageer?over=pipa", shows: interventionName },
    { path: "/beleidsmakers", shows: interventionName },
    { path: "/niet-doen", shows: harmfulName },
    { path: "/bronnen", shows: fieldOf("source", "richtlijn", "title") },
    {
      path: "/richtlijn",
      shows: (lang) => [...fieldOf("source", "richtlijn", "title")(lang), ...preconditionLabel(lang)],
    },
  ];
}

/**
 * The /beheer pages that show the items: with the drafts open, and once published (then
 * each item's history names the change by its reason, and what it changed is shown).
 */
function adminPaths(published = false): Visit[] {
  const reasonOf = (itemId: string) => () => reasons.filter((r) => r.itemId === itemId);
  const fieldsOf = (draft: (typeof drafts)[number]) => () =>
    planted.filter((p) => p.kind === draft.kind && p.itemId === draft.itemId);
  return [
    { path: "/beheer/concepten", shows: () => [] },
    { path: "/beheer/inhoud", shows: () => [] },
    ...drafts.flatMap((draft) => [
      {
        // An open draft shows its changes field by field; a published one says so.
        path: `/beheer/concepten/concept?id=${draft.draftId}`,
        shows: published ? reasonOf(draft.itemId) : () => [...reasonOf(draft.itemId)(), ...fieldsOf(draft)()],
      },
      { path: `/beheer/inhoud/bewerken?soort=${draft.kind}&id=${draft.itemId}`, shows: fieldsOf(draft) },
      {
        path: `/beheer/inhoud/geschiedenis?soort=${draft.kind}&id=${draft.itemId}`,
        shows: published ? reasonOf(draft.itemId) : () => [],
      },
    ]),
    ...(published
      ? drafts.flatMap((draft, index) => [
          { path: diffPath(draft, index), shows: fieldsOf(draft) },
          {
            path: `/beheer/inhoud/terugzetten?soort=${draft.kind}&id=${draft.itemId}&revisie=1`,
            shows: fieldsOf(draft),
          },
        ])
      : []),
    { path: "/beheer/kwaliteit", shows: () => [] },
    { path: "/beheer/audit", shows: () => [] },
  ];
}

/**
 * What a publication changed: the first import is revision 1, and on this fresh database
 * each draft, published in turn, made the next one.
 */
function diffPath(draft: (typeof drafts)[number], index: number): string {
  const query = new URLSearchParams({
    soort: draft.kind,
    id: draft.itemId,
    van: "1",
    tot: String(index + 2),
  });
  return `/beheer/inhoud/verschil?${query.toString()}`;
}

/** Visits each page in Dutch and English and checks nothing of a payload ran or became markup. */
async function checkPages(visitor: Visitor, visits: readonly Visit[]) {
  for (const visit of visits) {
    for (const lang of ["nl", "en"] as const) {
      const path = lang === "en" ? `/en${visit.path}` : visit.path;
      visitor.csp = undefined;
      const response = await visitor.page.goto(server.url + path);
      expect(response?.status(), path).toBe(200);
      await checkPage(visitor, path, visit.shows(lang));
    }
  }
}

/**
 * The page in the browser now: nothing of a payload ran or became markup, every payload
 * it shows is there whole, as text, and it shows at least `required`. `required` and
 * `unsaved` may be payloads saved nowhere yet, as on a form sent back.
 */
async function checkPage(
  visitor: Visitor,
  label: string,
  required: readonly Planted[],
  unsaved: readonly Planted[] = [],
) {
  expect(visitor.csp, `${label}: sends a Content-Security-Policy`).toMatch(/script-src/);
  const everything = [...planted, ...reasons, ...required, ...unsaved].map((p) => [p.token, p.text] as const);
  const found = await visitor.page.evaluate((fields) => {
    const texts = [
      document.title,
      document.body.textContent ?? "",
      ...[...document.querySelectorAll("input, textarea")].map((c) => (c as HTMLInputElement).value),
    ].join("\n");
    return {
      ran: (window as unknown as { __xss?: unknown }).__xss,
      markup: document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload]').length,
      scripts: [...document.scripts].filter((s) => s.textContent?.includes("__xss")).length,
      shown: fields
        .filter(([token]) => texts.includes(`${token} `))
        .map(([token, value]) => ({ token, whole: texts.includes(value) })),
    };
  }, everything);
  expect(found.ran, `${label}: no payload ran`).toBeUndefined();
  expect(found.markup, `${label}: no element or handler from a payload`).toBe(0);
  expect(found.scripts, `${label}: no script from a payload`).toBe(0);
  expect(visitor.dialogs, `${label}: no dialog`).toEqual([]);
  expect(
    found.shown.filter((s) => !s.whole),
    `${label}: payloads shown whole, as text`,
  ).toEqual([]);
  const tokens = [...new Set(found.shown.map((s) => s.token))];
  const missing = required.filter((p) => !tokens.includes(p.token));
  expect(
    missing.map((p) => p.name),
    `${label}: fields it must show`,
  ).toEqual([]);
  shown.push({ path: label, tokens });
}

/**
 * Saves the item through its form in the browser, by way of the two pages that send the
 * typed text back: the form with an error (no reason yet) and the conflict page (a second
 * tab saved in between). Resolves with the draft id and the fields as finally saved.
 */
async function saveInBrowser(
  visitor: Visitor,
  kind: EditableKind,
  itemId: string,
  fields: Planted[],
  reason: Planted,
): Promise<{ draftId: string; fields: Planted[] }> {
  const { page } = visitor;
  const formPath = `/beheer/inhoud/bewerken?soort=${kind}&id=${itemId}`;
  const save = () => page.getByRole("button", { name: "Concept opslaan" }).click();
  await page.goto(server.url + formPath);
  for (const field of fields) await page.locator(`[name="${field.name}"]`).fill(field.value);
  visitor.csp = undefined;
  await save();
  await page.locator('a[href="#reden"]').waitFor();
  await checkPage(visitor, `${formPath} sent back without a reason`, fields);

  await page.locator('[name="reden"]').fill(reason.value);
  await save();
  await page.waitForURL(/\/beheer\/concepten\/concept\?id=/);
  const draftId = new URL(page.url()).searchParams.get("id") ?? "";

  // Both tabs open version 1; the other one saves first, this one comes late.
  const [first, ...rest] = fields;
  if (!first) throw new Error(`${kind} ${itemId}: no field to type into`);
  await page.goto(server.url + formPath);
  const other = await browser.context.newPage();
  await other.goto(server.url + formPath);
  const theirs = plant(kind, itemId, first.name);
  await other.locator(`[name="${first.name}"]`).fill(theirs.value);
  await other.getByRole("button", { name: "Concept opslaan" }).click();
  await other.waitForURL(/\/beheer\/concepten\/concept\?id=/);
  await other.close();
  const mine = plant(kind, itemId, first.name);
  await page.locator(`[name="${first.name}"]`).fill(mine.value);
  visitor.csp = undefined;
  await save();
  // The form is on both pages; the conflict's notice says the new one has loaded.
  await page.locator("main", { hasText: "intussen opgeslagen" }).waitFor();
  // The form keeps what this tab typed; the differences show what the other one saved.
  await checkPage(visitor, `${formPath} in conflict`, [mine, theirs]);
  return { draftId, fields: [theirs, ...rest] };
}

describe("stored XSS: every editable field, every page", { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it("an editor saves a payload in every free-text field; ids, dates, addresses and choices refuse it", async () => {
    const visitor = await newVisitor();
    const { page } = visitor;
    await logIn(page, EDITOR);
    for (const kind of EDITABLE_KINDS) {
      for (const item of itemsToEdit(kind, FIRST_ITEMS[kind])) {
        const itemId = itemIdOf(kind, item) ?? "";
        const fields = await sortOutFields(page, kind, item);
        // Every refusal above saved nothing: the form is still filled from the published item.
        const form = await page.request.get(
          `${server.url}/beheer/inhoud/bewerken?soort=${kind}&id=${itemId}`,
        );
        expect(await form.text(), `${kind} ${itemId}: no draft after refusals`).toContain(
          'name="concept" value=""',
        );
        const reason = plant(kind, itemId, "reden");
        if (kind === BROWSER_KIND && itemId === FIRST_ITEMS[kind]) {
          const saved = await saveInBrowser(visitor, kind, itemId, fields, reason);
          drafts.push({ kind, itemId, draftId: saved.draftId });
          planted.push(...saved.fields);
        } else {
          const changes = new Map(fields.map((f) => [f.name, f.value]));
          const saved = await postEdit(page, kind, itemId, formPairs(kind, item, changes), reason.value);
          expect(saved.status, `${kind} ${itemId}: saved (${errorIds(saved.html).join(", ")})`).toBe(303);
          const location = new URL(saved.location, server.url);
          drafts.push({ kind, itemId, draftId: location.searchParams.get("id") ?? "" });
          planted.push(...fields);
        }
        reasons.push(reason);
      }
    }
    await page.close();
  });

  it("with the drafts open, the /beheer pages show every payload as text", async () => {
    const visitor = await newVisitor();
    await logIn(visitor.page, REVIEWER);
    await checkPages(visitor, adminPaths());
    await visitor.page.close();
  });

  it("a second reviewer publishes each draft in the browser", async () => {
    const page = await browser.context.newPage();
    for (const draft of drafts) {
      await page.goto(`${server.url}/beheer/concepten/concept?id=${draft.draftId}`);
      await page.getByRole("button", { name: "Publiceren" }).click();
      await page.waitForURL(/gedaan=gepubliceerd/);
    }
    // The site takes in the new revisions on its own: wait until the last one shows.
    const last = planted.find((p) => p.kind === "intervention" && p.name === "name");
    await expect
      .poll(async () => (await page.request.get(`${server.url}/interventies/pipa`)).text(), {
        timeout: 10_000,
      })
      .toContain(`${last?.token ?? "?"} `);
    await page.close();
  });

  it("after publishing, every public and /beheer page shows every payload as text, Dutch and English", async () => {
    const visitor = await newVisitor();
    await checkPages(visitor, [...publicPaths(), ...adminPaths(true)]);
    await visitor.page.close();
    // Every payload was on at least one page (its edit form, at the least), checked as text there.
    const checked = new Set(shown.flatMap((s) => s.tokens));
    expect([...planted, ...reasons].filter((p) => !checked.has(p.token)).map((p) => p.name)).toEqual([]);
  });
});
