/**
 * Orders documents by score, best first; ties by document number (= name order).
 * Only the first `needed` places are sorted exactly: a broad query on a large
 * catalogue can match thousands, and only the requested page is shown. The
 * rest follows in the order it came in (its order is never looked at). Reorders
 * and returns `docs`.
 */
export function rankByScore(docs: number[], score: Float64Array, needed: number): number[] {
  const byScore = (a: number, b: number) => (score[b] ?? 0) - (score[a] ?? 0) || a - b;
  if (docs.length <= Math.max(needed * 4, 256)) return docs.sort(byScore);
  const threshold = nthHighest(docs, score, Math.min(needed, docs.length));
  // In place, without copying thousands of matches: going backwards, the rest moves to the end
  // of the list in its own order, and the (few) best are then sorted into the front.
  const top: number[] = [];
  let restStart = docs.length;
  for (let i = docs.length - 1; i >= 0; i--) {
    const doc = docs[i] as number;
    if ((score[doc] ?? 0) >= threshold) top.push(doc);
    else docs[--restStart] = doc;
  }
  top.sort(byScore);
  for (let i = 0; i < top.length; i++) docs[i] = top[i] as number;
  return docs;
}

/**
 * The n-th highest score among the documents (n ≥ 1), found by selection in
 * linear time rather than by sorting them all (docs/decisions/035).
 */
function nthHighest(docs: readonly number[], score: Float64Array, n: number): number {
  const count = docs.length;
  const values = new Float64Array(count);
  for (let i = 0; i < count; i++) values[i] = score[docs[i] as number] as number;
  return select(values, count - n);
}

/** The value that would stand at position k if `values` were sorted ascending (Hoare's quickselect; reorders `values`). */
function select(values: Float64Array, k: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    // Median of three as pivot, so sorted or equal input does not make it quadratic.
    const middle = (low + high) >>> 1;
    const pivot = medianOfThree(values[low] as number, values[middle] as number, values[high] as number);
    let i = low;
    let j = high;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) high = j;
    else if (k >= i) low = i;
    else return values[k] as number;
  }
  return values[k] as number;
}

function medianOfThree(a: number, b: number, c: number): number {
  return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
}
