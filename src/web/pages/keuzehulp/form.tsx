import { messages } from "../../../domain/messages/index.js";
import { localize } from "../../../domain/text.js";
import { NEEDS, PRECONDITION_ANSWERS } from "../../../domain/vocabulary.js";
import type { FormError } from "../../components/error-summary/error-summary.js";
import {
  ChoiceGroup,
  SelectField,
  SubmitActions,
  TextField,
} from "../../components/form-fields/form-fields.js";
import type { PageContext } from "../../page-context.js";
import { AGE_UNITS, FIELD_IDS, type KeuzehulpForm } from "./form-input.js";

/** The keuzehulp form: one GET form, so the result has a shareable address. */
export function KeuzehulpFormView(props: {
  page: PageContext;
  form: KeuzehulpForm;
  errors: readonly FormError[];
}) {
  const { page, form, errors } = props;
  const text = messages(page.lang).pages.keuzehulp.form;
  const errorFor = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.message;
  const errorStarting = (prefix: string) => errors.find((e) => e.fieldId.startsWith(prefix))?.message;
  return (
    <form method="get" action={page.href("/keuzehulp")} novalidate class="hw-keuzehulp-form">
      <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset" id={FIELD_IDS.child}>
        <legend>{text.childTitle}</legend>
        <div class="hw-inline-fields">
          <TextField
            id={FIELD_IDS.age}
            name="age"
            label={text.age}
            hint={text.ageHint}
            type="text"
            inputMode="numeric"
            value={form.age}
            maxLength={4}
            error={errorFor(FIELD_IDS.age)}
          />
          <SelectField
            id={FIELD_IDS.unit}
            name="unit"
            label={text.unit}
            value={form.unit}
            error={errorFor(FIELD_IDS.unit)}
            choices={AGE_UNITS.map((u) => ({ value: u, label: text.units[u] }))}
          />
        </div>
      </fieldset>
      <ChoiceGroup
        id={FIELD_IDS.need}
        name="need"
        type="radio"
        legend={text.need}
        error={errorStarting(`${FIELD_IDS.need}-`)}
        choices={NEEDS.map((n) => ({ value: n, label: page.t.need[n] }))}
        selected={[form.need]}
      />
      <ChoiceGroup
        id={FIELD_IDS.situations}
        name="situation"
        type="checkbox"
        legend={text.situations}
        hint={text.situationsHint}
        error={errorStarting(`${FIELD_IDS.situations}`)}
        choices={page.catalog.situations.map((s) => ({ value: s.code, label: localize(s.label, page.lang) }))}
        selected={form.situations}
      />
      <h2>{text.preconditionsTitle}</h2>
      <p>{text.preconditionsHint}</p>
      {page.catalog.preconditions.map((p) => {
        const id = FIELD_IDS.precondition(p.requestKey);
        return (
          <ChoiceGroup
            id={id}
            name={p.requestKey}
            type="radio"
            legend={localize(p.label, page.lang)}
            hint={localize(p.explanation, page.lang)}
            error={errorStarting(`${id}-`)}
            choices={PRECONDITION_ANSWERS.map((a) => ({ value: a, label: page.t.common[a] }))}
            selected={[form.preconditions[p.requestKey] ?? "unknown"]}
          />
        );
      })}
      <p class="hw-muted">{text.privacy}</p>
      <SubmitActions label={text.submit} />
    </form>
  );
}
