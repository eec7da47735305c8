import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_CONTENT_DIR } from "../../src/catalog/load-catalog.js";
import { DIALECTS, type TestDatabase } from "../db/dialects.js";
import { runCliCaptured } from "./support/run-cli.js";

const cli = (...args: string[]) => runCliCaptured(args);

/** Every file below a folder, by relative path, with its bytes. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(dir, path)] = (await readFile(path)).toString("base64");
  }
  return files;
}

for (const dialect of DIALECTS) {
  describe(`hechtingswijzer db on ${dialect.name}`, () => {
    let database: TestDatabase;
    let work: string;
    const db = () => ["--database", database.cliDatabase];
    beforeEach(async () => {
      database = await dialect.create();
      work = await mkdtemp(join(tmpdir(), "hw-cli-db-"));
    });
    afterEach(async () => {
      await database.drop();
      await rm(work, { recursive: true, force: true });
    });

    it("export → import → export gives byte-identical files and no new revision", async () => {
      expect((await cli("db", "import", DEFAULT_CONTENT_DIR, ...db())).code).toBe(0);
      const first = await cli("db", "export", join(work, "a"), ...db());
      expect(first.code).toBe(0);
      expect(first.stdout).toContain("Revisie 1");

      const again = await cli("db", "import", join(work, "a"), ...db());
      expect(again.code).toBe(0);
      expect(again.stdout).toContain("Ongewijzigd");

      expect((await cli("db", "export", join(work, "b"), ...db())).code).toBe(0);
      const a = await snapshot(join(work, "a"));
      expect(Object.keys(a)).toContain("interventions/pipa.yaml");
      expect(Object.keys(a)).toContain("situations.yaml");
      expect(await snapshot(join(work, "b"))).toEqual(a);
    });

    it("imports an edited folder as a new revision with author and reason", async () => {
      await cli("db", "import", DEFAULT_CONTENT_DIR, ...db());
      await cli("db", "export", work, ...db());
      const file = join(work, "interventions", "pipa.yaml");
      await writeFile(
        file,
        (await readFile(file, "utf8")).replace("name: PIPA", "name: PIPA (nieuw)"),
        "utf8",
      );

      const result = await cli("db", "import", work, "--author", "Joke", "--reason", "naam", ...db());
      expect(result).toMatchObject({ code: 0, stderr: "" });
      expect(result.stdout).toContain("Revisie 2");
      const store = await database.open();
      const history = await store.itemHistory("intervention", "pipa");
      expect(history.map((v) => [v.revision, v.author, v.reason, v.item?.name])).toEqual([
        [1, "cli", "import via de opdrachtregel", "PIPA"],
        [2, "Joke", "naam", "PIPA (nieuw)"],
      ]);
    });

    it("refuses an invalid folder with exit 2, names the problem and stores nothing", async () => {
      await cp(DEFAULT_CONTENT_DIR, work, { recursive: true });
      const file = join(work, "interventions", "pipa.yaml");
      await writeFile(file, (await readFile(file, "utf8")).replace(/^name: .*$/m, ""), "utf8");

      const result = await cli("db", "import", work, ...db());
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("interventions/pipa.yaml: name");
      const store = await database.open();
      await store.migrate();
      expect(await store.currentRevision()).toBe(0);
    });

    it("migrates down one step and up again", async () => {
      expect((await cli("db", "migrate", ...db())).code).toBe(0);
      const down = await cli("db", "migrate", "--down", ...db());
      expect(down).toMatchObject({ code: 0 });
      expect(down.stdout).toContain("006-audit-sequence");
      expect((await cli("db", "migrate", "--down", ...db())).stdout).toContain("005-drafts");
      expect((await cli("db", "migrate", "--down", ...db())).stdout).toContain("004-tokens");
      expect((await cli("db", "migrate", "--down", ...db())).stdout).toContain("003-inbox");
      expect((await cli("db", "migrate", "--down", ...db())).stdout).toContain("002-accounts");
      expect((await cli("db", "migrate", "--down", ...db())).stdout).toContain("001-initial");
      expect((await cli("db", "migrate", "--down", ...db())).stdout).toContain("geen migratie");
      expect((await cli("db", "migrate", ...db())).code).toBe(0);
    });
  });
}

/** Replaces one line of a content file in place (a curator's edit between two imports). */
async function editFile(path: string, from: string | RegExp, to: string): Promise<void> {
  const text = await readFile(path, "utf8");
  const edited = text.replace(from, to);
  if (edited === text) throw new Error(`${String(from)} is not in ${path}`);
  await writeFile(path, edited, "utf8");
}

const sqliteDialect = DIALECTS.find((d) => d.name === "sqlite");

describe("hechtingswijzer db export --revision (SQLite)", () => {
  const databases: TestDatabase[] = [];
  let work: string;
  const fresh = async () => {
    if (!sqliteDialect) throw new Error("SQLite always runs");
    const database = await sqliteDialect.create();
    databases.push(database);
    return ["--database", database.cliDatabase];
  };
  beforeEach(async () => {
    work = await mkdtemp(join(tmpdir(), "hw-cli-revision-"));
  });
  afterEach(async () => {
    for (const database of databases.splice(0)) await database.drop();
    await rm(work, { recursive: true, force: true });
  });

  it("writes every revision so that importing it elsewhere and exporting again gives the same bytes", async () => {
    const db = await fresh();
    const edits = join(work, "edits");
    await cp(DEFAULT_CONTENT_DIR, edits, { recursive: true });
    expect((await cli("db", "import", edits, ...db)).code).toBe(0);
    await editFile(join(edits, "interventions", "pipa.yaml"), "name: PIPA", "name: PIPA (tweede)");
    expect((await cli("db", "import", edits, "--reason", "naam", ...db)).stdout).toContain("Revisie 2");
    await editFile(join(edits, "interventions", "pipa.yaml"), "name: PIPA (tweede)", "name: PIPA (derde)");
    await rm(join(edits, "interventions", "theraplay.yaml"));
    expect((await cli("db", "import", edits, "--reason", "weg", ...db)).stdout).toContain("Revisie 3");

    const names: string[] = [];
    for (const revision of [1, 2, 3]) {
      const exported = join(work, `revision-${revision}`);
      const result = await cli("db", "export", exported, "--revision", String(revision), ...db);
      expect(result).toMatchObject({ code: 0, stderr: "" });
      expect(result.stdout).toContain(`Revisie ${revision} geschreven`);

      const elsewhere = await fresh();
      expect((await cli("db", "import", exported, ...elsewhere)).code).toBe(0);
      const again = join(work, `again-${revision}`);
      expect((await cli("db", "export", again, ...elsewhere)).code).toBe(0);
      const files = await snapshot(exported);
      expect(await snapshot(again)).toEqual(files);
      names.push(Buffer.from(files["interventions/pipa.yaml"] ?? "", "base64").toString("utf8"));
      expect(Object.keys(files).includes("interventions/theraplay.yaml")).toBe(revision < 3);
    }
    expect(names.map((text) => /^name: (.*)$/m.exec(text)?.[1])).toEqual([
      "PIPA",
      "PIPA (tweede)",
      "PIPA (derde)",
    ]);

    expect((await cli("db", "export", join(work, "current"), ...db)).code).toBe(0);
    expect(await snapshot(join(work, "current"))).toEqual(await snapshot(join(work, "revision-3")));
  });

  it.each([
    [["9"], "revisie 9 bestaat niet; kies 1 tot en met 1"],
    [["0"], "revisie 0 bestaat niet"],
    [["twee"], '--revision: "twee" is geen revisienummer'],
    [["-1"], "--revision"],
    [["2", "--lang", "en"], "there is no revision 2; choose 1 to 1"],
    [["1.5", "--lang", "en"], '--revision: "1.5" is not a revision number'],
  ])("--revision %j exits 2 and names --revision", async (args, message) => {
    const db = await fresh();
    expect((await cli("db", "import", DEFAULT_CONTENT_DIR, ...db)).code).toBe(0);
    const result = await cli("db", "export", join(work, "out"), "--revision", ...args, ...db);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it("refuses a revision of an empty database with exit 2", async () => {
    const result = await cli("db", "export", join(work, "out"), "--revision", "1", ...(await fresh()));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--revision: revisie 1 bestaat niet; de database bevat nog geen inhoud");
  });
});

describe("hechtingswijzer db usage", () => {
  it.each([
    [["db"], "geef een opdracht"],
    [["db", "export"], "export verwacht één MAP"],
    [["db", "import", "a", "b"], "import verwacht één MAP"],
    [["db", "migrate", "--sideways"], "--sideways"],
    [["db", "export", "x", "--down"], "--down hoort bij migrate"],
    [["db", "import", "x", "--revision", "1"], "--revision hoort bij export"],
    [["db", "verplaats"], 'onbekende opdracht "verplaats"'],
  ])("%j exits 2 and says why", async (args, message) => {
    const result = await cli(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it("reports an unreachable database with exit 1, without a stack trace", async () => {
    const result = await cli("db", "migrate", "--database", "postgres://hw:hw@127.0.0.1:1/hw");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("niet bereikbaar");
    expect(result.stderr).not.toContain("    at ");
  });
});
