/**
 * An independent reading of DOMAIN.md's advice rules, written for the tests only.
 * It shares nothing with src/engine or src/domain/age.ts: if the engine and this
 * oracle agree on thousands of random requests, both read the rules the same way.
 * Deliberately plain: loops and arrays, no precomputation, no texts.
 */

interface OracleAge {
  basis: string;
  from?: number | undefined;
  to?: number | undefined;
  fromPregnancyWeek?: number | undefined;
  startsInPregnancy?: boolean | undefined;
}

interface OracleIndication {
  kind: string;
  situations: readonly string[];
  age: OracleAge;
  databankRank?: number | undefined;
}

/** The parts of a catalogue the rules look at. */
export interface OracleCatalog {
  interventions: readonly { id: string; name: string; indications: readonly OracleIndication[] }[];
  preconditions: readonly { id: string; requestKey: string }[];
}

/** A valid advice request as JSON carries it (defaults not yet filled in). */
export interface OracleRequest {
  child: { ageYears?: number; ageMonths?: number; pregnancyWeek?: number };
  need: string;
  situations?: readonly string[];
  preconditions?: Record<string, string | undefined>;
}

export interface OracleAdvice {
  status: "recommendations" | "preconditions-not-met";
  /** What the rules recommend (or would, once preconditions are met), in rule-4 order. */
  ranked: string[];
  /** Every other intervention, in catalogue order. */
  rejected: string[];
  unmet: string[];
  unverified: string[];
}

/** "Reading ages, in completed years (ageMonths → floor(months / 12))"; an unborn child has a week instead. */
function readChild(child: OracleRequest["child"]): { born: boolean; years: number; week: number } {
  if (typeof child.pregnancyWeek === "number") return { born: false, years: -1, week: child.pregnancyWeek };
  if (typeof child.ageMonths === "number")
    return { born: true, years: Math.floor(child.ageMonths / 12), week: 0 };
  return { born: true, years: child.ageYears as number, week: 0 };
}

/**
 * "An unborn child (pregnancyWeek) fits only indications that start before birth";
 * "vanaf 28 weken zwangerschap" means week 28 or later; "(aanstaande) moeders" starts
 * in pregnancy at a week not stated, so any week. A not-stated age does not
 * exclude any (born) age. Stated and context ranges include both ends; a range that
 * starts in pregnancy covers every born age up to its end.
 */
export function oracleAgeFits(age: OracleAge, child: ReturnType<typeof readChild>): boolean {
  const inPregnancy = typeof age.fromPregnancyWeek === "number" || age.startsInPregnancy === true;
  if (!child.born) {
    if (age.startsInPregnancy === true) return true;
    return typeof age.fromPregnancyWeek === "number" && child.week >= age.fromPregnancyWeek;
  }
  if (age.basis === "not-stated") return true;
  let lowest = 0;
  if (!inPregnancy && typeof age.from === "number") lowest = age.from;
  let highest = Number.MAX_SAFE_INTEGER;
  if (typeof age.to === "number") highest = age.to;
  return lowest <= child.years && child.years <= highest;
}

/** Rule 3: kind fits need, age fits, and general or sharing a situation. */
export function oracleMatches(indication: OracleIndication, request: OracleRequest): boolean {
  const kindFits = request.need === "either" || request.need === indication.kind;
  const ageFits = oracleAgeFits(indication.age, readChild(request.child));
  const chosen = request.situations ?? [];
  let situationFits = indication.situations.length === 0;
  for (const code of indication.situations) if (chosen.includes(code)) situationFits = true;
  return kindFits && ageFits && situationFits;
}

const BASIS_RANK = ["stated", "context", "not-stated"];
const collator = new Intl.Collator("nl", { sensitivity: "base", numeric: true });

/** Rule 2 to 4 on a whole catalogue. */
export function oracleAdvice(catalog: OracleCatalog, request: OracleRequest): OracleAdvice {
  type Row = { id: string; name: string; specificity: number; basis: number; rank: number };
  const rows: Row[] = [];
  const rejected: string[] = [];
  for (const intervention of catalog.interventions) {
    const matched = intervention.indications.filter((indication) => oracleMatches(indication, request));
    if (matched.length === 0) {
      rejected.push(intervention.id);
      continue;
    }
    // The best indication: specific before general, then by age basis.
    let best = { specificity: 2, basis: 3 };
    let rank = Number.MAX_SAFE_INTEGER;
    for (const indication of matched) {
      const candidate = {
        specificity: indication.situations.length > 0 ? 0 : 1,
        basis: BASIS_RANK.indexOf(indication.age.basis),
      };
      if (
        candidate.specificity < best.specificity ||
        (candidate.specificity === best.specificity && candidate.basis < best.basis)
      ) {
        best = candidate;
      }
      if (typeof indication.databankRank === "number" && indication.databankRank < rank)
        rank = indication.databankRank;
    }
    rows.push({ id: intervention.id, name: intervention.name, ...best, rank });
  }
  rows.sort(
    (a, b) =>
      a.specificity - b.specificity ||
      a.basis - b.basis ||
      a.rank - b.rank ||
      collator.compare(a.name, b.name) ||
      (a.id < b.id ? -1 : 1),
  );

  const unmet: string[] = [];
  const unverified: string[] = [];
  for (const precondition of catalog.preconditions) {
    const answer = request.preconditions?.[precondition.requestKey] ?? "unknown";
    if (answer === "no") unmet.push(precondition.id);
    if (answer === "unknown") unverified.push(precondition.id);
  }
  return {
    status: unmet.length > 0 ? "preconditions-not-met" : "recommendations",
    ranked: rows.map((row) => row.id),
    rejected,
    unmet,
    unverified,
  };
}
