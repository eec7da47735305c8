/**
 * A submitted form as the editor reads it: every value of every name, in order. Takes
 * Hono's `parseBody({ all: true })` result (without `dot`: the names stay dotted strings) or a
 * list of [name, value] pairs.
 */
export type SubmittedForm =
  | Iterable<readonly [string, string]>
  | Readonly<Record<string, string | File | readonly (string | File)[]>>;

export class FormBody {
  private readonly values = new Map<string, string[]>();

  constructor(submitted: SubmittedForm) {
    const pairs = Symbol.iterator in submitted ? submitted : recordPairs(submitted);
    for (const [name, value] of pairs) {
      // Browsers send a textarea's line breaks as CR LF; the knowledge base has LF.
      const text = value.replaceAll("\r\n", "\n");
      const list = this.values.get(name);
      if (list) list.push(text);
      else this.values.set(name, [text]);
    }
  }

  /** The first value sent under this name; blank when none. */
  get(name: string): string {
    return this.values.get(name)?.[0] ?? "";
  }

  /** Every value sent under this name (the checked boxes of a checkbox group). */
  all(name: string): string[] {
    return this.values.get(name) ?? [];
  }

  /** Whether anything but blanks was sent under this name or inside it ("notes.0." …). */
  hasInput(prefix: string): boolean {
    for (const [name, list] of this.values) {
      if ((name === prefix || name.startsWith(`${prefix}.`)) && list.some((v) => v.trim() !== ""))
        return true;
    }
    return false;
  }

  /** The row numbers sent for a group ("indications.0.kind", "indications.3.note.nl" → 0, 3), in order. */
  rowNumbers(groupName: string): number[] {
    const rows = new Set<number>();
    for (const name of this.values.keys()) {
      if (!name.startsWith(`${groupName}.`)) continue;
      const position = name.slice(groupName.length + 1).split(".")[0] ?? "";
      if (/^\d+$/.test(position)) rows.add(Number(position));
    }
    return [...rows].sort((a, b) => a - b);
  }
}

function* recordPairs(record: Readonly<Record<string, string | File | readonly (string | File)[]>>) {
  for (const [name, value] of Object.entries(record)) {
    const list = Array.isArray(value) ? value : [value];
    for (const entry of list) if (typeof entry === "string") yield [name, entry] as const;
  }
}
