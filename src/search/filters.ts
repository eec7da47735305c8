import { type Need, RECOGNITION_LEVELS, type RecognitionLevel } from "../domain/vocabulary.js";
import { DATABANK_NO, DATABANK_UNKNOWN, DATABANK_YES, type FilterColumns } from "./filter-columns.js";
import { MAX_SITUATION_SLOTS, PREVENTION_BIT, TREATMENT_BIT } from "./prepared-interventions.js";
import type { SearchFacets } from "./result-schema.js";

/** The filters of a search, after reading the query (an age in the text counts as a filter). */
export interface SearchFilters {
  readonly ageYears?: number | undefined;
  readonly need?: Need | undefined;
  readonly situations?: readonly string[] | undefined;
  readonly recognition?: RecognitionLevel | undefined;
  readonly inDatabank?: boolean | undefined;
}

/** The filters prepared for testing many interventions quickly: bits instead of strings. */
export interface CompiledFilters {
  /** The child's age in completed years, when filtered on. */
  readonly age?: number;
  /** PREVENTION_BIT and/or TREATMENT_BIT: the kinds that may pass. */
  readonly kindMask: number;
  /** Bits of the wanted risk groups, or ANY_SITUATION when not filtered on. */
  readonly situationMask: number;
  /** Position of the wanted recognition level, or -1. */
  readonly recognitionSlot: number;
  /** DATABANK_YES or DATABANK_NO, when filtered on. */
  readonly databank?: number;
  /** Whether any filter is set (when none is, everything passes). */
  readonly active: boolean;
}

const ANY_SITUATION = -1;

/** Prepares the filters once per query; `situationCodes` is the index's situation list. */
export function compileFilters(filters: SearchFilters, situationCodes: readonly string[]): CompiledFilters {
  const need = filters.need;
  const wanted = filters.situations ?? [];
  let situationMask = wanted.length === 0 ? ANY_SITUATION : 0;
  for (const code of wanted) {
    const slot = situationCodes.indexOf(code);
    // An unknown code adds no bit: it matches nothing, as an unknown risk group should.
    if (slot >= 0 && slot < MAX_SITUATION_SLOTS) situationMask |= 1 << slot;
  }
  const compiled: CompiledFilters = {
    kindMask:
      need === "prevention"
        ? PREVENTION_BIT
        : need === "treatment"
          ? TREATMENT_BIT
          : PREVENTION_BIT | TREATMENT_BIT,
    situationMask,
    recognitionSlot: filters.recognition === undefined ? -1 : RECOGNITION_LEVELS.indexOf(filters.recognition),
    active:
      filters.ageYears !== undefined ||
      (need !== undefined && need !== "either") ||
      wanted.length > 0 ||
      filters.recognition !== undefined ||
      filters.inDatabank !== undefined,
  };
  return {
    ...compiled,
    ...(filters.ageYears === undefined ? {} : { age: filters.ageYears }),
    ...(filters.inDatabank === undefined
      ? {}
      : { databank: filters.inDatabank ? DATABANK_YES : DATABANK_NO }),
  };
}

/**
 * Whether an intervention (by document number) has an indication that passes the
 * age, need and risk group filters, judged on the SAME indication: a prevention
 * for 0–4 and a treatment for 7–12 do not together make a treatment for a
 * 3-year-old. A risk group filter asks for indications that name that group
 * (docs/decisions/032). `onlySituationBit` narrows it to indications naming one
 * particular group.
 */
function hasPassingIndication(
  columns: FilterColumns,
  doc: number,
  filters: CompiledFilters,
  onlySituationBit: number,
): boolean {
  const end = columns.indicationStart[doc + 1] ?? 0;
  for (let i = columns.indicationStart[doc] ?? 0; i < end; i++) {
    const situationBits = columns.indicationSituationBits[i] ?? 0;
    if (((columns.indicationKindBits[i] ?? 0) & filters.kindMask) === 0) continue;
    if (filters.situationMask !== ANY_SITUATION && (situationBits & filters.situationMask) === 0) continue;
    if (onlySituationBit !== ANY_SITUATION && (situationBits & onlySituationBit) === 0) continue;
    if (filters.age !== undefined && !fitsAge(columns, i, filters.age)) continue;
    return true;
  }
  return false;
}

/** Whether indication `i` (a position in the indication columns) fits a born child of `years`, as ageFits would judge. */
function fitsAge(columns: FilterColumns, i: number, years: number): boolean {
  return (
    years >= (columns.indicationAgeFrom[i] ?? 0) &&
    years <= (columns.indicationAgeTo[i] ?? Number.POSITIVE_INFINITY)
  );
}

/** Whether an intervention passes all filters; Databank and recognition are properties of the intervention. */
export function docPasses(columns: FilterColumns, doc: number, filters: CompiledFilters): boolean {
  if (!filters.active) return true;
  if (filters.databank !== undefined && columns.databank[doc] !== filters.databank) return false;
  if (filters.recognitionSlot >= 0 && ((columns.levelBits[doc] ?? 0) & (1 << filters.recognitionSlot)) === 0)
    return false;
  return hasPassingIndication(columns, doc, filters, ANY_SITUATION);
}

/** Whether an intervention has an indication for one risk group (by slot) that passes the filters. */
export function docServesSituation(
  columns: FilterColumns,
  doc: number,
  filters: CompiledFilters,
  slot: number,
): boolean {
  if (slot < 0 || slot >= MAX_SITUATION_SLOTS) return false;
  return hasPassingIndication(columns, doc, filters, 1 << slot);
}

/**
 * Counts the matching interventions per facet value, in one pass over the
 * matches (docs/decisions/032). An intervention counts for a kind or a situation
 * when one of its indications that fits the age filter has it; without an age
 * filter the counts come from what was worked out when the index was built.
 */
export function countFacets(
  columns: FilterColumns,
  docs: readonly number[],
  filters: SearchFilters,
  situationCodes: readonly string[],
): SearchFacets {
  // Plain counters and typed arrays: this loop runs over every match of a broad query.
  let prevention = 0;
  let treatment = 0;
  const databank = new Int32Array(3);
  const situation = new Int32Array(situationCodes.length);
  const recognition = new Int32Array(RECOGNITION_LEVELS.length);
  const age = filters.ageYears;
  for (const doc of docs) {
    const databankCode = columns.databank[doc] ?? DATABANK_UNKNOWN;
    databank[databankCode] = (databank[databankCode] ?? 0) + 1;
    for (let levels = columns.levelBits[doc] ?? 0, slot = 0; levels !== 0; slot++, levels >>>= 1) {
      if (levels & 1) recognition[slot] = (recognition[slot] ?? 0) + 1;
    }
    let kindBits = columns.kindBits[doc] ?? 0;
    let situationBits = columns.situationBits[doc] ?? 0;
    if (age !== undefined) {
      kindBits = 0;
      situationBits = 0;
      const end = columns.indicationStart[doc + 1] ?? 0;
      for (let i = columns.indicationStart[doc] ?? 0; i < end; i++) {
        if (!fitsAge(columns, i, age)) continue;
        kindBits |= columns.indicationKindBits[i] ?? 0;
        situationBits |= columns.indicationSituationBits[i] ?? 0;
      }
    }
    if (kindBits & PREVENTION_BIT) prevention += 1;
    if (kindBits & TREATMENT_BIT) treatment += 1;
    for (let slot = 0; situationBits !== 0; slot++, situationBits >>>= 1) {
      if (situationBits & 1) situation[slot] = (situation[slot] ?? 0) + 1;
    }
  }
  return {
    need: { prevention, treatment },
    situation: Object.fromEntries(situationCodes.map((code, slot) => [code, situation[slot] ?? 0])),
    recognition: Object.fromEntries(RECOGNITION_LEVELS.map((level, slot) => [level, recognition[slot] ?? 0])),
    inDatabank: {
      yes: databank[DATABANK_YES] ?? 0,
      no: databank[DATABANK_NO] ?? 0,
      unknown: databank[DATABANK_UNKNOWN] ?? 0,
    },
  };
}
