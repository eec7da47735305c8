import { messages } from "../../../domain/messages/index.js";
import { localize } from "../../../domain/text.js";
import { RECOGNITION_LEVELS } from "../../../domain/vocabulary.js";
import type { SearchFacets } from "../../../search/index.js";
import type { FormError } from "../../components/error-summary/error-summary.js";
import {
  ChoiceGroup,
  SelectField,
  SubmitActions,
  TextField,
} from "../../components/form-fields/form-fields.js";
import type { PageContext } from "../../page-context.js";

/** The submitted search form, as typed. */
export interface SearchFormValues {
  readonly q: string;
  readonly age: string;
  readonly need: string;
  readonly situations: readonly string[];
  readonly recognition: string;
  readonly inDatabank: string;
}

/** Reads the search form from the query string. */
export function readSearchForm(query: URLSearchParams): SearchFormValues {
  return {
    q: (query.get("q") ?? "").slice(0, 400),
    age: (query.get("age") ?? "").slice(0, 10),
    need: query.get("need") ?? "",
    situations: query.getAll("situation").slice(0, 50),
    recognition: query.get("recognition") ?? "",
    inDatabank: query.get("inDatabank") ?? "",
  };
}

function withCount(label: string, count: number | undefined): string {
  return count === undefined ? label : `${label} (${count})`;
}

/** The GET search form with facet counts next to the choices. */
export function SearchForm(props: {
  page: PageContext;
  values: SearchFormValues;
  facets?: SearchFacets | undefined;
  errors: readonly FormError[];
}) {
  const { page, values, facets, errors } = props;
  const text = messages(page.lang).pages.interventies.searchForm;
  const errorFor = (prefix: string) => errors.find((e) => e.fieldId.startsWith(prefix))?.message;
  return (
    <form method="get" action={page.href("/interventies")} novalidate>
      <TextField
        id="q"
        name="q"
        type="search"
        label={text.q}
        hint={text.qHint}
        value={values.q}
        error={errorFor("q")}
      />
      <TextField
        id="age"
        name="age"
        label={text.age}
        inputMode="numeric"
        maxLength={2}
        value={values.age}
        error={errorFor("age")}
      />
      <ChoiceGroup
        id="need"
        name="need"
        type="radio"
        legend={text.need}
        error={errorFor("need")}
        selected={[values.need]}
        choices={[
          { value: "", label: text.any },
          { value: "prevention", label: withCount(page.t.need.prevention, facets?.need.prevention) },
          { value: "treatment", label: withCount(page.t.need.treatment, facets?.need.treatment) },
        ]}
      />
      <ChoiceGroup
        id="situation"
        name="situation"
        type="checkbox"
        legend={text.situations}
        error={errorFor("situation")}
        selected={values.situations}
        choices={page.catalog.situations.map((s) => ({
          value: s.code,
          label: withCount(localize(s.label, page.lang), facets?.situation[s.code]),
        }))}
      />
      <SelectField
        id="recognition"
        name="recognition"
        label={text.recognition}
        value={values.recognition}
        error={errorFor("recognition")}
        choices={[
          { value: "", label: text.any },
          ...RECOGNITION_LEVELS.map((level) => ({
            value: level,
            label: withCount(page.t.recognition[level], facets?.recognition[level]),
          })),
        ]}
      />
      <SelectField
        id="inDatabank"
        name="inDatabank"
        label={text.inDatabank}
        value={values.inDatabank}
        error={errorFor("inDatabank")}
        choices={[
          { value: "", label: text.any },
          { value: "true", label: withCount(text.yes, facets?.inDatabank.yes) },
          { value: "false", label: withCount(text.no, facets?.inDatabank.no) },
        ]}
      />
      <SubmitActions label={text.submit}>
        <a href={page.href("/interventies")}>{text.reset}</a>
      </SubmitActions>
    </form>
  );
}
