import type { Hono } from "hono";
import { createApp } from "../../src/app.js";
import { type CatalogHolder, createCatalogHolder } from "../../src/catalog/catalog-holder.js";
import { ensureContent } from "../../src/catalog/first-import.js";
import { type AppConfig, testConfig } from "../../src/config.js";
import { Curation } from "../../src/curation/curation.js";
import type { Store } from "../../src/db/store.js";
import type { CuratorRole } from "../../src/domain/accounts.js";
import { createLogger } from "../../src/lib/logger.js";
import type { TestDatabase, TestDialect } from "../db/dialects.js";

export const PASSWORD = "een lang genoeg wachtwoord";

/** The whole app on a fresh database, log-ins answered without the delay of a refusal. */
export interface BeheerApp {
  readonly app: Hono;
  readonly store: Store;
  readonly holder: CatalogHolder;
  readonly curation: Curation;
  readonly database: TestDatabase;
  /** Every log line the app wrote. */
  readonly rawLogs: string[];
  addAccount(email: string, role: CuratorRole): Promise<void>;
  close(): Promise<void>;
}

export async function createBeheerApp(
  dialect: TestDialect,
  config: Partial<AppConfig> = {},
): Promise<BeheerApp> {
  const database = await dialect.create();
  const store = await database.open();
  await ensureContent(store);
  const holder = await createCatalogHolder(store);
  const curation = new Curation({ accounts: store.accounts, failureDelayMs: 0 });
  const rawLogs: string[] = [];
  const app = createApp({
    store,
    holder,
    curation,
    logger: createLogger("debug", (line) => rawLogs.push(line)),
    config: testConfig({ ratePostsPerMinute: 100_000, ...config }),
  });
  return {
    app,
    store,
    holder,
    curation,
    database,
    rawLogs,
    async addAccount(email, role) {
      const result = await curation.addCurator(
        { email, role, password: PASSWORD, displayName: "" },
        { email: "cli", address: "cli" },
      );
      if (!result.ok) throw new Error(`could not add ${email}`);
    },
    async close() {
      holder.close();
      await database.drop();
    },
  };
}

/** The value of one cookie set by an answer: the last Set-Cookie of that name, as a browser keeps it. */
export function setCookieValue(response: Response, name: string): string | undefined {
  let found: string | undefined;
  for (const cookie of response.headers.getSetCookie()) {
    const [pair] = cookie.split(";");
    const [key, ...value] = (pair ?? "").split("=");
    if (key?.trim() === name) found = value.join("=");
  }
  return found || undefined;
}

/** The hidden CSRF field of the first form on a page. */
export function csrfField(html: string): string {
  return /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? "";
}

/** A form body. */
export function form(fields: Record<string, string>): RequestInit {
  return {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  };
}

/** Adds a Cookie header to a request. */
export function withCookie(init: RequestInit, cookie: string): RequestInit {
  return { ...init, headers: { ...(init.headers as Record<string, string>), Cookie: cookie } };
}

/**
 * Logs in through the form as a browser would: the form's double-submit cookie and
 * field, then the POST. Resolves with the answer and the session cookie it set.
 */
export async function logInThroughForm(
  app: Hono,
  email: string,
  password = PASSWORD,
  extra: { cookie?: string; headers?: Record<string, string>; base?: string } = {},
): Promise<{ response: Response; session: string | undefined }> {
  const base = extra.base ?? "http://localhost";
  const formPage = await app.request(`${base}/beheer/inloggen`, { headers: extra.headers ?? {} });
  const csrfCookie = setCookieValue(formPage, "hw_csrf") ?? "";
  const token = csrfField(await formPage.text());
  const cookies = [`hw_csrf=${csrfCookie}`, ...(extra.cookie ? [extra.cookie] : [])].join("; ");
  const request = withCookie(form({ csrf: token, email, password }), cookies);
  const response = await app.request(`${base}/beheer/inloggen`, {
    ...request,
    headers: { ...(request.headers as Record<string, string>), ...(extra.headers ?? {}) },
  });
  return { response, session: setCookieValue(response, "hw_beheer") };
}
