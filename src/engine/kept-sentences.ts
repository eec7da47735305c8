import { type AgeView, ageView } from "../domain/age-view.js";
import type { Lang } from "../domain/text.js";
import type { Catalog, Indication, Intervention } from "../domain/types.js";
import { catalogView } from "./catalog-view.js";
import { memoPerCatalogue } from "./catalogue-memo.js";
import { ageCaveatFor, type RecognitionCaveat, recognitionCaveatFor } from "./content-caveats.js";
import type { Misfit } from "./match.js";
import { type MismatchClauses, mismatchClausesFor, mismatchFor, reasonFor } from "./reasons.js";
import type { AdviceCaveat, AdviceReason, MismatchReason } from "./response.js";
import { engineTexts } from "./texts.js";

/**
 * What an advice says about one indication depends on the indication and the language,
 * and "why not" also on which parts of rule 3 failed — never on anything else in the
 * request. So the sentences and clauses are written once per catalogue and language, on
 * first use, and the same frozen objects go into every advice that needs them; "why not"
 * joins its kept clauses per request (decision 076: at 2,000 interventions, writing them
 * per request misses the p99 budget, and keeping every joined sentence the memory one).
 */
export interface KeptSentences {
  /** Why a matched indication fits: what its source says. */
  reason(intervention: Intervention, indication: Indication): AdviceReason;
  /** A matched indication's age as the recommendation gives it. */
  age(indication: Indication): AgeView;
  /** How a matched indication's age is known, when that needs a caveat. */
  ageCaveat(intervention: Intervention, indication: Indication): AdviceCaveat | undefined;
  /** The intervention's recognition caveat and when it applies, if it ever does. */
  recognitionCaveat(intervention: Intervention): RecognitionCaveat | undefined;
  /** Why an indication does not fit: its kept clauses for the failed parts, joined. */
  mismatch(intervention: Intervention, indication: Indication, misfit: Misfit): MismatchReason;
}

/** Returns what `map` holds for `key`, first storing what `write` makes. */
function kept<K, V>(map: Map<K, V>, key: K, write: () => V): V {
  const known = map.get(key);
  if (known !== undefined) return known;
  const value = write();
  map.set(key, value);
  return value;
}

function writeKeptSentences(catalog: Catalog, lang: Lang): KeptSentences {
  const view = catalogView(catalog, lang);
  const texts = engineTexts(lang);
  const reasons = new Map<Indication, AdviceReason>();
  const ages = new Map<Indication, AgeView>();
  // null: the indication's age needs no caveat.
  const ageCaveats = new Map<Indication, AdviceCaveat | null>();
  const mismatchClauses = new Map<Indication, MismatchClauses>();
  // null: no recognition of the intervention ever calls for a caveat.
  const recognitionCaveats = new Map<Intervention, RecognitionCaveat | null>();
  return {
    reason: (intervention, indication) =>
      kept(reasons, indication, () => Object.freeze(reasonFor(intervention, indication, view, texts))),
    age: (indication) => kept(ages, indication, () => Object.freeze(ageView(indication.age, lang))),
    ageCaveat: (intervention, indication) =>
      kept(ageCaveats, indication, () => {
        const caveat = ageCaveatFor(intervention, indication, view, texts, lang);
        return caveat ? Object.freeze(caveat) : null;
      }) ?? undefined,
    recognitionCaveat: (intervention) =>
      kept(recognitionCaveats, intervention, () => {
        const recognition = recognitionCaveatFor(intervention, texts);
        return recognition
          ? Object.freeze({ ...recognition, caveat: Object.freeze(recognition.caveat) })
          : null;
      }) ?? undefined,
    mismatch: (intervention, indication, misfit) => {
      const clauses = kept(mismatchClauses, indication, () =>
        mismatchClausesFor(intervention, indication, view, texts),
      );
      return mismatchFor(indication, clauses, misfit, texts);
    },
  };
}

/** The kept sentences of a catalogue in one language. */
export const keptSentences = memoPerCatalogue(writeKeptSentences);
