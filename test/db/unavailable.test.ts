import { once } from "node:events";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkContentDir, DEFAULT_CONTENT_DIR } from "../../src/catalog/load-catalog.js";
import { openStore, type Store } from "../../src/db/index.js";
import { AppError } from "../../src/domain/app-error.js";
import type { ContentBundle } from "../../src/domain/types.js";

/** A local port that nothing listens on: bound once, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  server.close();
  await once(server, "close");
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

const expectUnavailable = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("unavailable");
};

let bundle: ContentBundle;
let blockedDir: string;
beforeAll(async () => {
  const result = await checkContentDir(DEFAULT_CONTENT_DIR);
  if (!result.ok) throw new Error("the shipped content does not validate");
  bundle = result.bundle;
  blockedDir = await mkdtemp(join(tmpdir(), "hw-blocked-"));
  await writeFile(join(blockedDir, "not-a-folder"), "", "utf8");
});
afterAll(async () => {
  await rm(blockedDir, { recursive: true, force: true });
});

const UNREACHABLE = [
  {
    name: "postgres on a closed port",
    open: async () => openStore({ databaseUrl: `postgres://hw:hw@127.0.0.1:${await closedPort()}/hw` }),
  },
  {
    // A path below a regular file: the folder cannot be created.
    name: "sqlite in a folder that cannot exist",
    open: async () => openStore({ sqliteFile: join(blockedDir, "not-a-folder", "db.sqlite") }),
  },
];

for (const target of UNREACHABLE) {
  describe(`an unreachable database (${target.name})`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await target.open();
    });
    afterAll(async () => {
      await store.close();
    });

    it("answers ping() with false instead of throwing", async () => {
      expect(await store.ping()).toBe(false);
    });

    it("rejects writes and reads with AppError 'unavailable'", async () => {
      await expectUnavailable(store.addFeedback({ about: "/", message: "hallo" }));
      await expectUnavailable(store.importContent(bundle, { author: "a", reason: "b" }));
      await expectUnavailable(store.loadContent());
      await expectUnavailable(store.migrate());
    });
  });
}
