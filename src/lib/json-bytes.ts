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
  length = 0;
  pending = "";
  if (!write(value)) append("null"); // as Buffer.from(JSON.stringify(undefined) ?? "null")
  flush();
  const bytes = new Uint8Array(length);
  bytes.set(slab.subarray(0, length));
  return bytes;
}

/** Bytes of deeply frozen values, by value: such a value cannot change, so they stay right. */
const known = new WeakMap<object, Buffer>();

/**
 * One output area for every call, grown when needed: a call runs to its end without
 * yielding, and its bytes are copied out before it returns.
 */
let slab = Buffer.allocUnsafe(64 * 1024);
/** Bytes in the slab so far. */
let length = 0;
/**
 * Text not yet in the slab. Writing into a Buffer is a call into C++ that costs more
 * than a short text is long, so texts are joined here and written in one go before
 * kept bytes are copied in, and at the end.
 */
let pending = "";

/** How many values that can change have been written so far (see write). */
let changeableParts = 0;

function reserve(bytes: number): void {
  if (length + bytes <= slab.length) return;
  const grown = Buffer.allocUnsafe(Math.max(2 * slab.length, length + bytes));
  slab.copy(grown, 0, 0, length);
  slab = grown;
}

function append(text: string): void {
  pending += text;
}

function flush(): void {
  if (pending === "") return;
  reserve(3 * pending.length); // UTF-8 needs at most 3 bytes per UTF-16 unit
  length += slab.write(pending, length);
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
      length += bytes.copy(slab, length);
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
  // A frozen value's bytes may be kept: they must start in the slab, not in `pending`.
  if (frozen) flush();
  const start = length;
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
    known.set(value, Buffer.from(slab.subarray(start, length)));
  }
  return true;
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return (prototype === Object.prototype || prototype === null) && !("toJSON" in value);
}
