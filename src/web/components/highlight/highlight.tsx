import type { Highlight } from "../../../search/index.js";

/** A search highlight with its matched words wrapped in <mark>; the text is escaped, never parsed. */
export function HighlightText(props: { highlight: Highlight }) {
  const { text, matches } = props.highlight;
  const sorted = [...matches].sort((a, b) => a.start - b.start);
  const parts: (string | ReturnType<typeof Mark>)[] = [];
  let at = 0;
  for (const { start, end } of sorted) {
    if (start < at || end <= start || end > text.length) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<Mark text={text.slice(start, end)} />);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

function Mark(props: { text: string }) {
  return <mark>{props.text}</mark>;
}
