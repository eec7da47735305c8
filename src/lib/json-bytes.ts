import { allGivenBack, lendPart, POOL_BYTES, retirePool, takePool } from "./byte-pools.js";

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
  return writer.bytesOf(value);
}

/** Pending texts up to this long are copied by hand when they are ASCII (see flush). */
const SHORT_TEXT = 64;
/** Member names kept at most: a value with many distinct keys does not grow the cache without end. */
const MAX_MEMBER_NAMES = 1000;

/**
 * The state of jsonBytes. A class, not module variables: V8 checks a module-level `let`
 * for its temporal dead zone on every access from a function, which made writing an
 * answer ≈ 40% slower.
 */
class JsonWriter {
  /** Bytes of deeply frozen values, by value: such a value cannot change, so they stay right. */
  private readonly known = new WeakMap<object, Buffer>();
  /**
   * Where answers are written and from where they are handed out, each as a view of its
   * own part (byte-pools.ts): no zeroed allocation and no copy per answer. A part handed
   * out is not written again until it is given back.
   */
  private pool = takePool(POOL_BYTES);
  /** Bytes of the pool handed out to earlier answers. */
  private handedOut = 0;
  /** Where the answer being written starts, and ends so far. */
  private start = 0;
  private length = 0;
  /**
   * Text not yet in the pool. Writing into a Buffer is a call into C++ that costs more
   * than a short text is long, so texts are joined here and written in one go before
   * kept bytes are copied in, and at the end.
   */
  private pending = "";
  /** How many values that can change have been written so far (see write). */
  private changeableParts = 0;
  /** `"key":` by key: answers have few distinct keys and use them over and over. */
  private readonly memberNames = new Map<string, string>();

  bytesOf(value: unknown): Uint8Array<ArrayBuffer> {
    // With every earlier answer written out, start at the pool's beginning again: memory
    // written a moment ago is still in the CPU's cache, the rest of the pool may not be.
    if (allGivenBack(this.pool)) this.handedOut = 0;
    this.start = this.handedOut;
    this.length = this.start;
    this.pending = "";
    if (!this.write(value)) this.append("null"); // as Buffer.from(JSON.stringify(undefined) ?? "null")
    this.flush();
    const bytes = lendPart(this.pool, this.start, this.length);
    // The next answer starts on an 8-byte boundary, as Buffer's own pool does.
    this.handedOut = Math.ceil(this.length / 8) * 8;
    return bytes;
  }

  /** Makes room for `bytes` more in the pool, moving the answer so far to a new pool if needed. */
  private reserve(bytes: number): void {
    if (this.length + bytes <= this.pool.length) return;
    const written = this.length - this.start;
    const needed = written + bytes;
    // An answer larger than a pool gets room to grow, so it is not moved on every write.
    const fresh = takePool(needed <= POOL_BYTES ? needed : 2 * needed);
    fresh.set(this.pool.subarray(this.start, this.length));
    retirePool(this.pool);
    this.pool = fresh;
    this.handedOut = 0;
    this.start = 0;
    this.length = written;
  }

  private append(text: string): void {
    this.pending += text;
  }

  private memberName(key: string): string {
    let name = this.memberNames.get(key);
    if (name === undefined) {
      name = `${JSON.stringify(key)}:`;
      if (this.memberNames.size < MAX_MEMBER_NAMES) this.memberNames.set(key, name);
    }
    return name;
  }

  private flush(): void {
    const text = this.pending;
    if (text === "") return;
    this.pending = "";
    this.reserve(3 * text.length); // UTF-8 needs at most 3 bytes per UTF-16 unit
    const pool = this.pool;
    let at = this.length;
    let i = 0;
    // Most pending texts are short punctuation and names (`,{"id":"pipa","reasons":[`):
    // their ASCII is copied here, cheaper than Buffer#write's checks and call into C++.
    if (text.length <= SHORT_TEXT) {
      for (; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code > 0x7f) break;
        pool[at++] = code;
      }
    }
    this.length = i === text.length ? at : at + pool.write(i === 0 ? text : text.slice(i), at);
  }

  /** Appends the JSON of `value`; false (nothing written) for a value without a JSON form. */
  private write(value: unknown): boolean {
    if (value === null || typeof value !== "object") {
      const text = JSON.stringify(value) as string | undefined;
      if (text === undefined) return false;
      this.append(text);
      return true;
    }
    const frozen = Object.isFrozen(value);
    if (frozen) {
      const bytes = this.known.get(value);
      if (bytes !== undefined) {
        this.flush();
        this.reserve(bytes.length);
        this.pool.set(bytes, this.length); // TypedArray#set: no checks in JavaScript, unlike Buffer#copy
        this.length += bytes.length;
        return true;
      }
    }
    if (!Array.isArray(value) && !isPlainObject(value)) {
      // A Date, a boxed primitive, anything with toJSON: JSON.stringify knows its form.
      this.changeableParts++;
      const text = JSON.stringify(value) as string | undefined;
      if (text === undefined) return false;
      this.append(text);
      return true;
    }
    // A frozen value's bytes may be kept: they must start in the pool, not in `pending`.
    if (frozen) this.flush();
    const from = this.length - this.start;
    const before = this.changeableParts;
    if (!frozen) this.changeableParts++;
    if (Array.isArray(value)) {
      this.append("[");
      for (let i = 0; i < value.length; i++) {
        if (i > 0) this.append(",");
        // As JSON.stringify: what has no JSON form (undefined, a function) is null in an array.
        if (!this.write(value[i])) this.append("null");
      }
      this.append("]");
    } else {
      this.append("{");
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
          this.changeableParts++;
          text = JSON.stringify(member) as string | undefined;
          if (text === undefined) continue;
        }
        this.append(first ? this.memberName(key) : `,${this.memberName(key)}`);
        first = false;
        if (text === undefined) this.write(member);
        else this.append(text);
      }
      this.append("}");
    }
    if (frozen && this.changeableParts === before) {
      this.flush();
      // Relative to the answer's start: writing it may have moved the answer to a new pool.
      this.known.set(value, Buffer.from(this.pool.subarray(this.start + from, this.length)));
    }
    return true;
  }
}

const writer = new JsonWriter();

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return (prototype === Object.prototype || prototype === null) && !("toJSON" in value);
}
