import { type FieldChange, fieldPathLabel } from "../../../curation/field-diff.js";
import type { PageContext } from "../../page-context.js";
import { beheerText } from "./parts.js";

/** One side of a change: the old text struck through, the new one underlined, or "not present". */
function ChangeValue(props: { text: string | undefined; absent: string; kind: "before" | "after" }) {
  if (props.text === undefined) return <span class="hw-muted">{props.absent}</span>;
  return props.kind === "before" ? <del>{props.text}</del> : <ins>{props.text}</ins>;
}

/**
 * The field-level changes between two versions of one item, one list entry per change:
 * which field, what it was and what it is now. The words "Eerder"/"Nu" say which side is
 * which, so neither colour nor the strike-through carries the meaning alone; being a list,
 * not a table, it wraps on a 320 px screen. The history, the review of a draft and an edit
 * conflict all show changes with it.
 */
export function FieldDiff(props: { page: PageContext; changes: readonly FieldChange[] }) {
  const { page, changes } = props;
  const text = beheerText(page).fieldDiff;
  if (changes.length === 0) return <p>{text.none}</p>;
  return (
    <ol class="hw-field-diff" aria-label={text.caption}>
      {changes.map((change) => (
        <li class="hw-field-diff__change">
          <p class="hw-field-diff__field">
            <span class="hw-visually-hidden">{text.field}: </span>
            <strong>{fieldPathLabel(change.path, page.lang)}</strong>
          </p>
          <dl class="hw-field-diff__values">
            {(["before", "after"] as const).map((kind) => (
              <div>
                <dt>{text[kind]}</dt>
                <dd>
                  <ChangeValue text={change[kind]} absent={text.absent} kind={kind} />
                </dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ol>
  );
}
