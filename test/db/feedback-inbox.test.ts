import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../src/db/index.js";
import { retentionCutoff } from "../../src/domain/feedback-inbox.js";
import { DIALECTS, type TestDatabase } from "./dialects.js";

for (const dialect of DIALECTS) {
  describe(`the feedback inbox on ${dialect.name}`, () => {
    let database: TestDatabase;
    let store: Store;
    beforeAll(async () => {
      database = await dialect.create();
      store = await database.open();
      await store.migrate();
    });
    afterAll(async () => {
      await database.drop();
    });

    it("starts a new message as new, without note, revision or erasure", async () => {
      const { id } = await store.addFeedback({
        about: "/",
        message: "Fijn",
        name: "Anna",
        email: "a@example.org",
      });
      expect(await store.feedbackInbox.getInboxItem(id)).toMatchObject({
        id,
        status: "new",
        note: undefined,
        handledRevision: undefined,
        updatedAt: undefined,
        erasedAt: undefined,
        name: "Anna",
        email: "a@example.org",
      });
    });

    it("lists newest first, filtered by status and by what it is about, a page at a time", async () => {
      const ids: string[] = [];
      for (const about of ["/keuzehulp", "pipa", "/keuzehulp"]) {
        ids.push((await store.addFeedback({ about, message: `over ${about}` })).id);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const [first, second, third] = ids;
      const inbox = store.feedbackInbox;
      const newest = await inbox.listInbox({ limit: 2, offset: 0 });
      expect(newest.map((item) => item.id)).toEqual([third, second]);
      const about = await inbox.listInbox({ about: "/keuzehulp", limit: 10, offset: 0 });
      expect(about.map((item) => item.id)).toEqual([third, first]);
      expect(await inbox.changeInboxItem(second ?? "", { status: "done" }, new Date().toISOString())).toBe(
        true,
      );
      const done = await inbox.listInbox({ status: "done", limit: 10, offset: 0 });
      expect(done.map((item) => item.id)).toEqual([second]);
      expect(await inbox.listFeedbackAbouts()).toEqual(["/", "/keuzehulp", "pipa"]);
      // An intervention's page path and its id are the same thing to filter on.
      const byPage = (await store.addFeedback({ about: "/interventies/pipa", message: "via de pagina" })).id;
      const pipa = await inbox.listInbox({ about: "pipa", limit: 10, offset: 0 });
      expect(pipa.map((item) => item.id)).toEqual([byPage, second]);
      const viaPath = await inbox.listInbox({ about: "/interventies/pipa", limit: 10, offset: 0 });
      expect(viaPath.map((item) => item.id)).toEqual([byPage, second]);
    });

    it("keeps a note and a revision, removes them again, and stamps the change", async () => {
      const { id } = await store.addFeedback({ about: "/", message: "Notitie" });
      const inbox = store.feedbackInbox;
      const at = "2026-12-01T10:00:00.000Z";
      await inbox.changeInboxItem(id, { note: "Gebeld", handledRevision: 1, status: "in-progress" }, at);
      expect(await inbox.getInboxItem(id)).toMatchObject({
        note: "Gebeld",
        handledRevision: 1,
        status: "in-progress",
        updatedAt: at,
      });
      await inbox.changeInboxItem(id, { note: "", handledRevision: null }, at);
      expect(await inbox.getInboxItem(id)).toMatchObject({ note: undefined, handledRevision: undefined });
      expect(await inbox.changeInboxItem("00000000-0000-4000-8000-000000000000", { note: "x" }, at)).toBe(
        false,
      );
    });

    it("erases name and e-mail of exactly the messages sent before the cut-off, once", async () => {
      const other = await dialect.create();
      try {
        const fresh = await other.open();
        await fresh.migrate();
        const old = await fresh.addFeedback({
          about: "/",
          message: "oud",
          name: "Oud",
          email: "o@example.org",
          role: "parent",
        });
        const anonymous = await fresh.addFeedback({ about: "/", message: "zonder naam" });
        const cutoff = new Date(Date.now() + 60_000).toISOString();
        await new Promise((resolve) => setTimeout(resolve, 5));
        const at = new Date().toISOString();
        // Two instances at once: each message is erased once in all.
        const counts = await Promise.all([
          fresh.feedbackInbox.eraseFeedbackContacts(cutoff, at),
          (await other.open()).feedbackInbox.eraseFeedbackContacts(cutoff, at),
        ]);
        expect(counts[0] + counts[1]).toBe(1);
        expect(await fresh.feedbackInbox.eraseFeedbackContacts(cutoff, at)).toBe(0);
        const erased = await fresh.feedbackInbox.getInboxItem(old.id);
        expect(erased).toMatchObject({ message: "oud", role: "parent", erasedAt: at });
        expect(erased?.name).toBeUndefined();
        expect(erased?.email).toBeUndefined();
        expect((await fresh.feedbackInbox.getInboxItem(anonymous.id))?.erasedAt).toBeUndefined();
        // A message sent after the cut-off keeps its name.
        const recent = await fresh.addFeedback({ about: "/", message: "nieuw", name: "Nieuw" });
        expect(await fresh.feedbackInbox.eraseFeedbackContacts(old.createdAt, at)).toBe(0);
        expect((await fresh.feedbackInbox.getInboxItem(recent.id))?.name).toBe("Nieuw");
      } finally {
        await other.drop();
      }
    });

    it("lists the content revisions newest first", async () => {
      expect(await store.feedbackInbox.listRevisions()).toEqual([]);
    });
  });
}

describe("the retention cut-off", () => {
  it("lies the given number of calendar months back", () => {
    expect(retentionCutoff(new Date("2026-12-06T07:00:00Z"), 12).toISOString()).toBe(
      "2025-12-06T07:00:00.000Z",
    );
    expect(retentionCutoff(new Date("2026-03-15T00:00:00Z"), 3).toISOString()).toBe(
      "2025-12-15T00:00:00.000Z",
    );
  });
});
