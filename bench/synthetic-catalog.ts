import { compareNames } from "../src/catalog/build-catalog.js";
import type { Catalog, Intervention } from "../src/domain/types.js";
import { RECOGNITION_LEVELS } from "../src/domain/vocabulary.js";
import { seededRandom } from "./seeded-random.js";

/**
 * Synthetic catalogues for the search benchmark: plausible Dutch intervention
 * names, aliases, summaries and indications, deterministic for a given size.
 */

const PREFIXES = [
  "Samen",
  "Sterk",
  "Veilig",
  "Band",
  "Hecht",
  "Thuis",
  "Groei",
  "Spel",
  "Video",
  "Ouder",
  "Kind",
  "Gezin",
];
const CORES = [
  "start",
  "basis",
  "plus",
  "kracht",
  "wijs",
  "zorg",
  "training",
  "therapie",
  "begeleiding",
  "programma",
];
const SUFFIXES = ["", " Jong", " Tiener", " Baby", " Kort", " Intensief", " Groep", " Thuis"];

/**
 * The words of the shipped descriptions, each as often as it occurs there, so
 * synthetic summaries have the real catalogue's word distribution: "de" often,
 * "pleeggezin" now and then.
 */
function wordPool(base: Catalog, lang: "nl" | "en"): string[] {
  return base.interventions
    .flatMap((i) => [i.summary.professionals, i.summary.policymakers, ...i.facts.map((f) => f.text)])
    .flatMap((text) => (lang === "nl" ? text.nl : (text.en ?? "")).split(/\s+/))
    .filter((word) => word !== "");
}

/** Builds a catalogue of `size` synthetic interventions around the shipped situations and harmful practices. */
export function syntheticCatalog(base: Catalog, size: number, seed = 42): Catalog {
  const next = seededRandom(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
  const dutch = wordPool(base, "nl");
  const english = wordPool(base, "en");
  const sentence = (length: number, pool = dutch) => Array.from({ length }, () => pick(pool)).join(" ");
  const codes = base.situations.map((s) => s.code);
  const interventions: Intervention[] = [];
  for (let n = 0; n < size; n++) {
    const name = `${pick(PREFIXES)}${pick(CORES)}${pick(SUFFIXES)} ${n}`;
    const abbreviation = name
      .split(/\s+/)
      .map((w) => w[0])
      .join("")
      .toUpperCase();
    const from = Math.floor(next() * 12);
    const to = Math.min(18, from + 1 + Math.floor(next() * 8));
    const situations = next() < 0.5 ? [] : [pick(codes), ...(next() < 0.3 ? [pick(codes)] : [])];
    interventions.push({
      id: `synthetic-${n}`,
      name,
      abbreviation: `${abbreviation}${n}`,
      fullName: `${name} ${sentence(3)}`,
      aliases: [`${name.replace(/ /g, "-")}`, `${pick(PREFIXES)} ${pick(CORES)}`],
      inDatabank: next() < 0.5,
      recognitions:
        next() < 0.6 ? [{ level: pick(RECOGNITION_LEVELS), source: "https://example.org/databank" }] : [],
      summary: {
        professionals: { nl: `${name} ${sentence(45)}.`, en: `${name} ${sentence(40, english)}.` },
        policymakers: { nl: sentence(35), en: sentence(30, english) },
      },
      facts: [],
      indications: [
        {
          kind: next() < 0.5 ? "prevention" : "treatment",
          situations,
          age: { basis: "stated", from, to },
        },
        ...(next() < 0.3
          ? [{ kind: "treatment" as const, situations: [], age: { basis: "not-stated" as const } }]
          : []),
      ],
      listings: [],
      notes: [],
      related: [],
    });
  }
  interventions.sort((a, b) => compareNames(a.name, b.name));
  return {
    ...base,
    revision: base.revision + 1,
    interventions,
    interventionById: new Map(interventions.map((i) => [i.id, i])),
  };
}
