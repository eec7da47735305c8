import { spawn } from "node:child_process";
import { join } from "node:path";
import type { Hono } from "hono";
import type { CuratorRole } from "../../../src/domain/accounts.js";
import type { EditableKind } from "../../../src/domain/drafts.js";
import { PROJECT_ROOT } from "../../../src/paths.js";
import { formValues } from "../../../src/web/pages/beheer/editor/form-values.js";
import { csrfField, logInThroughForm, PASSWORD } from "../../beheer/support.js";

/**
 * /beheer as a curator's browser uses it, over HTTP against a running server process:
 * an account made with the CLI, the log-in form, the editor's form and the publish button.
 */

/** `bin/hechtingswijzer users add`, as an operator makes an account (runs the build). */
export function addAccountWithCli(database: string, email: string, role: CuratorRole): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      join(PROJECT_ROOT, "bin", "hechtingswijzer"),
      ["users", "add", "--role", role, email, "--password-stdin", "--database", database],
      { cwd: PROJECT_ROOT, stdio: ["pipe", "ignore", "pipe"] },
    );
    let err = "";
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`users add ${email}: ${err}`))));
    child.stdin.end(`${PASSWORD}\n`);
  });
}

/** A logged-in curator on one server: the session cookie to send along. */
export interface CuratorSession {
  readonly url: string;
  readonly cookie: string;
}

/** Logs in through the form (test/beheer/support's), over HTTP; redirects are not followed, as their cookies count. */
export async function logInOverHttp(url: string, email: string): Promise<CuratorSession> {
  const overHttp = {
    request: (input: string, init?: RequestInit) => fetch(input, { ...init, redirect: "manual" }),
  };
  const { response, session } = await logInThroughForm(overHttp as unknown as Hono, email, PASSWORD, {
    base: url,
  });
  if (!session) throw new Error(`${email} could not log in: ${response.status}`);
  return { url, cookie: `hw_beheer=${session}` };
}

/** GET a /beheer page as the curator; its text and the CSRF token its forms carry. */
async function page(session: CuratorSession, path: string): Promise<{ html: string; csrf: string }> {
  const response = await fetch(`${session.url}${path}`, { headers: { Cookie: session.cookie } });
  if (response.status !== 200) throw new Error(`GET ${path}: ${response.status}`);
  const html = await response.text();
  return { html, csrf: csrfField(html) };
}

async function post(session: CuratorSession, path: string, body: URLSearchParams): Promise<Response> {
  return fetch(`${session.url}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: session.cookie },
    body: body.toString(),
    redirect: "manual",
  });
}

/**
 * Opens the editor's form of an item and posts it as a browser would: what the form was
 * filled from, the reason, then `fields` (name and value, in form order). Redirects are not followed.
 */
export async function postEditForm(
  session: CuratorSession,
  kind: EditableKind,
  itemId: string,
  fields: readonly (readonly [string, string])[],
  reason: string,
): Promise<Response> {
  const { html, csrf } = await page(session, `/beheer/inhoud/bewerken?soort=${kind}&id=${itemId}`);
  const basis = /name="basis" value="(\d+)"/.exec(html)?.[1] ?? "";
  const body = new URLSearchParams([
    ["csrf", csrf],
    ["soort", kind],
    ["onderdeel", itemId],
    ["concept", ""],
    ["versie", ""],
    ["basis", basis],
    ["reden", reason],
    ...fields.map(([name, value]) => [name, value] as [string, string]),
  ]);
  return post(session, "/beheer/inhoud/bewerken", body);
}

/**
 * Saves `item` in the editor's form as a new draft, every field as the form has it.
 * Resolves with the draft id.
 */
export async function saveDraftOverHttp(
  session: CuratorSession,
  kind: EditableKind,
  itemId: string,
  item: unknown,
  reason: string,
): Promise<string> {
  const response = await postEditForm(session, kind, itemId, formValues(kind, item), reason);
  const draftId = /[?&]id=([^&]+)/.exec(response.headers.get("location") ?? "")?.[1];
  if (response.status !== 303 || !draftId) {
    throw new Error(`saving the draft: ${response.status} ${await response.text()}`);
  }
  return draftId;
}

/** Presses "publish" on a draft's review page, at the version it shows; resolves with the answer (303 when published). */
export async function publishOverHttp(session: CuratorSession, draftId: string): Promise<Response> {
  const { html, csrf } = await page(session, `/beheer/concepten/concept?id=${draftId}`);
  const version = /name="versie" value="(\d+)"/.exec(html)?.[1] ?? "";
  return post(
    session,
    "/beheer/concepten/publiceren",
    new URLSearchParams({ csrf, id: draftId, versie: version }),
  );
}
