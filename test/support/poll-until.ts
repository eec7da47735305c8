/**
 * Asks `condition` again every `intervalMs` until it holds, and resolves with the
 * milliseconds that took; rejects once `timeoutMs` passed. A condition that throws
 * counts as "not yet" (a server still starting, a database not back yet).
 */
export async function pollUntil(
  condition: () => Promise<boolean> | boolean,
  { timeoutMs = 5_000, intervalMs = 20 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<number> {
  const started = Date.now();
  while (
    !(await Promise.resolve()
      .then(condition)
      .catch(() => false))
  ) {
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  return Date.now() - started;
}
