/**
 * When a typed word may count as a misspelling of a known word
 * (docs/decisions/034 and 069). The term index compares stems, the phrases
 * (risk groups, synonyms, harmful practices) compare whole words; both apply
 * the same two rules on top of the length limits: a word that is itself known
 * (indexed, or a word of a phrase) is taken as spelled right and only joins
 * its own ending variants, and a misspelling keeps its first letter.
 */

import { boundedEditDistance } from "./analysis.js";

/** Shortest stem that may carry a typo in the term index. */
const MIN_FUZZY_STEM_LENGTH = 5;

/** How many typos a phrase word of this (folded) length may carry and still count as the same word. */
export function allowedTypos(length: number): number {
  if (length >= 9) return 2;
  if (length >= 6) return 1;
  return 0;
}

/**
 * How many typos a stem may carry in the term index: round(0.2 × length), at
 * most 2, none below five letters (as MiniSearch). Stems are a few letters
 * shorter than their words, so this is about as strict as {@link allowedTypos}.
 */
export function allowedStemTypos(length: number): number {
  if (length < MIN_FUZZY_STEM_LENGTH) return 0;
  return Math.min(2, Math.round(length * 0.2));
}

/**
 * Whether a typed word and a candidate start with the same letter, as a
 * misspelling must. Spelling-error studies find the first letter rarely
 * wrong, while real words that differ only there are common and unrelated
 * (regressie / depressie, regression / aggression, geeft / heeft, thuis / huis).
 */
export function keepsFirstLetter(typed: string, candidate: string): boolean {
  return typed.charCodeAt(0) === candidate.charCodeAt(0);
}

/** Shortest word that may join an ending variant of itself. */
const MIN_VARIANT_LENGTH = 6;

/**
 * Whether two words differ by one edit in their last two letters only: the
 * endings the Dutch stemmer leaves apart (preventie / preventiv, adoptie /
 * adoptief, effectief / effectiev) and British / American spelling
 * (behaviour / behavior). Among the catalogue's indexed stems, every such
 * pair is the same word; the pairs that differ earlier are different words
 * (beperk / bewerk, neemt / noemt).
 */
export function isEndingVariant(a: string, b: string): boolean {
  const longer = Math.max(a.length, b.length);
  if (Math.min(a.length, b.length) < MIN_VARIANT_LENGTH || longer - Math.min(a.length, b.length) > 1)
    return false;
  let shared = 0;
  while (shared < a.length && a.charCodeAt(shared) === b.charCodeAt(shared)) shared++;
  return shared >= longer - 2 && boundedEditDistance(a, b, 1) <= 1;
}
