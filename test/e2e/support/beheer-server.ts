import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { Curation } from "../../../src/curation/curation.js";
import { openStore } from "../../../src/db/index.js";
import type { CuratorRole } from "../../../src/domain/accounts.js";
import { startTestServer, type TestServer } from "./server.js";

export const BEHEER_PASSWORD = "een lang genoeg wachtwoord";

/**
 * A server on a fresh SQLite file in a new temporary folder, with the first admin
 * (admin@example.org) made as `users add` makes it, for the /beheer browser tests;
 * `others`: more curators, with the same password.
 */
export async function startBeheerServer(
  name: string,
  others: readonly { email: string; role: CuratorRole }[] = [],
): Promise<{ dir: string; server: TestServer }> {
  const dir = mkdtempSync(join(tmpdir(), `hw-e2e-${name}-`));
  const sqliteFile = join(dir, `${name}.sqlite`);
  const store = await openStore({ sqliteFile });
  await store.migrate();
  const curation = new Curation({ accounts: store.accounts });
  const cli = { email: "cli", address: "cli" };
  await curation.addCurator(
    { email: "admin@example.org", role: "admin", password: BEHEER_PASSWORD, displayName: "Anna Admin" },
    cli,
  );
  for (const { email, role } of others) {
    await curation.addCurator({ email, role, password: BEHEER_PASSWORD, displayName: "" }, cli);
  }
  await store.close();
  return { dir, server: await startTestServer({ SQLITE_FILE: sqliteFile }) };
}

/** Logs in through the form as a curator does, and waits for the start page. */
export async function logInToBeheer(
  tab: Page,
  baseUrl: string,
  email = "admin@example.org",
  password = BEHEER_PASSWORD,
): Promise<void> {
  await tab.goto(`${baseUrl}/beheer/inloggen`);
  await tab.getByLabel("E-mailadres").fill(email);
  await tab.getByLabel("Wachtwoord").fill(password);
  await tab.getByRole("button", { name: "Inloggen" }).click();
  await tab.waitForURL(`${baseUrl}/beheer`);
}
