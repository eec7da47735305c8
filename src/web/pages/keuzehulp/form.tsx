import { localize } from "../../../domain/text.js";
import { NEEDS, PRECONDITION_ANSWERS } from "../../../domain/vocabulary.js";
import type { FormError } from "../../components/error-summary/error-summary.js";
import {
  ChoiceGroup,
  SelectField,
  SubmitActions,
  TextField,
} from "../../components/form-fields/form-fields.js";
import { pick } from "../../i18n/index.js";
import type { PageContext } from "../../page-context.js";
import { AGE_UNITS, FIELD_IDS, type KeuzehulpForm } from "./form-input.js";

const TEXT = {
  nl: {
    childTitle: "Het kind",
    age: "Leeftijd",
    ageHint: "Een heel getal. Voor een ongeboren kind: kies ‘zwangerschapsweek’ en vul de week in.",
    unit: "Eenheid",
    units: { years: "jaar", months: "maanden", "pregnancy-week": "zwangerschapsweek" },
    need: "Wat zoekt u?",
    situations: "Situatie (kies wat van toepassing is)",
    situationsHint: "Laat leeg als geen van deze risicogroepen van toepassing is.",
    preconditionsTitle: "Voorwaarden uit de richtlijn",
    preconditionsHint: "Zonder deze voorwaarden heeft een interventie volgens de richtlijn geen zin.",
    submit: "Toon passende interventies",
    privacy: "Er wordt niets opgeslagen. Het adres van de uitkomst bevat alleen codes en getallen.",
  },
  en: {
    childTitle: "The child",
    age: "Age",
    ageHint: "A whole number. For an unborn child: choose ‘pregnancy week’ and enter the week.",
    unit: "Unit",
    units: { years: "years", months: "months", "pregnancy-week": "pregnancy week" },
    need: "What are you looking for?",
    situations: "Situation (choose what applies)",
    situationsHint: "Leave empty when none of these risk groups applies.",
    preconditionsTitle: "Conditions from the guideline",
    preconditionsHint: "Without these conditions an intervention makes no sense, according to the guideline.",
    submit: "Show suitable interventions",
    privacy: "Nothing is stored. The result's address holds only codes and numbers.",
  },
};

/** The keuzehulp form: one GET form, so the result has a shareable address. */
export function KeuzehulpFormView(props: {
  page: PageContext;
  form: KeuzehulpForm;
  errors: readonly FormError[];
}) {
  const { page, form, errors } = props;
  const text = pick(page.lang, TEXT);
  const errorFor = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.message;
  const errorStarting = (prefix: string) => errors.find((e) => e.fieldId.startsWith(prefix))?.message;
  return (
    <form method="get" action={page.href("/keuzehulp")} novalidate>
      <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
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
