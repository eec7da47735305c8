import type { Indication, Intervention } from "../domain/types.js";
import type { CatalogView } from "./catalog-view.js";
import type { Misfit } from "./match.js";
import type { AdviceReason, MismatchReason } from "./response.js";
import type { EngineTexts } from "./texts.js";

/** The sentence for a matched indication: what its source says, with the source's place. */
export function reasonFor(
  intervention: Intervention,
  indication: Indication,
  view: CatalogView,
  texts: EngineTexts,
): AdviceReason {
  const text = texts.reason({
    document: view.documentWords(indication.source?.document),
    name: intervention.name,
    kind: indication.kind,
    situationLabels: indication.situations.map(view.situationLabel),
    age: indication.age,
    databankRank: indication.databankRank,
  });
  // The content loader rejects an indication without a source; the fallback only keeps the type honest.
  return { text, source: indication.source ?? { document: "", section: "" } };
}

/** Why one indication does not fit: every failed part of rule 3, in the order kind, age, situation. */
export function mismatchFor(
  intervention: Intervention,
  indication: Indication,
  misfit: Misfit,
  view: CatalogView,
  texts: EngineTexts,
): MismatchReason {
  const clauses: string[] = [];
  if (misfit.need !== undefined) {
    clauses.push(texts.mismatchKind({ kind: indication.kind, need: misfit.need }));
  }
  if (misfit.ageSide !== undefined) {
    const childKind = misfit.ageSide === "unborn" ? "unborn" : "born";
    clauses.push(
      texts.mismatchAgeHead(indication.age, childKind) +
        texts.mismatchAgeTail(indication.age, misfit.ageSide),
    );
  }
  if (misfit.situation) {
    clauses.push(
      texts.mismatchSituation({ situationLabels: indication.situations.map(view.situationLabel) }),
    );
  }
  const { comma, and, end } = texts.mismatchWords;
  // "A, B en C": commas between the clauses, "and" before the last.
  const joined =
    clauses.length > 1 ? `${clauses.slice(0, -1).join(comma)}${and}${clauses.at(-1)}` : clauses[0];
  const start = texts.mismatchStart({
    document: view.documentWords(indication.source?.document),
    name: intervention.name,
  });
  const text = start + joined + end;
  return indication.source ? { text, source: indication.source } : { text };
}
