import type { Choice } from "../choices.js";

/** Codes and labels as two aligned columns, one per line, for a help text. */
export function choiceTable(choices: readonly Choice[], indent = "  "): string {
  const width = Math.max(0, ...choices.map((choice) => choice.code.length));
  return choices
    .map(({ code, label }) => (label ? `${indent}${code.padEnd(width)}  ${label}` : `${indent}${code}`))
    .join("\n");
}

/** "--age, --json, …": the options a command knows, for an "unknown option" message. */
export function flagList(flags: readonly string[]): string {
  return flags.map((flag) => `--${flag}`).join(", ");
}
