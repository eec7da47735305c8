import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { csrfTokenFor } from "../../src/curation/tokens.js";
import type { Intervention } from "../../src/domain/types.js";
import { type BeheerApp, createBeheerApp, logInThroughForm } from "../beheer/support.js";
import { DIALECTS } from "../db/dialects.js";
import { createResponseValidator, type ResponseValidator } from "./support/openapi-validator.js";

/*
 * Issue 15 through the admin API: drafts saved with a personal token or the session
 * cookie, checked as `content validate` checks files, published by a second reviewer
 * (four eyes), reverted as a new revision. Every answer is checked against the
 * OpenAPI document.
 */

const dialect = DIALECTS[0];
if (!dialect) throw new Error("no test dialect");

interface DraftBody {
  id: string;
  version: number;
  status: string;
  authors: string[];
  item: Intervention;
  versions: { version: number; savedBy: string }[];
}

describe("editing the knowledge base through the admin API", () => {
  let beheer: BeheerApp;
  let api: ResponseValidator;
  let pipa: Intervention;
  /** A personal API token per account. */
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    beheer = await createBeheerApp(dialect, { allowSelfPublish: false });
    api = await createResponseValidator(beheer.app);
    for (const [email, role] of [
      ["editor@example.org", "editor"],
      ["reviewer@example.org", "reviewer"],
      ["second@example.org", "reviewer"],
    ] as const) {
      await beheer.addAccount(email, role);
    }
    for (const curator of await beheer.curation.listCurators()) {
      const made = await beheer.curation.tokens.make(curator, "test", { email: "cli", address: "cli" });
      if (!made.ok) throw new Error("no token");
      tokens[curator.email] = made.token;
    }
    pipa = (await beheer.store.loadContent()).bundle.interventions.find(
      (i) => i.id === "pipa",
    ) as Intervention;
  });
  afterAll(async () => {
    await beheer.close();
  });
  beforeEach(async () => {
    // Each test starts without an open draft for PIPA.
    for (const draft of await beheer.store.drafts.list("open")) {
      await beheer.store.drafts.withdraw(draft.id, draft.latest.version, "test", "test");
    }
  });

  function send(email: string, method: string, path: string, body?: unknown): Promise<Response> {
    return api.request(`/api/v1/admin${path}`, {
      method,
      headers: { Authorization: `Bearer ${tokens[email]}`, "Content-Type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }

  function pipaWithSummary(text: string): Intervention {
    const copy = structuredClone(pipa);
    copy.summary.professionals.nl = text;
    return copy;
  }

  async function currentRevision(): Promise<number> {
    return (await beheer.store.loadContent()).revision;
  }

  async function saveNew(email: string, item: unknown): Promise<Response> {
    return send(email, "POST", "/drafts", {
      kind: "intervention",
      itemId: "pipa",
      item,
      reason: "samenvatting bijgewerkt",
      baseRevision: (await beheer.store.publishedVersion("intervention", "pipa"))?.revision ?? 0,
    });
  }

  it("saves with an editor's token, refuses a reviewer who wrote part of it (four eyes), and publishes by another reviewer", async () => {
    const saved = await saveNew("editor@example.org", pipaWithSummary("Eerste versie via de API."));
    expect(saved.status).toBe(201);
    const first = (await saved.json()) as DraftBody;
    expect(first).toMatchObject({ status: "open", version: 1, authors: ["editor@example.org"] });
    expect(saved.headers.get("location")).toBe(`/api/v1/admin/drafts/${first.id}`);

    // The reviewer improves the text: now a co-author.
    const improved = await send("reviewer@example.org", "POST", "/drafts", {
      kind: "intervention",
      itemId: "pipa",
      item: pipaWithSummary("Verbeterde versie via de API."),
      reason: "taal",
      draftId: first.id,
      expectedVersion: 1,
      baseRevision: 1,
    });
    expect(improved.status).toBe(201);
    expect(await improved.json()).toMatchObject({ version: 2, versions: [{ version: 1 }, { version: 2 }] });

    // An editor may not publish at all; the co-author may not publish under four eyes.
    expect(
      (await send("editor@example.org", "POST", `/drafts/${first.id}/publish`, { version: 2 })).status,
    ).toBe(403);
    const own = await send("reviewer@example.org", "POST", `/drafts/${first.id}/publish`, { version: 2 });
    expect(own.status).toBe(403);
    expect(((await own.json()) as { detail: string }).detail).toMatch(/four eyes/i);
    const before = await currentRevision();
    expect(before).toBe(1);

    const published = await send("second@example.org", "POST", `/drafts/${first.id}/publish`, { version: 2 });
    expect(published.status).toBe(200);
    expect(await published.json()).toEqual({ revision: 2 });
    const shown = await api.request("/api/v1/interventions/pipa");
    expect(JSON.stringify(await shown.json())).toContain("Verbeterde versie via de API.");
    const draft = await send("editor@example.org", "GET", `/drafts/${first.id}`);
    expect(await draft.json()).toMatchObject({ status: "published", publishedRevision: 2 });
    const list = await send("editor@example.org", "GET", "/drafts?status=published");
    expect(((await list.json()) as { items: { id: string }[] }).items.map((d) => d.id)).toContain(first.id);
  });

  it("answers an invalid item 422 with the fields inside the item, and saves nothing", async () => {
    const broken = structuredClone(pipa) as unknown as Record<string, unknown>;
    broken.name = " ";
    const [first, ...rest] = broken.indications as { age: Record<string, unknown> }[];
    broken.indications = [{ ...first, age: { basis: "stated", from: 9, to: 2 } }, ...rest];
    const auditBefore = await beheer.curation.auditLog({ limit: 1000, offset: 0 });
    const response = await saveNew("editor@example.org", broken);
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const problem = (await response.json()) as { type: string; errors: { path: string }[] };
    expect(problem.type).toBe("/api/docs#problem-invalid-content");
    expect(problem.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(["name", "indications[0].age.from"]),
    );
    expect(await beheer.store.drafts.openFor("intervention", "pipa")).toBeUndefined();
    expect(await beheer.curation.auditLog({ limit: 1000, offset: 0 })).toEqual(auditBefore);
  });

  it("answers a malformed body 400 naming each field", async () => {
    const valid = { kind: "intervention", itemId: "pipa", item: pipa, reason: "test", baseRevision: 1 };
    const cases: [Record<string, unknown>, string[]][] = [
      [{ ...valid, kind: "recognition" }, ["kind"]],
      [{ ...valid, reason: "  " }, ["reason"]],
      [{ ...valid, item: undefined }, ["item"]],
      [{ ...valid, item: "tekst" }, ["item"]],
      [{ ...valid, draftId: "00000000-0000-4000-8000-000000000000" }, ["expectedVersion"]],
      [{ ...valid, itemId: "ddp" }, ["item.id"]],
      [{ ...valid, expectedVersion: 0, baseRevision: -1 }, ["expectedVersion", "baseRevision"]],
    ];
    for (const [body, paths] of cases) {
      const response = await send("editor@example.org", "POST", "/drafts", body);
      expect(response.status, JSON.stringify(paths)).toBe(400);
      const problem = (await response.json()) as { errors: { path: string }[] };
      expect(problem.errors.map((e) => e.path).sort()).toEqual([...paths].sort());
    }
    expect(await beheer.store.drafts.list("open")).toEqual([]);
  });

  it("answers a stale version 409 with the draft as it is now, for a save, a publish and a withdraw", async () => {
    const first = (await (await saveNew("editor@example.org", pipaWithSummary("Een."))).json()) as DraftBody;
    const again = {
      kind: "intervention",
      itemId: "pipa",
      reason: "test",
      draftId: first.id,
      expectedVersion: 1,
      baseRevision: 1,
    };
    expect(
      (await send("editor@example.org", "POST", "/drafts", { ...again, item: pipaWithSummary("Twee.") }))
        .status,
    ).toBe(201);
    const stale = await send("reviewer@example.org", "POST", "/drafts", {
      ...again,
      item: pipaWithSummary("Drie."),
    });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ draft: { id: first.id, version: 2 } });

    // A second draft of the same item: the open one is shown instead.
    const second = await saveNew("reviewer@example.org", pipaWithSummary("Vier."));
    expect(second.status).toBe(409);
    expect(await second.json()).toMatchObject({ draft: { id: first.id, version: 2 } });

    const publish = await send("second@example.org", "POST", `/drafts/${first.id}/publish`, { version: 1 });
    expect(publish.status).toBe(409);
    expect(await publish.json()).toMatchObject({ draft: { id: first.id, version: 2 } });
    const withdraw = await send("editor@example.org", "POST", `/drafts/${first.id}/withdraw`, { version: 1 });
    expect(withdraw.status).toBe(409);

    const withdrawn = await send("editor@example.org", "POST", `/drafts/${first.id}/withdraw`, {
      version: 2,
    });
    expect(withdrawn.status).toBe(200);
    expect(await withdrawn.json()).toMatchObject({ id: first.id, status: "withdrawn" });
    const list = await send("editor@example.org", "GET", "/drafts");
    expect(((await list.json()) as { items: unknown[] }).items).toEqual([]);
    expect((await send("editor@example.org", "GET", "/drafts/no-such-draft")).status).toBe(404);
  });

  it("answers 409 when the item was published since the draft began", async () => {
    const old = (await (
      await saveNew("editor@example.org", pipaWithSummary("Oud begin."))
    ).json()) as DraftBody;
    // Someone else's change to PIPA is published meanwhile (the old draft was given up for it).
    await send("editor@example.org", "POST", `/drafts/${old.id}/withdraw`, { version: 1 });
    const other = (await (
      await saveNew("editor@example.org", pipaWithSummary("Tussendoor."))
    ).json()) as DraftBody;
    const revision = await send("second@example.org", "POST", `/drafts/${other.id}/publish`, { version: 1 });
    expect(revision.status).toBe(200);
    const late = await send("editor@example.org", "POST", "/drafts", {
      kind: "intervention",
      itemId: "pipa",
      item: pipaWithSummary("Te laat."),
      reason: "test",
      baseRevision: 1,
    });
    const lateDraft = (await late.json()) as DraftBody;
    const refused = await send("second@example.org", "POST", `/drafts/${lateDraft.id}/publish`, {
      version: 1,
    });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({
      draft: { id: lateDraft.id },
      publishedRevision: expect.any(Number),
    });
  });

  it("reverts an intervention to an earlier revision as a new revision (reviewers only)", async () => {
    const draft = (await (
      await saveNew("editor@example.org", pipaWithSummary("Wordt teruggezet."))
    ).json()) as DraftBody;
    const { revision } = (await (
      await send("second@example.org", "POST", `/drafts/${draft.id}/publish`, { version: 1 })
    ).json()) as { revision: number };
    const body = { kind: "intervention", itemId: "pipa", revision: 1, reason: "terug naar de bron" };
    expect((await send("editor@example.org", "POST", "/revert", body)).status).toBe(403);
    const reverted = await send("reviewer@example.org", "POST", "/revert", body);
    expect(reverted.status).toBe(200);
    expect(await reverted.json()).toEqual({ revision: revision + 1 });
    const shown = await api.request("/api/v1/interventions/pipa");
    expect(JSON.stringify(await shown.json())).not.toContain("Wordt teruggezet.");
    // Once more: nothing would change.
    expect((await send("reviewer@example.org", "POST", "/revert", body)).status).toBe(409);
    const never = await send("reviewer@example.org", "POST", "/revert", { ...body, itemId: "bestaat-niet" });
    expect(never.status).toBe(404);
    const future = await send("reviewer@example.org", "POST", "/revert", { ...body, revision: 999 });
    expect(future.status).toBe(400);
    expect(await future.json()).toMatchObject({ errors: [{ path: "revision" }] });
  });

  it("reverts any kind of item, e.g. a situation's label", async () => {
    const { bundle, revision: before } = await beheer.store.loadContent();
    const original = bundle.situations[0];
    if (!original) throw new Error("no situation");
    const changed = { ...structuredClone(original), label: { ...original.label, nl: "Tijdelijk label" } };
    const saved = await send("editor@example.org", "POST", "/drafts", {
      kind: "situation",
      itemId: original.code,
      item: changed,
      reason: "label",
      baseRevision: (await beheer.store.publishedVersion("situation", original.code))?.revision ?? 0,
    });
    expect(saved.status).toBe(201);
    const draft = (await saved.json()) as DraftBody;
    expect(
      (await send("second@example.org", "POST", `/drafts/${draft.id}/publish`, { version: 1 })).status,
    ).toBe(200);
    const reverted = await send("reviewer@example.org", "POST", "/revert", {
      kind: "situation",
      itemId: original.code,
      revision: before,
      reason: "terug",
    });
    expect(reverted.status).toBe(200);
    const now = (await beheer.store.loadContent()).bundle.situations.find((s) => s.code === original.code);
    expect(now).toEqual(original);
  });

  it("answers a publish 200 with its revision even when this instance cannot reload the content at once", async () => {
    const draft = (await (
      await saveNew("editor@example.org", pipaWithSummary("Later zichtbaar."))
    ).json()) as DraftBody;
    const refresh = beheer.holder.refresh;
    const failing: typeof refresh = () => Promise.reject(new Error("database gone"));
    (beheer.holder as { refresh: typeof refresh }).refresh = failing;
    try {
      const published = await send("second@example.org", "POST", `/drafts/${draft.id}/publish`, {
        version: 1,
      });
      expect(published.status).toBe(200);
      expect(await published.json()).toEqual({ revision: await currentRevision() });
      expect(beheer.rawLogs.some((line) => line.includes("content reload after publishing failed"))).toBe(
        true,
      );
    } finally {
      (beheer.holder as { refresh: typeof refresh }).refresh = refresh;
    }
  });

  it("needs the session's CSRF token with the cookie, and changes nothing without it", async () => {
    const { session } = await logInThroughForm(beheer.app, "editor@example.org");
    const body = JSON.stringify({
      kind: "intervention",
      itemId: "pipa",
      item: pipaWithSummary("Via de cookie."),
      reason: "test",
      baseRevision: await currentRevision(),
    });
    const headers = { Cookie: `hw_beheer=${session}`, "Content-Type": "application/json" };
    const without = await api.request("/api/v1/admin/drafts", { method: "POST", headers, body });
    expect(without.status).toBe(403);
    expect(await beheer.store.drafts.openFor("intervention", "pipa")).toBeUndefined();
    const withToken = await api.request("/api/v1/admin/drafts", {
      method: "POST",
      headers: { ...headers, "X-CSRF-Token": csrfTokenFor(session ?? "") },
      body,
    });
    expect(withToken.status).toBe(201);
  });
});

describe("an installation that allows self-publishing (ALLOW_SELF_PUBLISH)", () => {
  it("lets the reviewer who saved the draft publish it", async () => {
    const beheer = await createBeheerApp(dialect, { allowSelfPublish: true });
    try {
      await beheer.addAccount("solo@example.org", "reviewer");
      const [solo] = await beheer.curation.listCurators();
      if (!solo) throw new Error("no account");
      const made = await beheer.curation.tokens.make(solo, "test", { email: "cli", address: "cli" });
      if (!made.ok) throw new Error("no token");
      const headers = { Authorization: `Bearer ${made.token}`, "Content-Type": "application/json" };
      const { bundle } = await beheer.store.loadContent();
      const pipa = structuredClone(bundle.interventions.find((i) => i.id === "pipa") as Intervention);
      pipa.summary.professionals.nl = "Alleen gedaan.";
      const saved = await beheer.app.request("/api/v1/admin/drafts", {
        method: "POST",
        headers,
        body: JSON.stringify({
          kind: "intervention",
          itemId: "pipa",
          item: pipa,
          reason: "test",
          baseRevision: 1,
        }),
      });
      const { id } = (await saved.json()) as DraftBody;
      const published = await beheer.app.request(`/api/v1/admin/drafts/${id}/publish`, {
        method: "POST",
        headers,
        body: JSON.stringify({ version: 1 }),
      });
      expect(published.status).toBe(200);
    } finally {
      await beheer.close();
    }
  });
});
