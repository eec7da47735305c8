import { chmod, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStore } from "../../src/db/index.js";

/** The permission bits of a path, as an octal string ("600"). */
async function modeOf(path: string): Promise<string> {
  return ((await stat(path)).mode & 0o777).toString(8);
}

// The database holds feedback with names and e-mail addresses: no other user on the machine may read it.
describe.skipIf(process.platform === "win32")("SQLite file modes", () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), "hw-modes-"));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("creates the folder for the owner only (0700) and the file, its WAL and shared memory 0600", async () => {
    const folder = join(root, "data", "nested");
    const file = join(folder, "hw.sqlite");
    const store = await openStore({ sqliteFile: file });
    try {
      await store.migrate();
      expect(await modeOf(join(root, "data"))).toBe("700");
      expect(await modeOf(folder)).toBe("700");
      expect(await modeOf(file)).toBe("600");
      expect(await modeOf(`${file}-wal`)).toBe("600");
      expect(await modeOf(`${file}-shm`)).toBe("600");
    } finally {
      await store.close();
    }
  });

  it("makes a file left readable by an older version owner-only when opened", async () => {
    const file = join(root, "hw.sqlite");
    await writeFile(file, "");
    await chmod(file, 0o644);
    const store = await openStore({ sqliteFile: file });
    try {
      await store.migrate();
      expect(await modeOf(file)).toBe("600");
      expect(await modeOf(`${file}-wal`)).toBe("600");
    } finally {
      await store.close();
    }
  });
});
