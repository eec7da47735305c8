import { execFile } from "node:child_process";
import { chmod, chown, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { freePort } from "./free-port.js";

const run = promisify(execFile);
/** Where Debian's PostgreSQL 15 keeps initdb and pg_ctl. */
export const POSTGRES_BIN = "/usr/lib/postgresql/15/bin";
const BIN = POSTGRES_BIN;

/**
 * A PostgreSQL cluster of its own in a temp folder on a free port, which a test
 * may stop and start at will without touching the shared test database.
 */
export interface ThrowawayPostgres {
  readonly url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the cluster and removes its folder. */
  destroy(): Promise<void>;
}

/** Runs a PostgreSQL tool as the postgres OS user (it refuses to run as root). */
async function asPostgres(command: string[]): Promise<void> {
  const quoted = command.map((part) => `'${part.replace(/'/g, "'\\''")}'`).join(" ");
  await run("su", ["postgres", "-s", "/bin/sh", "-c", quoted], { timeout: 60_000 });
}

async function postgresUid(): Promise<{ uid: number; gid: number }> {
  const [uid, gid] = await Promise.all([run("id", ["-u", "postgres"]), run("id", ["-g", "postgres"])]);
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** Creates and starts a throw-away cluster (trust authentication, loopback only). */
export async function createThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const root = await mkdtemp(join(tmpdir(), "hw-pg-outage-"));
  const { uid, gid } = await postgresUid();
  await chown(root, uid, gid);
  await chmod(root, 0o700);
  const data = join(root, "data");
  const port = await freePort();
  await asPostgres([`${BIN}/initdb`, "-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]);
  const pgCtl = (action: "start" | "stop") =>
    asPostgres(
      action === "start"
        ? [
            `${BIN}/pg_ctl`,
            "-D",
            data,
            "-l",
            join(root, "log"),
            "-w",
            "-o",
            `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=on`,
            "start",
          ]
        : [`${BIN}/pg_ctl`, "-D", data, "-m", "fast", "-w", "stop"],
    );
  await pgCtl("start");
  let running = true;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await pgCtl("stop");
      running = false;
    },
    async start() {
      await pgCtl("start");
      running = true;
    },
    async destroy() {
      if (running) await pgCtl("stop").catch(() => {});
      await rm(root, { recursive: true, force: true });
    },
  };
}
