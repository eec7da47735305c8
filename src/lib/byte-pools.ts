/**
 * Memory for answers made as bytes (json-bytes.ts): pools of POOL_BYTES, each handed out
 * in parts, as Buffer.allocUnsafe does for small buffers.
 *
 * A pool whose parts have all been given back is used again. On the virtual machines this
 * runs on, writing into fresh memory costs a page fault per 4 KB: ≈ 3 µs for one 13 KB
 * advice answer, against 0.2 µs for memory used before (decision 059, second addendum).
 * A part that is never given back is simply left to the garbage collector with its pool,
 * so giving back is an optimisation, never needed for correctness.
 */

/** Bytes per pool: about twenty advice answers. */
export const POOL_BYTES = 256 * 1024;
/** Emptied pools kept for reuse: room for ≈ 150 advice answers in flight. */
const SPARE_POOLS = 8;

interface PoolState {
  /** Parts handed out and not given back. */
  lent: number;
  /** Still being handed out from: not reusable, however few parts are out. */
  filling: boolean;
}

const states = new WeakMap<ArrayBuffer, PoolState>();
const spares: ArrayBuffer[] = [];
/** Parts handed out and not yet given back: only these count when given back. */
const partsOut = new WeakSet<Uint8Array>();

/** A pool to hand out parts from, of at least `bytes`: a spare one when it is large enough. */
export function takePool(bytes: number): Buffer<ArrayBuffer> {
  const spare = bytes <= POOL_BYTES ? spares.pop() : undefined;
  if (spare) {
    (states.get(spare) as PoolState).filling = true;
    return Buffer.from(spare);
  }
  const fresh = Buffer.allocUnsafeSlow(Math.max(POOL_BYTES, bytes));
  states.set(fresh.buffer, { lent: 0, filling: true });
  return fresh;
}

/** No more parts will be handed out from `pool`: reuse it once all are given back. */
export function retirePool(pool: Buffer<ArrayBuffer>): void {
  const state = states.get(pool.buffer) as PoolState;
  state.filling = false;
  if (state.lent === 0) keepSpare(pool.buffer);
}

/** Whether every part handed out from `pool` has been given back: it may be written from its start again. */
export function allGivenBack(pool: Buffer<ArrayBuffer>): boolean {
  return (states.get(pool.buffer) as PoolState).lent === 0;
}

/** Hands out bytes `from` up to `to` of `pool`; they are not written again until given back. */
export function lendPart(pool: Buffer<ArrayBuffer>, from: number, to: number): Uint8Array<ArrayBuffer> {
  (states.get(pool.buffer) as PoolState).lent++;
  const part = new Uint8Array(pool.buffer, pool.byteOffset + from, to - from);
  partsOut.add(part);
  return part;
}

/**
 * Says that `part` (from lendPart) will not be read again, by anyone: call it only once
 * the answer holding it has been written out or dropped. A part given back twice, or
 * not from lendPart, is ignored.
 */
export function giveBack(part: Uint8Array): void {
  if (!partsOut.delete(part)) return;
  const state = states.get(part.buffer as ArrayBuffer) as PoolState;
  state.lent--;
  if (state.lent === 0 && !state.filling) keepSpare(part.buffer as ArrayBuffer);
}

function keepSpare(pool: ArrayBuffer): void {
  if (pool.byteLength === POOL_BYTES && spares.length < SPARE_POOLS) spares.push(pool);
}
