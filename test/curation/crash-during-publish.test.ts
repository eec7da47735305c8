import { spawn } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../src/db/index.js";
import type { Intervention } from "../../src/domain/types.js";
import { PROJECT_ROOT } from "../../src/paths.js";
import { DIALECTS, type TestDatabase } from "../db/dialects.js";
import { pipaVersion, tagOf } from "./fixtures/pipa-versions.js";
import { publishPipaVersion } from "./support/publish-pipa.js";
import { spyOnWriteLock, type WriteLockSpy } from "./support/write-lock-spy.js";

/**
 * Issue 15: a publish is all or nothing, even when the process is killed with -9 in the
 * middle of it. A child publishes PIPA (two fields changed) over and over; each round
 * it is killed at another moment, many of them while a publish is in flight. After every
 * round the knowledge base, the audit log and the drafts must tell one story.
 */

const CHILD = join(PROJECT_ROOT, "test", "curation", "fixtures", "publish-until-killed.ts");

/**
 * When to kill: this many ms after the first line the child prints that starts so, or
 * after, from that line on, the child is next seen holding the content write lock (inside
 * a write transaction: publishChange's, when it comes after "publishing"), or letting it
 * go again (its commit).
 */
interface KillPlan {
  readonly on: (round: number) => string;
  readonly until?: "write lock held" | "write lock let go";
  readonly delayMs: number;
}

const publishing = (round: number) => `publishing ${round}.2 `;

/** A publish takes some 10–30 ms here, its transaction a few; the delays spread the kill over both. */
const PLANS: readonly KillPlan[] = [
  // Between publishes: the third is acknowledged, the fourth draft is being saved.
  { on: (round) => `published ${round}.3 `, delayMs: 0 },
  // In the middle of saving a draft: an open draft may stay behind for the next round.
  { on: (round) => `saving ${round}.2 `, delayMs: 2 },
  // While a publish is in flight, mostly still checking the knowledge base ...
  ...[0, 8, 20].map((delayMs) => ({ on: publishing, delayMs })),
  // ... inside its transaction ...
  ...[0, 2, 5].map((delayMs) => ({ on: publishing, until: "write lock held" as const, delayMs })),
  // ... and right after its commit, before or while the child hears of it.
  ...[0, 2].map((delayMs) => ({ on: publishing, until: "write lock let go" as const, delayMs })),
];

function describePlan(plan: KillPlan, round: number): string {
  const line = `"${plan.on(round).trim()}"`;
  return plan.until
    ? `kill ${plan.delayMs} ms after ${line}, then ${plan.until}`
    : `kill ${plan.delayMs} ms after ${line}`;
}

/** What one child printed before it was killed. */
interface Round {
  /** Tag → revision, for every publish the child saw resolve. */
  readonly acknowledged: Map<string, number>;
  /** The publish the child had started and not seen resolve, if any. */
  readonly inFlight: { tag: string; draftId: string; version: number } | undefined;
}

/** Runs the child until the plan's line, kills it with SIGKILL after the plan's delay. */
function publishThenKill(
  database: TestDatabase,
  spy: WriteLockSpy,
  round: number,
  plan: KillPlan,
): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", CHILD, JSON.stringify(database.options), String(round)],
      { cwd: PROJECT_ROOT, stdio: ["ignore", "pipe", "pipe"] },
    );
    const trigger = plan.on(round);
    const lines: string[] = [];
    let err = "";
    let killing = false;
    /** Between a "publishing" line and its "published": the lock seen then is publishChange's. */
    let publishInFlight = false;
    let watching = false;
    const stray = setTimeout(() => child.kill("SIGKILL"), 30_000);
    createInterface({ input: child.stdout }).on("line", (line) => {
      lines.push(line);
      if (line.startsWith("publishing ")) publishInFlight = true;
      if (line.startsWith("published ")) publishInFlight = false;
      if (!killing && `${line} `.startsWith(trigger)) {
        killing = true;
        if (plan.until) watchWriteLock();
        else kill();
      } else if (killing && plan.until && publishInFlight && !watching) {
        // The last publish slipped through between two looks: watch the next one.
        watchWriteLock();
      }
    });
    const kill = () => {
      if (plan.delayMs === 0) child.kill("SIGKILL");
      else setTimeout(() => child.kill("SIGKILL"), plan.delayMs);
    };
    /**
     * Looks at the write lock again and again while the publish is in flight, and kills
     * when it is held (or, when planned so, once it has been let go again: the commit).
     */
    const watchWriteLock = () => {
      watching = true;
      let seenHeld = false;
      const look = () => {
        if (!publishInFlight && !seenHeld) {
          watching = false;
          return;
        }
        spy.held().then(
          (held) => {
            if (held && plan.until === "write lock held") return kill();
            if (!held && seenHeld) return kill();
            seenHeld ||= held;
            if (child.exitCode === null && child.signalCode === null) setImmediate(look);
          },
          (error: unknown) => {
            child.kill("SIGKILL");
            reject(error);
          },
        );
      };
      look();
    };
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("exit", (_code, signal) => {
      clearTimeout(stray);
      if (signal !== "SIGKILL" || !killing) {
        reject(new Error(`round ${round}: the child was not killed as planned: ${err || lines.join(" | ")}`));
        return;
      }
      const acknowledged = new Map<string, number>();
      let inFlight: Round["inFlight"];
      for (const line of lines) {
        const [what, tag = "", ...rest] = line.split(" ");
        if (what === "publishing") inFlight = { tag, draftId: rest[0] ?? "", version: Number(rest[1]) };
        if (what === "published") {
          acknowledged.set(tag, Number(rest[0]));
          inFlight = undefined;
        }
      }
      resolve({ acknowledged, inFlight });
    });
  });
}

/**
 * The invariants of a publish, whatever moment it was cut off: every revision after the
 * import holds a whole version of PIPA, has exactly one content.publish entry and one
 * published draft with that content, and nothing else claims to be published.
 */
async function expectOneStory(store: Store, shipped: Intervention): Promise<Intervention[]> {
  const history = await store.itemHistory("intervention", "pipa");
  const current = await store.currentRevision();
  // Revision numbers come from the committed ones only: no gaps, PIPA in every one.
  expect(history.map((version) => version.revision)).toEqual(
    Array.from({ length: current }, (_, i) => i + 1),
  );
  const versions = history.map((version) => version.item as Intervention);
  expect(versions[0]).toEqual(shipped);
  for (const [index, version] of versions.entries()) {
    if (index === 0) continue;
    const tag = tagOf(version);
    expect(tag, `revision ${index + 1}`).not.toBe("mixed");
    expect(version, `revision ${index + 1}`).toEqual(pipaVersion(shipped, tag));
  }
  const { bundle } = await store.loadContent();
  expect(bundle.interventions.find((i) => i.id === "pipa")).toEqual(versions.at(-1));

  const published = history.slice(1).map((version) => version.revision);
  const audit = await store.accounts.listAudit({ limit: 10_000, offset: 0, action: "content.publish" });
  expect(audit.map((entry) => entry.detail.revision).sort((a, b) => Number(a) - Number(b))).toEqual(
    published,
  );
  expect(new Set(audit.map((entry) => entry.subject))).toEqual(
    new Set(published.length > 0 ? ["intervention/pipa"] : []),
  );

  const drafts = await store.drafts.list("published");
  expect(drafts.map((draft) => draft.publishedRevision).sort((a, b) => Number(a) - Number(b))).toEqual(
    published,
  );
  for (const draft of drafts) {
    const revision = draft.publishedRevision as number;
    expect(draft.latest.data, `draft ${draft.id}`).toEqual(versions[revision - 1]);
    const entry = audit.find((a) => a.detail.revision === revision);
    expect(entry?.detail.draft, `audit of revision ${revision}`).toBe(draft.id);
  }
  // One open draft per item at most, as the store promises.
  expect((await store.drafts.list("open")).length).toBeLessThanOrEqual(1);
  return versions;
}

/** Round 1 creates the database; it does not wait for the write lock. */
const NO_SPY: WriteLockSpy = {
  held: () => Promise.reject(new Error("no spy before the database exists")),
  close: async () => {},
};

for (const dialect of DIALECTS) {
  describe(`kill -9 during a publish (${dialect.name})`, () => {
    let database: TestDatabase;
    let spy: WriteLockSpy | undefined;
    beforeEach(async () => {
      database = await dialect.create();
    });
    afterEach(async () => {
      await spy?.close();
      await database.drop();
    });

    it("leaves PIPA as it was before or after the publish, never a mix, and loses nothing acknowledged", async () => {
      let store: Store | undefined;
      let shipped: Intervention | undefined;
      /** The tag the knowledge base's PIPA must carry after the rounds so far. */
      let lastPublished = "shipped";
      const summary: string[] = [];
      /** Kills while a publish was in flight: its revision there whole, or not there at all. */
      const inFlight = { whole: 0, absent: 0, afterFirstWrite: 0 };

      for (const [index, plan] of PLANS.entries()) {
        const round = index + 1;
        // The spy opens the database once the first child has made it.
        const result = await publishThenKill(database, spy ?? NO_SPY, round, plan);
        store ??= await database.open();
        spy ??= await spyOnWriteLock(database);
        shipped ??= (await store.itemHistory("intervention", "pipa"))[0]?.item as Intervention;
        const versions = await expectOneStory(store, shipped);

        // Every acknowledged publish is there, at the revision the child was told.
        for (const [tag, revision] of result.acknowledged) {
          expect(tagOf(versions[revision - 1] as Intervention), `revision ${revision}`).toBe(tag);
        }
        const lastAcknowledged = [...result.acknowledged.keys()].at(-1);
        if (lastAcknowledged) lastPublished = lastAcknowledged;
        // The publish cut off: either wholly there (as the newest revision) or wholly absent.
        const now = tagOf(versions.at(-1) as Intervention);
        let cut = "";
        if (result.inFlight !== undefined) {
          const { tag, draftId, version } = result.inFlight;
          expect([lastPublished, tag]).toContain(now);
          const committed = now === tag;
          // Its draft says the same: published as the newest revision, or still open at the
          // version the reviewer saw, so pressing publish again works.
          expect(await store.drafts.get(draftId)).toMatchObject(
            committed
              ? { status: "published", publishedRevision: versions.length }
              : { status: "open", latest: { version } },
          );
          inFlight[committed ? "whole" : "absent"]++;
          if (plan.until) inFlight.afterFirstWrite++;
          cut = `, publish ${tag} cut off: ${committed ? "there whole (it had committed)" : "not there at all"}`;
          if (committed) lastPublished = now;
        } else {
          expect(now).toBe(lastPublished);
        }
        summary.push(
          `round ${round} (${describePlan(plan, round)}): ${result.acknowledged.size} publishes acknowledged${cut}`,
        );
      }
      if (!store || !shipped) throw new Error("no rounds ran");

      // The store goes on after the crashes: a new draft (or the open one, carried on) and its publish.
      const before = await store.currentRevision();
      const outcome = await publishPipaVersion(store, shipped, "na-de-crash");
      expect(outcome).toEqual({ ok: true, revision: before + 1 });
      const versions = await expectOneStory(store, shipped);
      expect(tagOf(versions.at(-1) as Intervention)).toBe("na-de-crash");

      console.info(
        [
          `[crash during publish, ${dialect.name}] ${PLANS.length} kills; ${inFlight.whole + inFlight.absent} cut a publish off (${inFlight.afterFirstWrite} of them after its transaction was seen writing): ${inFlight.whole} there whole, ${inFlight.absent} not there at all, none half; ${versions.length - 1} revisions published in all`,
          ...summary.map((line) => `  ${line}`),
        ].join("\n"),
      );
    }, 60_000);
  });
}
