import type { Child } from "hono/jsx";
import { type QualityIntervention, qualityReport } from "../../../engine/quality.js";
import type { PageContext } from "../../page-context.js";
import type { BeheerHandler } from "./access.js";
import { editHref } from "./editing-parts.js";
import { BeheerNav, BeheerTable, beheerText } from "./parts.js";

const cell = "utrecht-table__cell";

/** The intervention, linked to its public page and to its editor, where the point is put right. */
function InterventionCell(props: { page: PageContext; intervention: QualityIntervention }) {
  const { page, intervention } = props;
  return (
    <td class={cell}>
      <a href={page.href(`/interventies/${intervention.id}`)}>{intervention.name}</a>{" "}
      <a href={editHref(page, "intervention", intervention.id)}>
        {beheerText(page).quality.edit}
        <span class="hw-visually-hidden"> {intervention.name}</span>
      </a>
    </td>
  );
}

function FileCell(props: { file: string }) {
  return (
    <td class={cell}>
      <code>{props.file}</code>
    </td>
  );
}

/**
 * A recognition's date as the source gives it ("2017-06-30", "2015-12", "2015"), with
 * non-breaking hyphens so a narrow column never breaks it after "2017-06-".
 */
function DateText(props: { date: string }) {
  return <time datetime={props.date}>{props.date.replaceAll("-", "\u2011")}</time>;
}

/**
 * One list of the report: its heading with the count, what it means, and its table; a list
 * without items says so, or gives its own sentence (`empty`).
 */
function QualitySection(props: {
  page: PageContext;
  id: string;
  title: string;
  count: number;
  lead: string;
  caption: string;
  headings: readonly string[];
  empty?: string;
  /** A sentence before the table, shown only when there is one. */
  before?: string;
  children?: Child;
}) {
  const { page, id, count } = props;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {props.title} ({count})
      </h2>
      <p>{props.lead}</p>
      {count === 0 ? (
        <p>{props.empty ?? beheerText(page).quality.none}</p>
      ) : (
        <>
          {props.before ? <p>{props.before}</p> : null}
          <BeheerTable page={page} id={`${id}-caption`} caption={props.caption} headings={props.headings}>
            {props.children}
          </BeheerTable>
        </>
      )}
    </section>
  );
}

/** A path in the intervention's content file, e.g. "indications.2". */
function PathCell(props: { path: string }) {
  return (
    <td class={cell}>
      <code>{props.path}</code>
    </td>
  );
}

/** GET /beheer/kwaliteit: what needs a curator's attention in the current content, every role. */
export const qualityPage: BeheerHandler = (page, _c, { session, now }) => {
  if (!session) throw new Error("/beheer/kwaliteit is guarded: a session is always there");
  const text = beheerText(page).quality;
  const report = qualityReport(page.catalog, now);
  const { staleRecognitions, uncited, disagreementsWithoutNote, agesNotStated } = report;
  const overview: [string, string, number][] = [
    ["stale", text.stale.title, staleRecognitions.count],
    ["uncited", text.uncited.title, uncited.count],
    ["disagreements", text.disagreements.title, disagreementsWithoutNote.count],
    ["ages", text.ages.title, agesNotStated.count],
  ];
  return {
    meta: { title: text.title, noIndex: true },
    body: (
      <>
        <h1>{text.title}</h1>
        <BeheerNav page={page} session={session} />
        <p class="hw-lead">{text.lead(report.revision)}</p>
        <h2>{text.overview}</h2>
        <ul>
          {overview.map(([id, title, count]) => (
            <li>
              <a href={`#${id}-title`}>{title}</a>: {text.count(count)}
            </li>
          ))}
        </ul>

        <QualitySection
          page={page}
          id="stale"
          title={text.stale.title}
          count={staleRecognitions.count}
          lead={text.stale.lead}
          caption={text.stale.caption}
          headings={[text.intervention, text.stale.level, text.stale.date, text.stale.age, text.file]}
        >
          {staleRecognitions.items.map((item) => (
            <tr class="utrecht-table__row">
              <InterventionCell page={page} intervention={item.intervention} />
              <td class={cell}>{page.t.recognition[item.level]}</td>
              <td class={cell}>
                <DateText date={item.date} />
              </td>
              <td class={cell}>{text.stale.years(item.ageYears)}</td>
              <FileCell file={item.intervention.file} />
            </tr>
          ))}
        </QualitySection>

        <QualitySection
          page={page}
          id="uncited"
          title={text.uncited.title}
          count={uncited.count}
          lead={text.uncited.lead}
          empty={text.uncited.zero}
          before={text.uncited.schema}
          caption={text.uncited.caption}
          headings={[text.intervention, text.uncited.what, text.where, text.file]}
        >
          {uncited.items.map((item) => (
            <tr class="utrecht-table__row">
              <InterventionCell page={page} intervention={item.intervention} />
              <td class={cell}>{text.uncited.kinds[item.kind]}</td>
              <PathCell path={item.path} />
              <FileCell file={item.intervention.file} />
            </tr>
          ))}
        </QualitySection>

        <QualitySection
          page={page}
          id="disagreements"
          title={text.disagreements.title}
          count={disagreementsWithoutNote.count}
          lead={text.disagreements.lead}
          caption={text.disagreements.caption}
          headings={[text.intervention, text.disagreements.levels, text.disagreements.ages, text.file]}
        >
          {disagreementsWithoutNote.items.map((item) => (
            <tr class="utrecht-table__row">
              <InterventionCell page={page} intervention={item.intervention} />
              <td class={cell}>{item.levels.map((level) => page.t.recognition[level]).join(" / ")}</td>
              <td class={cell}>{item.ages.join(" / ")}</td>
              <FileCell file={item.intervention.file} />
            </tr>
          ))}
        </QualitySection>

        <QualitySection
          page={page}
          id="ages"
          title={text.ages.title}
          count={agesNotStated.count}
          lead={text.ages.lead}
          caption={text.ages.caption}
          headings={[text.intervention, text.ages.kind, text.ages.missing, text.where, text.file]}
        >
          {agesNotStated.items.map((item) => (
            <tr class="utrecht-table__row">
              <InterventionCell page={page} intervention={item.intervention} />
              <td class={cell}>{text.ages.kinds[item.kind]}</td>
              <td class={cell}>{text.ages.missingKinds[item.missing]}</td>
              <PathCell path={item.path} />
              <FileCell file={item.intervention.file} />
            </tr>
          ))}
        </QualitySection>
      </>
    ),
  };
};
