import type { AgeSide } from "../domain/age.js";
import { type AgeView, ageView } from "../domain/age-view.js";
import type { Lang } from "../domain/text.js";
import type { Catalog, Indication, Intervention } from "../domain/types.js";
import type { Need } from "../domain/vocabulary.js";
import { catalogView } from "./catalog-view.js";
import { ageCaveatFor } from "./caveats.js";
import type { Misfit } from "./match.js";
import { mismatchFor, reasonFor } from "./reasons.js";
import type { AdviceCaveat, AdviceReason, MismatchReason } from "./response.js";
import { engineTexts } from "./texts.js";

/**
 * What an advice says about one indication depends on the indication, the language and,
 * for "why not", on which parts of rule 3 failed — never on anything else in the
 * request. So each of these is written once per catalogue and language, on first use,
 * and the same frozen object goes into every advice that needs it (decision 076: at
 * 2,000 interventions, writing them per request misses the p99 budget).
 */
export interface KeptSentences {
  /** Why a matched indication fits: what its source says. */
  reason(intervention: Intervention, indication: Indication): AdviceReason;
  /** A matched indication's age as the recommendation gives it. */
  age(indication: Indication): AgeView;
  /** How a matched indication's age is known, when that needs a caveat. */
  ageCaveat(intervention: Intervention, indication: Indication): AdviceCaveat | undefined;
  /** Why an indication does not fit, for one combination of failed parts. */
  mismatch(intervention: Intervention, indication: Indication, misfit: Misfit): MismatchReason;
}

/** Returns what `map` holds for `key`, first storing what `write` makes. */
function kept<K, V>(map: Map<K, V>, key: K, write: () => V): V {
  if (map.has(key)) return map.get(key) as V;
  const value = write();
  map.set(key, value);
  return value;
}

const NEED_KEYS: Record<Need, number> = { prevention: 1, treatment: 2, either: 3 };
const AGE_SIDE_KEYS: Record<AgeSide, number> = { younger: 1, older: 2, unborn: 3 };

/**
 * The failed parts as one small number (0 for a part that fits): the need asked, the
 * child's side of the age, the situation. A number, because looking up a string made
 * per request would cost about as much as writing the sentence.
 */
function misfitKey({ need, ageSide, situation }: Misfit): number {
  const needKey = need === undefined ? 0 : NEED_KEYS[need];
  const ageKey = ageSide === undefined ? 0 : AGE_SIDE_KEYS[ageSide];
  return needKey * 16 + ageKey * 2 + (situation ? 1 : 0);
}

function writeKeptSentences(catalog: Catalog, lang: Lang): KeptSentences {
  const view = catalogView(catalog, lang);
  const texts = engineTexts(lang);
  const reasons = new Map<Indication, AdviceReason>();
  const ages = new Map<Indication, AgeView>();
  const ageCaveats = new Map<Indication, AdviceCaveat | undefined>();
  const mismatches = new Map<Indication, Map<number, MismatchReason>>();
  return {
    reason: (intervention, indication) =>
      kept(reasons, indication, () => Object.freeze(reasonFor(intervention, indication, view, texts))),
    age: (indication) => kept(ages, indication, () => Object.freeze(ageView(indication.age, lang))),
    ageCaveat: (intervention, indication) =>
      kept(ageCaveats, indication, () => {
        const caveat = ageCaveatFor(intervention, indication, view, texts, lang);
        return caveat && Object.freeze(caveat);
      }),
    mismatch: (intervention, indication, misfit) => {
      const byMisfit = kept(mismatches, indication, () => new Map<number, MismatchReason>());
      return kept(byMisfit, misfitKey(misfit), () =>
        Object.freeze(mismatchFor(intervention, indication, misfit, view, texts)),
      );
    },
  };
}

// A catalogue is an immutable snapshot: what is written about it lives as long as it does.
const keptByCatalog = new WeakMap<Catalog, Partial<Record<Lang, KeptSentences>>>();

/** The kept sentences of a catalogue in one language. */
export function keptSentences(catalog: Catalog, lang: Lang): KeptSentences {
  let byLang = keptByCatalog.get(catalog);
  if (!byLang) {
    byLang = {};
    keptByCatalog.set(catalog, byLang);
  }
  byLang[lang] ??= writeKeptSentences(catalog, lang);
  return byLang[lang];
}
