import { describe, expect, it } from "vitest";
import type { FeedbackInbox } from "../../src/curation/feedback-inbox.js";
import { startFeedbackRetention } from "../../src/curation/feedback-retention.js";

/** An inbox whose erasure answers from a list, counting its runs. */
function fakeInbox(answers: (number | Error)[]) {
  const runs: number[] = [];
  const inbox = {
    async eraseExpiredContacts(months: number) {
      runs.push(months);
      const answer = answers.shift() ?? 0;
      if (answer instanceof Error) throw answer;
      return answer;
    },
  } as unknown as FeedbackInbox;
  return { inbox, runs };
}

function recordingLogger() {
  const lines: { level: string; message: string; fields?: Record<string, unknown> }[] = [];
  const at = (level: string) => (message: string, fields?: Record<string, unknown>) =>
    lines.push({ level, message, ...(fields && { fields }) });
  return { lines, logger: { error: at("error"), info: at("info"), debug: at("debug") } };
}

describe("the feedback retention job", () => {
  it("runs at start and again every interval until stopped, logging only counts", async () => {
    const { inbox, runs } = fakeInbox([3, 0, 1]);
    const { lines, logger } = recordingLogger();
    const stop = startFeedbackRetention({ inbox, months: 12, logger, intervalMs: 10 });
    await expect.poll(() => runs.length).toBeGreaterThanOrEqual(3);
    await stop();
    const stoppedAt = runs.length;
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(runs.length).toBe(stoppedAt);
    expect(runs.every((months) => months === 12)).toBe(true);
    // A run that erased nothing says nothing.
    expect(lines.map((line) => line.fields?.count)).toEqual([3, 1]);
  });

  it("logs a failed run and tries again at the next one", async () => {
    const { inbox, runs } = fakeInbox([new Error("database away"), 2]);
    const { lines, logger } = recordingLogger();
    const stop = startFeedbackRetention({ inbox, months: 6, logger, intervalMs: 10 });
    await expect.poll(() => runs.length).toBeGreaterThanOrEqual(2);
    await stop();
    expect(lines[0]).toMatchObject({ level: "error", fields: { error: "database away" } });
    expect(lines[1]).toMatchObject({ level: "info", fields: { count: 2, retentionMonths: 6 } });
  });
});
