import type { AgeSide } from "../domain/age.js";
import type { Indication, Intervention } from "../domain/types.js";
import type { Need } from "../domain/vocabulary.js";
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

/**
 * The clauses "why not" is made of, for one indication: whose indication by which
 * source, and what the source says about each part of rule 3 the indication can fail.
 */
export interface MismatchClauses {
  /** "Volgens de richtlijn is PIPA ". */
  readonly start: string;
  /** The kind clause. A need fails a kind only by asking for the other kind, so there is one. */
  readonly kind: string;
  /** The age clause for each side of the age a child can be on. */
  readonly age: Readonly<Record<AgeSide, string>>;
  readonly situation: string;
}

export function mismatchClausesFor(
  intervention: Intervention,
  indication: Indication,
  view: CatalogView,
  texts: EngineTexts,
): MismatchClauses {
  const { age } = indication;
  const otherKind: Need = indication.kind === "prevention" ? "treatment" : "prevention";
  const bornHead = texts.mismatchAgeHead(age, "born");
  return {
    start: texts.mismatchStart({
      document: view.documentWords(indication.source?.document),
      name: intervention.name,
    }),
    kind: texts.mismatchKind({ kind: indication.kind, need: otherKind }),
    age: {
      younger: bornHead + texts.mismatchAgeTail(age, "younger"),
      older: bornHead + texts.mismatchAgeTail(age, "older"),
      unborn: texts.mismatchAgeHead(age, "unborn") + texts.mismatchAgeTail(age, "unborn"),
    },
    situation: texts.mismatchSituation({ situationLabels: indication.situations.map(view.situationLabel) }),
  };
}

/** Why one indication does not fit: every failed part of rule 3, in the order kind, age, situation. */
export function mismatchFor(
  indication: Indication,
  clauses: MismatchClauses,
  misfit: Misfit,
  texts: EngineTexts,
): MismatchReason {
  const failed: string[] = [];
  if (misfit.need !== undefined) failed.push(clauses.kind);
  if (misfit.ageSide !== undefined) failed.push(clauses.age[misfit.ageSide]);
  if (misfit.situation) failed.push(clauses.situation);
  const { comma, and, end } = texts.mismatchWords;
  // "A, B en C": commas between the clauses, "and" before the last.
  let text = clauses.start + failed[0];
  for (let i = 1; i < failed.length; i++) text += (i === failed.length - 1 ? and : comma) + failed[i];
  text += end;
  return indication.source ? { text, source: indication.source } : { text };
}
