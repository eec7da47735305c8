import { spawn } from "node:child_process";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/paths.js";
import { DIALECTS, type TestDatabase } from "./dialects.js";

const CHILD = join(PROJECT_ROOT, "test", "db", "fixtures", "write-and-hang.ts");

/** Runs the writer child until it has printed "done", kills it with SIGKILL and returns the ids it printed. */
function writeThenKill(options: object, count: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", CHILD, JSON.stringify(options), String(count)],
      {
        cwd: PROJECT_ROOT,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("done\n")) child.kill("SIGKILL");
    });
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("exit", (_code, signal) => {
      if (signal === "SIGKILL") resolve(out.split("\n").filter((line) => line && line !== "done"));
      else reject(new Error(`writer exited without being killed: ${err}`));
    });
  });
}

for (const dialect of DIALECTS) {
  describe(`durability on ${dialect.name}`, () => {
    let database: TestDatabase;
    beforeEach(async () => {
      database = await dialect.create();
    });
    afterEach(async () => {
      await database.drop();
    });

    it("keeps every acknowledged feedback write when the writer is killed with -9", async () => {
      const ids = await writeThenKill(database.options, 20);
      expect(ids).toHaveLength(20);
      const store = await database.open();
      const stored = await Promise.all(ids.map((id) => store.getFeedback(id)));
      expect(stored.map((f) => f?.message)).toEqual(ids.map((_, n) => `bericht ${n}`));
    }, 60_000);
  });
}
