import { ageLabel } from "../../../domain/age-words.js";
import { messages } from "../../../domain/messages/index.js";
import type { Intervention } from "../../../domain/types.js";
import type { SearchItem } from "../../../search/index.js";
import { FactValues } from "../../components/fact-values/fact-values.js";
import { HighlightText } from "../../components/highlight/highlight.js";
import { RecognitionSummary } from "../../components/recognition-badge/recognition-badge.js";
import type { PageContext } from "../../page-context.js";

/** Each distinct age with the kind it is for, in words: "behandeling: leeftijd niet vermeld in de bron". */
export function agesByKind(page: PageContext, intervention: Intervention): string[] {
  return [
    ...new Set(
      intervention.indications.map((i) => `${page.t.common[i.kind]}: ${ageLabel(i.age, page.lang)}`),
    ),
  ];
}

/** One result card: name, highlights, kinds, ages in words, every recognition level, Databank. */
export function ResultItem(props: {
  page: PageContext;
  item: SearchItem;
  intervention: Intervention;
  now: Date;
}) {
  const { page, item, intervention, now } = props;
  const text = messages(page.lang).pages.interventies.resultItem;
  return (
    <li class="hw-result">
      <h3>
        <a href={page.href(`/interventies/${item.id}`)}>{item.name}</a>
      </h3>
      {item.highlights.slice(0, 2).map((h) => (
        <p>
          <HighlightText highlight={h} />
        </p>
      ))}
      <dl class="hw-facts">
        <dt>{text.kinds}</dt>
        <dd>{item.kinds.map((k) => page.t.common[k]).join(", ")}</dd>
        <dt>{text.ages}</dt>
        <dd>
          <FactValues values={agesByKind(page, intervention)} />
        </dd>
        <dt>{text.recognition}</dt>
        <dd>
          <RecognitionSummary page={page} intervention={intervention} now={now} />
        </dd>
        <dt>{text.inDatabank}</dt>
        <dd>{item.inDatabank === null ? text.notStated : item.inDatabank ? text.yes : text.no}</dd>
      </dl>
    </li>
  );
}
