import { generate } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../db/dialects.js";
import { visibleText } from "../web/helpers.js";
import { type BeheerApp, createBeheerApp, csrfField, form, logInThroughForm, withCookie } from "./support.js";

const dialect = DIALECTS[0];
if (!dialect) throw new Error("no test dialect");

/** The code an authenticator app shows now for a key. */
const codeNow = (secret: string) => generate({ secret, epoch: Math.floor(Date.now() / 1000) });

describe("the second factor through the /beheer pages", () => {
  let beheer: BeheerApp;
  beforeAll(async () => {
    beheer = await createBeheerApp(dialect);
    await beheer.addAccount("reviewer@example.org", "reviewer");
    await beheer.addAccount("editor@example.org", "editor");
  });
  afterAll(async () => {
    await beheer.close();
  });

  it("enrols with a code from the key shown, then asks for a code at log-in and refuses one used before", async () => {
    const { session } = await logInThroughForm(beheer.app, "reviewer@example.org");
    const cookie = `hw_beheer=${session}`;
    const enrolPage = await (
      await beheer.app.request("/beheer/tweede-factor", withCookie({}, cookie))
    ).text();
    const secret = /name="secret" value="([A-Z2-7]+)"/.exec(enrolPage)?.[1] ?? "";
    expect(secret).toHaveLength(32);
    expect(enrolPage).toContain("otpauth://totp/");
    const wrong = await beheer.app.request(
      "/beheer/tweede-factor",
      withCookie(form({ csrf: csrfField(enrolPage), secret, code: "000000" }), cookie),
    );
    expect(wrong.status).toBe(400);
    const enrolCode = await codeNow(secret);
    const enrolled = await beheer.app.request(
      "/beheer/tweede-factor",
      withCookie(form({ csrf: csrfField(enrolPage), secret, code: enrolCode }), cookie),
    );
    expect(enrolled.status).toBe(200);
    expect(visibleText(await enrolled.text())).toContain("Tweestapsverificatie staat aan");

    // Log in again: the password alone leads to the second step, and the session opens nothing yet.
    const login = await logInThroughForm(beheer.app, "reviewer@example.org");
    expect(login.response.headers.get("location")).toBe("/beheer/tweede-stap");
    const pending = `hw_beheer=${login.session}`;
    const blocked = await beheer.app.request("/beheer", withCookie({}, pending));
    expect(blocked.status).toBe(303);
    expect(blocked.headers.get("location")).toBe("/beheer/tweede-stap");
    const stepPage = await (await beheer.app.request("/beheer/tweede-stap", withCookie({}, pending))).text();
    // The code used at enrolment, still within its time window: refused as a replay.
    const replayed = await beheer.app.request(
      "/beheer/tweede-stap",
      withCookie(form({ csrf: csrfField(stepPage), code: enrolCode }), pending),
    );
    expect(replayed.status).toBe(400);
    expect(visibleText(await replayed.text())).toContain("al gebruikt");
    expect((await beheer.app.request("/beheer", withCookie({}, pending))).status).toBe(303);
  });

  it("keeps an editor from turning it on (403)", async () => {
    const { session } = await logInThroughForm(beheer.app, "editor@example.org");
    const response = await beheer.app.request(
      "/beheer/tweede-factor",
      withCookie({}, `hw_beheer=${session}`),
    );
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('name="secret"');
  });

  it("escapes markup typed into account fields on the accounts page and in the audit log", async () => {
    const payload = `<script>alert(1)</script>" onmouseover="alert(2)`;
    await beheer.curation.addCurator(
      {
        email: "xss@example.org",
        role: "editor",
        password: "een lang genoeg wachtwoord",
        displayName: payload,
      },
      { email: "cli", address: "cli" },
    );
    await logInThroughForm(beheer.app, `"><img src=x onerror=alert(3)>@example.org`, "wrong");
    await beheer.addAccount("admin@example.org", "admin");
    const { session } = await logInThroughForm(beheer.app, "admin@example.org");
    for (const path of ["/beheer/accounts", "/beheer/audit"]) {
      const html = await (await beheer.app.request(path, withCookie({}, `hw_beheer=${session}`))).text();
      expect(html).not.toContain("<script>alert(1)</script>");
      expect(html).not.toContain('" onmouseover="alert(2)');
      expect(html).not.toContain("<img src=x");
    }
  });
});
