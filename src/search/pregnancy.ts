/**
 * Words that say the child is not born yet. Like "3 jaar", they are about the
 * child's age, not a risk group: a pregnancy is not the teenage-single-mother
 * situation. DOMAIN.md reads "(aanstaande) moeders" as an indication that
 * starts in pregnancy; the search reads these words the same way and ranks
 * the interventions that start before birth first (docs/decisions/034).
 */
export const PREGNANCY_PHRASES: readonly string[] = [
  "zwanger",
  "zwangere",
  "zwangerschap",
  "zwangerschapsweek",
  "tienerzwangerschap",
  "aanstaande moeder",
  "aanstaande moeders",
  "aanstaande ouders",
  "ongeboren",
  "prenataal",
  "prenatale",
  "pregnant",
  "pregnancy",
  "expectant mother",
  "expectant parents",
  "unborn",
  "prenatal",
  "antenatal",
];
