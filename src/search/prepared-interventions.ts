import { bornAgeBounds } from "../domain/age.js";
import { recognitionLevels } from "../domain/recognition.js";
import type { Intervention } from "../domain/types.js";
import { RECOGNITION_LEVELS } from "../domain/vocabulary.js";

/**
 * What the search needs to know about an intervention again and again, worked
 * out once per catalogue snapshot: every query filters and counts facets over the
 * whole catalogue, so these facts are read, not recomputed from the content.
 */
export interface PreparedIntervention {
  readonly intervention: Intervention;
  /** Position in the catalogue's name order. */
  readonly order: number;
  /** The risk groups of its indications. */
  readonly situations: readonly string[];
  readonly databank: "yes" | "no" | "unknown";
  /** Positions of its recognition levels in RECOGNITION_LEVELS. */
  readonly levelSlots: readonly number[];
  /** PREVENTION_BIT and/or TREATMENT_BIT: the kinds of its indications. */
  readonly kindBits: number;
  /** A bit per situation slot: the risk groups of its indications. */
  readonly situationBits: number;
  /** Per indication: the youngest and oldest born age (completed years) it fits, as ageFits reads it. */
  readonly indicationAgeFrom: readonly number[];
  readonly indicationAgeTo: readonly number[];
  /** Per indication: PREVENTION_BIT or TREATMENT_BIT. */
  readonly indicationKindBits: readonly number[];
  /** Per indication: a bit per situation slot, so facets under an age filter need no allocation. */
  readonly indicationSituationBits: readonly number[];
}

export const PREVENTION_BIT = 1;
export const TREATMENT_BIT = 2;

/** Risk groups that fit in one 31-bit mask; more would need a wider mask (there are ten). */
export const MAX_SITUATION_SLOTS = 31;

/** Prepares one intervention for filtering; `situationCodes` is the catalogue's situation list. */
export function prepareIntervention(
  intervention: Intervention,
  order: number,
  situationCodes: readonly string[],
): PreparedIntervention {
  const indications = intervention.indications;
  const situations = [...new Set(indications.flatMap((i) => i.situations))];
  const indicationSituationBits = indications.map((indication) =>
    indication.situations.reduce((bits, code) => {
      const slot = situationCodes.indexOf(code);
      return slot >= 0 && slot < MAX_SITUATION_SLOTS ? bits | (1 << slot) : bits;
    }, 0),
  );
  return {
    intervention,
    order,
    situations,
    databank: intervention.inDatabank === true ? "yes" : intervention.inDatabank === false ? "no" : "unknown",
    levelSlots: recognitionLevels(intervention).map((level) => RECOGNITION_LEVELS.indexOf(level)),
    kindBits: indications.reduce(
      (bits, i) => bits | (i.kind === "prevention" ? PREVENTION_BIT : TREATMENT_BIT),
      0,
    ),
    situationBits: indicationSituationBits.reduce((all, bits) => all | bits, 0),
    indicationAgeFrom: indications.map((i) => bornAgeBounds(i.age).from),
    indicationAgeTo: indications.map((i) => bornAgeBounds(i.age).to),
    indicationKindBits: indications.map((i) => (i.kind === "prevention" ? PREVENTION_BIT : TREATMENT_BIT)),
    indicationSituationBits,
  };
}

/** The prepared interventions of each risk group: interventions with at least one indication for it. */
export function preparedBySituation(
  prepared: readonly PreparedIntervention[],
): Map<string, PreparedIntervention[]> {
  const bySituation = new Map<string, PreparedIntervention[]>();
  for (const entry of prepared) {
    for (const code of entry.situations) {
      const list = bySituation.get(code);
      if (list) list.push(entry);
      else bySituation.set(code, [entry]);
    }
  }
  return bySituation;
}
