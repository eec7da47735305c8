import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Curation } from "../../src/curation/curation.js";
import { openStore } from "../../src/db/index.js";
import { DIALECTS, type TestDatabase } from "../db/dialects.js";
import { runCliCaptured } from "./support/run-cli.js";

const PASSWORD = "een wachtwoord van lengte";

for (const dialect of DIALECTS) {
  describe(`hechtingswijzer users on ${dialect.name}`, () => {
    let database: TestDatabase;
    const users = (args: string[], stdin?: string) =>
      runCliCaptured(
        ["users", ...args, "--database", database.cliDatabase],
        stdin === undefined ? {} : { stdin },
      );
    beforeEach(async () => {
      database = await dialect.create();
    });
    afterEach(async () => {
      await database.drop();
    });

    it("adds the first admin with the password from stdin, hashed with argon2id, who can then log in", async () => {
      const added = await users(
        ["add", "--role", "admin", "Admin@Example.org", "--password-stdin"],
        `${PASSWORD}\n`,
      );
      expect(added).toMatchObject({ code: 0, stderr: "" });
      expect(added.stdout).toBe("Account admin@example.org toegevoegd met rol admin.\n");
      expect(added.stdout).not.toContain(PASSWORD);

      const store = await database.open();
      const stored = await store.accounts.findCuratorByEmail("admin@example.org");
      expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
      const curation = new Curation({ accounts: store.accounts, failureDelayMs: 0 });
      const login = await curation.logIn({ email: "admin@example.org", password: PASSWORD, address: "test" });
      expect(login.outcome).toBe("signed-in");
      const audit = await store.accounts.listAudit({ limit: 10, offset: 0 });
      expect(audit.find((e) => e.action === "account.create")).toMatchObject({
        actor: "cli",
        subject: "admin@example.org",
        address: "cli",
        detail: { role: "admin" },
      });

      const list = await users(["list"]);
      expect(list.stdout).toBe("admin@example.org\tadmin\tadmin@example.org\n");
    });

    it("exits 2 naming the field for a missing role, a bad e-mail address, a short password or a taken address", async () => {
      const noRole = await users(["add", "a@example.org", "--password-stdin"], PASSWORD);
      expect(noRole.code).toBe(2);
      expect(noRole.stderr).toContain("hechtingswijzer users: role: ");

      const badRole = await users(["add", "--role", "boss", "a@example.org", "--password-stdin"], PASSWORD);
      expect(badRole.code).toBe(2);
      // The role is typed as its code, so the message names the codes.
      expect(badRole.stderr).toContain("hechtingswijzer users: role: kies editor, reviewer of admin");

      const badEmail = await users(
        ["add", "--role", "editor", "not-an-address", "--password-stdin"],
        PASSWORD,
      );
      expect(badEmail.code).toBe(2);
      expect(badEmail.stderr).toContain("hechtingswijzer users: email: ");

      const short = await users(["add", "--role", "editor", "a@example.org", "--password-stdin"], "kort\n");
      expect(short.code).toBe(2);
      expect(short.stderr).toContain(
        "hechtingswijzer users: password: Het wachtwoord moet minstens 12 tekens hebben.",
      );

      const empty = await users(["add", "--role", "editor", "a@example.org", "--password-stdin"], "");
      expect(empty.code).toBe(2);
      expect(empty.stderr).toContain("password: ");

      expect(
        (await users(["add", "--role", "editor", "a@example.org", "--password-stdin"], PASSWORD)).code,
      ).toBe(0);
      const taken = await users(["add", "--role", "admin", "A@example.org", "--password-stdin"], PASSWORD);
      expect(taken.code).toBe(2);
      expect(taken.stderr).toContain("email: Er is al een account met dit e-mailadres.");
    });

    it("never takes a default password: without a terminal it asks for --password-stdin (English with --lang en)", async () => {
      const result = await users(["add", "--role", "admin", "b@example.org", "--lang", "en"]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        "hechtingswijzer users: password: no terminal to ask for the password; use --password-stdin",
      );
      const store = await database.open();
      await store.migrate();
      expect(await store.accounts.listCurators()).toEqual([]);
    });
  });
}

describe("hechtingswijzer users without --database", () => {
  it("works on the server's SQLITE_FILE, so the server sees the account it made", async () => {
    const dir = await mkdtemp(join(tmpdir(), "hw-users-env-"));
    try {
      const env = { SQLITE_FILE: join(dir, "server.sqlite") };
      const added = await runCliCaptured(
        ["users", "add", "--role", "admin", "a@example.org", "--password-stdin"],
        {
          stdin: `${PASSWORD}\n`,
          env,
        },
      );
      expect(added.code).toBe(0);
      const store = await openStore({ sqliteFile: env.SQLITE_FILE });
      try {
        expect((await store.accounts.listCurators()).map((curator) => curator.email)).toEqual([
          "a@example.org",
        ]);
      } finally {
        await store.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
