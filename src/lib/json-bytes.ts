import { lendPart, POOL_BYTES, retirePool, takePool } from "./byte-pools.js";

/**
 * The UTF-8 bytes of `JSON.stringify(value)`, ready to send, for JSON data: plain objects
 * with data properties, arrays, strings, numbers, booleans and null, without cycles.
 *
 * The bytes of every deeply frozen object or array in the value are kept, by object, and
 * copied into later answers. The advice engine shares frozen recommendations, reasons and
 * entries between answers (decisions 023, 026, 027). So most of an answer is written and
 * encoded once per catalogue, not once per request. A frozen value that holds something
 * that can change is written afresh each time. The property tests compare the result
 * with `Buffer.from(JSON.stringify(value))`.
 */
export function jsonBytes(value: unknown): Uint8Array<ArrayBuffer> {
  start = handedOut;
  length = start;
  pending = "";
  if (!write(value)) append("null"); // as Buffer.from(JSON.stringify(undefined) ?? "null")
  flush();
  const bytes = lendPart(pool, start, length);
  // The next answer starts on an 8-byte boundary, as Buffer's own pool does.
  handedOut = Math.ceil(length / 8) * 8;
  return bytes;
}

/** Bytes of deeply frozen values, by value: such a value cannot change, so they stay right. */
const known = new WeakMap<object, Buffer>();

/**
 * Where answers are written and from where they are handed out, each as a view of its
 * own part (byte-pools.ts): no zeroed allocation and no copy per answer. A part handed
 * out is not written again until it is given back.
 */
let pool = takePool(POOL_BYTES);
/** Bytes of the pool handed out to earlier answers. */
let handedOut = 0;
/** Where the answer being written starts, and ends so far. */
let start = 0;
let length = 0;
/**
 * Text not yet in the pool. Writing into a Buffer is a call into C++ that costs more
 * than a short text is long, so texts are joined here and written in one go before
 * kept bytes are copied in, and at the end.
 */
let pending = "";

/** How many values that can change have been written so far (see write). */
let changeableParts = 0;

/** Makes room for `bytes` more in the pool, moving the answer so far to a new pool if needed. */
function reserve(bytes: number): void {
  if (length + bytes <= pool.length) return;
  const written = length - start;
  const needed = written + bytes;
  // An answer larger than a pool gets room to grow, so it is not moved on every write.
  const fresh = takePool(needed <= POOL_BYTES ? needed : 2 * needed);
  fresh.set(pool.subarray(start, length));
  retirePool(pool);
  pool = fresh;
  handedOut = 0;
  start = 0;
  length = written;
}

function append(text: string): void {
  pending += text;
}

function flush(): void {
  if (pending === "") return;
  reserve(3 * pending.length); // UTF-8 needs at most 3 bytes per UTF-16 unit
  length += pool.write(pending, length);
  pending = "";
}

/** Appends the JSON of `value`; false (nothing written) for a value without a JSON form. */
function write(value: unknown): boolean {
  if (value === null || typeof value !== "object") {
    const text = JSON.stringify(value) as string | undefined;
    if (text === undefined) return false;
    append(text);
    return true;
  }
  const frozen = Object.isFrozen(value);
  if (frozen) {
    const bytes = known.get(value);
    if (bytes !== undefined) {
      flush();
      reserve(bytes.length);
      pool.set(bytes, length); // TypedArray#set: no checks in JavaScript, unlike Buffer#copy
      length += bytes.length;
      return true;
    }
  }
  if (!Array.isArray(value) && !isPlainObject(value)) {
    // A Date, a boxed primitive, anything with toJSON: JSON.stringify knows its form.
    changeableParts++;
    const text = JSON.stringify(value) as string | undefined;
    if (text === undefined) return false;
    append(text);
    return true;
  }
  // A frozen value's bytes may be kept: they must start in the pool, not in `pending`.
  if (frozen) flush();
  const from = length - start;
  const before = changeableParts;
  if (!frozen) changeableParts++;
  if (Array.isArray(value)) {
    append("[");
    for (let i = 0; i < value.length; i++) {
      if (i > 0) append(",");
      // As JSON.stringify: what has no JSON form (undefined, a function) is null in an array.
      if (!write(value[i])) append("null");
    }
    append("]");
  } else {
    append("{");
    let first = true;
    for (const key of Object.keys(value)) {
      const member = (value as Record<string, unknown>)[key];
      // As JSON.stringify: a member without a JSON form is left out of an object, so
      // find that out before writing its name.
      let text: string | undefined;
      if (typeof member !== "object" || member === null) {
        text = JSON.stringify(member) as string | undefined;
        if (text === undefined) continue;
      } else if (!Array.isArray(member) && !isPlainObject(member)) {
        changeableParts++;
        text = JSON.stringify(member) as string | undefined;
        if (text === undefined) continue;
      }
      append(first ? `${JSON.stringify(key)}:` : `,${JSON.stringify(key)}:`);
      first = false;
      if (text === undefined) write(member);
      else append(text);
    }
    append("}");
  }
  if (frozen && changeableParts === before) {
    flush();
    // Relative to the answer's start: writing it may have moved the answer to a new pool.
    known.set(value, Buffer.from(pool.subarray(start + from, length)));
  }
  return true;
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return (prototype === Object.prototype || prototype === null) && !("toJSON" in value);
}
