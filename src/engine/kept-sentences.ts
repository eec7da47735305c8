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
 * request. So the sentences and clauses are written once per catalogue and language, all
 * at once on first use, and the same frozen objects go into every advice that needs
 * them; "why not" joins its kept clauses per request (decision 076: at 2,000
 * interventions, writing them per request misses the p99 budget, and keeping every joined
 * sentence the memory one).
 */
export interface KeptSentences {
  /** Why a matched indication fits: what its source says. */
  reason(indication: Indication): AdviceReason;
  /** A matched indication's age as the recommendation gives it. */
  age(indication: Indication): AgeView;
  /** How a matched indication's age is known, when that needs a caveat. */
  ageCaveat(indication: Indication): AdviceCaveat | undefined;
  /** The intervention's recognition caveat and when it applies, if it ever does. */
  recognitionCaveat(intervention: Intervention): RecognitionCaveat | undefined;
  /** Why an indication does not fit: its kept clauses for the failed parts, joined. */
  mismatch(indication: Indication, misfit: Misfit): MismatchReason;
}

/** What is written about one indication of the catalogue. */
interface IndicationSentences {
  readonly reason: AdviceReason;
  readonly age: AgeView;
  readonly ageCaveat: AdviceCaveat | undefined;
  readonly mismatchClauses: MismatchClauses;
}

function writeKeptSentences(catalog: Catalog, lang: Lang): KeptSentences {
  const view = catalogView(catalog, lang);
  const texts = engineTexts(lang);
  const byIndication = new Map<Indication, IndicationSentences>();
  const recognitionCaveats = new Map<Intervention, RecognitionCaveat | undefined>();
  for (const intervention of catalog.interventions) {
    const recognition = recognitionCaveatFor(intervention, texts);
    recognitionCaveats.set(
      intervention,
      recognition && Object.freeze({ ...recognition, caveat: Object.freeze(recognition.caveat) }),
    );
    for (const indication of intervention.indications) {
      const ageCaveat = ageCaveatFor(intervention, indication, view, texts, lang);
      byIndication.set(indication, {
        reason: Object.freeze(reasonFor(intervention, indication, view, texts)),
        age: Object.freeze(ageView(indication.age, lang)),
        ageCaveat: ageCaveat && Object.freeze(ageCaveat),
        mismatchClauses: mismatchClausesFor(intervention, indication, view, texts),
      });
    }
  }
  const about = (indication: Indication): IndicationSentences => {
    const sentences = byIndication.get(indication);
    if (!sentences) throw new Error("the indication is not one of this catalogue's");
    return sentences;
  };
  return {
    reason: (indication) => about(indication).reason,
    age: (indication) => about(indication).age,
    ageCaveat: (indication) => about(indication).ageCaveat,
    recognitionCaveat: (intervention) => recognitionCaveats.get(intervention),
    mismatch: (indication, misfit) =>
      mismatchFor(indication, about(indication).mismatchClauses, misfit, texts),
  };
}

/** The kept sentences of a catalogue in one language. */
export const keptSentences = memoPerCatalogue(writeKeptSentences);
