/**
 * Orders documents by score, best first; ties by document number (= name order).
 * Only the first `needed` places are sorted exactly: a broad query on a large
 * catalogue can match thousands, and only the requested page is shown. The
 * rest follows in document order (its order is never looked at).
 */
export function rankByScore(docs: number[], score: Float64Array, needed: number): number[] {
  const byScore = (a: number, b: number) => (score[b] ?? 0) - (score[a] ?? 0) || a - b;
  if (docs.length <= Math.max(needed * 4, 256)) return docs.sort(byScore);
  // The score of the needed-th best document, found with a native numeric sort of the scores alone.
  const scores = Float64Array.from(docs, (doc) => score[doc] ?? 0).sort();
  const threshold = scores[scores.length - Math.min(needed, scores.length)] ?? 0;
  const top: number[] = [];
  const rest: number[] = [];
  for (const doc of docs) ((score[doc] ?? 0) >= threshold ? top : rest).push(doc);
  return [...top.sort(byScore), ...rest];
}
