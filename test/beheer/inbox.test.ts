import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FeedbackInbox } from "../../src/curation/feedback-inbox.js";
import { startFeedbackRetention } from "../../src/curation/feedback-retention.js";
import { csrfTokenFor } from "../../src/curation/tokens.js";
import { createLogger } from "../../src/lib/logger.js";
import { DIALECTS } from "../db/dialects.js";
import { type BeheerApp, createBeheerApp, form, logInThroughForm, withCookie } from "./support.js";

/*
 * The feedback inbox of issue 15: who sees what, every change in the audit log (never the
 * message, the note or the sender), CSRF, and the retention job on both dialects.
 */

const SENDER = { name: "Anna Afzender", email: "anna.afzender@example.org" };
const MESSAGE = "De leeftijd bij PIPA klopt niet";

for (const dialect of DIALECTS) {
  describe(`the feedback inbox on ${dialect.name}`, () => {
    let beheer: BeheerApp;
    const cookies: Record<string, string> = {};
    const tokens: Record<string, string> = {};
    let id = "";

    beforeAll(async () => {
      beheer = await createBeheerApp(dialect);
      for (const role of ["editor", "reviewer", "admin"] as const) {
        await beheer.addAccount(`${role}@example.org`, role);
        const { session } = await logInThroughForm(beheer.app, `${role}@example.org`);
        if (!session) throw new Error(`${role} could not log in`);
        cookies[role] = `hw_beheer=${session}`;
        tokens[role] = csrfTokenFor(session);
      }
      ({ id } = await beheer.store.addFeedback({
        about: "pipa",
        message: MESSAGE,
        role: "parent",
        ...SENDER,
      }));
      // Times are kept to the millisecond; two messages in the same one have no newer of the two.
      await new Promise((resolve) => setTimeout(resolve, 5));
      await beheer.store.addFeedback({ about: "/keuzehulp", message: "Tweede bericht" });
    });
    afterAll(async () => {
      await beheer.close();
    });

    const get = (url: string, role: string) => beheer.app.request(url, withCookie({}, cookies[role] ?? ""));
    const post = (url: string, role: string, fields: Record<string, string>) =>
      beheer.app.request(
        url,
        withCookie(form({ csrf: tokens[role] ?? "", id, ...fields }), cookies[role] ?? ""),
      );

    it("lists feedback newest first for every role, with name and e-mail for admins only", async () => {
      for (const role of ["editor", "reviewer", "admin"]) {
        for (const prefix of ["", "/en"]) {
          const response = await get(`${prefix}/beheer/reacties`, role);
          expect(response.status, role).toBe(200);
          const html = await response.text();
          expect(html).toContain(MESSAGE);
          expect(html.indexOf("Tweede bericht")).toBeLessThan(html.indexOf(MESSAGE));
          const seen = html.includes(SENDER.email) || html.includes(SENDER.name);
          expect(seen, `${role} ${prefix}`).toBe(role === "admin");
          const detail = await (await get(`${prefix}/beheer/reacties/reactie?id=${id}`, role)).text();
          expect(detail).toContain(MESSAGE);
          expect(detail.includes(SENDER.email) || detail.includes(SENDER.name), `${role} detail`).toBe(
            role === "admin",
          );
        }
      }
    });

    it("filters by status and by what the feedback is about", async () => {
      const about = await (await get("/beheer/reacties?over=%2Fkeuzehulp", "editor")).text();
      expect(about).toContain("Tweede bericht");
      expect(about).not.toContain(MESSAGE);
      // Sent from PIPA's page or about its id: one choice in the filter, and both found by it.
      await beheer.store.addFeedback({ about: "/interventies/pipa", message: "Via de pagina van PIPA" });
      const pipa = await (await get("/beheer/reacties?over=pipa", "editor")).text();
      expect(pipa).toContain(MESSAGE);
      expect(pipa).toContain("Via de pagina van PIPA");
      expect(pipa.match(/<option value="pipa"/g)).toHaveLength(1);
      expect(pipa).not.toContain('<option value="/interventies/pipa"');
      const done = await (await get("/beheer/reacties?status=done", "editor")).text();
      expect(done).not.toContain(MESSAGE);
      expect(done).not.toContain("Tweede bericht");
    });

    it("exports CSV with a BOM, name and e-mail columns for admins only", async () => {
      for (const role of ["editor", "reviewer", "admin"]) {
        const response = await get("/beheer/reacties.csv", role);
        expect(response.status).toBe(200);
        expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
        expect(response.headers.get("cache-control")).toBe("no-store");
        const bytes = new Uint8Array(await response.arrayBuffer());
        expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const csv = new TextDecoder().decode(bytes).slice(1);
        const header = csv.split("\r\n")[0] ?? "";
        expect(header.split(",").includes("email"), role).toBe(role === "admin");
        expect(csv.includes(SENDER.email) || csv.includes(SENDER.name), role).toBe(role === "admin");
        expect(csv).toContain(MESSAGE);
      }
      const filtered = await (await get("/beheer/reacties.csv?over=%2Fkeuzehulp", "admin")).text();
      expect(filtered).not.toContain(MESSAGE);
    });

    it("changes the status and writes who, what and from where to the audit log, not the message or sender", async () => {
      const response = await post("/beheer/reacties/status", "editor", { status: "in-progress" });
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toBe(`/beheer/reacties/reactie?id=${id}&opgeslagen=status`);
      expect((await beheer.store.feedbackInbox.getInboxItem(id))?.status).toBe("in-progress");
      const [latest] = await beheer.curation.auditLog({ limit: 1, offset: 0 });
      expect(latest).toMatchObject({
        action: "feedback.status",
        actor: "editor@example.org",
        subject: id,
        detail: { from: "new", to: "in-progress" },
      });
      expect(latest?.address).not.toBe("");
      const page = await (await get(`/beheer/reacties/reactie?id=${id}&opgeslagen=status`, "editor")).text();
      expect(page).toContain('role="status"');
    });

    it("keeps a note and links a revision, with audit lines that copy neither", async () => {
      const note = "Anna teruggebeld op 06-12345678";
      expect((await post("/beheer/reacties/notitie", "reviewer", { note })).status).toBe(303);
      expect((await post("/beheer/reacties/revisie", "reviewer", { revision: "1" })).status).toBe(303);
      expect(await beheer.store.feedbackInbox.getInboxItem(id)).toMatchObject({ note, handledRevision: 1 });
      const unknown = await post("/beheer/reacties/revisie", "reviewer", { revision: "999" });
      expect(unknown.status).toBe(400);
      expect(await unknown.text()).toContain("utrecht-form-field--invalid");
      expect((await beheer.store.feedbackInbox.getInboxItem(id))?.handledRevision).toBe(1);
      const tooLong = await post("/beheer/reacties/notitie", "reviewer", { note: "x".repeat(5001) });
      expect(tooLong.status).toBe(400);
      const audit = await beheer.curation.auditLog({ limit: 1000, offset: 0 });
      const text = JSON.stringify(audit);
      for (const secret of [note, MESSAGE, SENDER.name, SENDER.email]) expect(text).not.toContain(secret);
      expect(audit.filter((entry) => entry.subject === id).map((entry) => entry.action)).toEqual([
        "feedback.revision",
        "feedback.note",
        "feedback.status",
      ]);
    });

    it("refuses every change without the session's CSRF token and changes nothing", async () => {
      const before = await beheer.store.feedbackInbox.getInboxItem(id);
      const auditBefore = await beheer.curation.auditLog({ limit: 1000, offset: 0 });
      const changes: [string, Record<string, string>][] = [
        ["/beheer/reacties/status", { status: "done" }],
        ["/beheer/reacties/notitie", { note: "vervalst" }],
        ["/beheer/reacties/revisie", { revision: "" }],
      ];
      for (const [url, fields] of changes) {
        for (const csrf of [undefined, "wrong", tokens.editor ?? ""]) {
          const body: Record<string, string> = { id, ...fields, ...(csrf !== undefined && { csrf }) };
          const response = await beheer.app.request(url, withCookie(form(body), cookies.admin ?? ""));
          expect(response.status, `${url} ${csrf}`).toBe(403);
        }
      }
      expect(await beheer.store.feedbackInbox.getInboxItem(id)).toEqual(before);
      expect(await beheer.curation.auditLog({ limit: 1000, offset: 0 })).toEqual(auditBefore);
    });

    it("answers 404 for a message that does not exist", async () => {
      expect((await get("/beheer/reacties/reactie?id=nope", "admin")).status).toBe(404);
      const missing = "00000000-0000-4000-8000-000000000000";
      const response = await beheer.app.request(
        "/beheer/reacties/status",
        withCookie(form({ csrf: tokens.admin ?? "", id: missing, status: "done" }), cookies.admin ?? ""),
      );
      expect(response.status).toBe(404);
    });

    it("never shows feedback on the public site", async () => {
      for (const url of ["/interventies/pipa", "/reageer?over=pipa", "/", "/en/interventions/pipa"]) {
        const html = await (await beheer.app.request(url)).text();
        expect(html, url).not.toContain(MESSAGE);
        expect(html, url).not.toContain("teruggebeld");
      }
      expect((await beheer.app.request("/api/v1/feedback")).status).toBe(405);
    });

    it("erases exactly the old messages' name and e-mail once their retention is over, logging the count only", async () => {
      const store = beheer.store;
      const recent = await store.addFeedback({
        about: "/",
        message: "recent",
        name: "Recent",
        email: "r@example.org",
      });
      // Thirteen months from now, the messages made so far are older than twelve months.
      const later = new Date(Date.now() + 13 * 31 * 24 * 60 * 60 * 1000);
      const lines: string[] = [];
      const oldIds = [id];
      const inbox = new FeedbackInbox(store.feedbackInbox, store.accounts, () => later);
      const stop = startFeedbackRetention({
        inbox,
        months: 12,
        logger: createLogger("info", (line) => lines.push(line)),
      });
      await stop();
      for (const old of [...oldIds, recent.id]) {
        const item = await store.feedbackInbox.getInboxItem(old);
        expect(item?.name).toBeUndefined();
        expect(item?.email).toBeUndefined();
        expect(item?.erasedAt).toBe(later.toISOString());
        expect(item?.message).toBeDefined();
      }
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0] ?? "{}")).toMatchObject({
        msg: "feedback contact details erased",
        count: 2,
      });
      const [latest] = await beheer.curation.auditLog({ limit: 1, offset: 0 });
      expect(latest).toMatchObject({ action: "feedback.erase", actor: "system", subject: "feedback" });
      expect(latest?.detail.count).toBe(2);
      expect(JSON.stringify(latest)).not.toMatch(/Anna|Recent|example\.org/);
      // A second run, on this or another instance, finds nothing and writes nothing.
      expect(await inbox.eraseExpiredContacts(12)).toBe(0);
      expect((await beheer.curation.auditLog({ limit: 1, offset: 0 }))[0]?.id).toBe(latest?.id);
      // Today, a twelve-month period erases nothing new.
      const fresh = await store.addFeedback({ about: "/", message: "vandaag", name: "Vandaag" });
      await new FeedbackInbox(store.feedbackInbox, store.accounts).eraseExpiredContacts(12);
      expect((await store.feedbackInbox.getInboxItem(fresh.id))?.name).toBe("Vandaag");
      const page = await (await get(`/beheer/reacties/reactie?id=${id}`, "admin")).text();
      expect(page).toMatch(/gewist op \d{4}-\d{2}-\d{2}/);
    });
  });
}

describe("the privacy statement", () => {
  it("names the configured retention period", async () => {
    const [sqlite] = DIALECTS;
    if (!sqlite) throw new Error("no test dialect");
    const beheer = await createBeheerApp(sqlite, { feedbackRetentionMonths: 6 });
    try {
      expect(await (await beheer.app.request("/privacy")).text()).toContain(
        "wissen we 6 maanden na uw reactie",
      );
      expect(await (await beheer.app.request("/en/privacy")).text()).toContain(
        "6 months after your feedback",
      );
    } finally {
      await beheer.close();
    }
  });
});
