/**
 * Words that say nothing about which intervention is meant. In a query they only
 * add to the score of matches found through other words, so "kind van 3 jaar in
 * een pleeggezin" finds what "pleeggezin" finds, ordered a little by the rest.
 * Folded forms (lower case, no diacritics).
 */
const DUTCH =
  "de het een en of van voor met bij in op aan te tot om uit naar over door als dat die dit deze er is zijn " +
  "was wordt worden heeft hebben ik je jij u we wij ze zij hij mijn ons onze hun welke wat wie hoe waar niet " +
  "geen ook nog al maar dan wel zo kind kinderen kindje jongere jongeren ouder ouders opvoeder opvoeders " +
  "gezin gezinnen samen jaar jarige oud maanden interventie interventies zoeken zoek graag erg heel";
const ENGLISH =
  "the a an and or for with at to from on by of is are my child children kid kids parent parents family " +
  "families together year years old months intervention interventions";

export const STOP_WORDS: ReadonlySet<string> = new Set(`${DUTCH} ${ENGLISH}`.split(" "));
