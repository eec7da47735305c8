import { describe, expect, it } from "vitest";
import { ids, search, shippedCatalog } from "./helpers.js";

/**
 * For each intervention, a descriptive Dutch phrase a professional could type
 * without knowing the name. Each must rank that intervention first.
 */
const PHRASES: Record<string, string> = {
  "vipp-sd": "sensitief reageren en positief grenzen stellen",
  "basic-trust": "video-feedback bij emotionele problemen in de gehechtheidsrelatie",
  "k-vht": "kortdurende video-hometraining voor gezinnen met jonge kinderen",
  "shantala-babymassage": "baby leren masseren",
  "ouder-baby-interventie": "huisbezoeken bij een depressieve moeder",
  voorzorg: "verpleegkundige bezoekt zwangere tienermoeder",
  pcit: "therapeut coacht de ouder live tijdens het spelen",
  pipa: "preventie voor pleegouders en adoptieouders van een baby",
  nika: "atypisch opvoedgedrag",
  "mbt-k": "mentaliseren bij een kind van 8 jaar",
  "video-hometraining": "videohometraining in de basisschoolleeftijd",
  itgg: "therapie voor gedragsproblemen bij een verstandelijke beperking",
  "sherborne-samenspel": "bewegen met adoptiekinderen",
  theraplay: "speltherapie met ouder en kind samen",
  differentiatietherapie: "differentiatie therapie",
  fasetherapie: "therapie in fasen",
  ddp: "psychotherapie van Dan Hughes",
  "mbt-a": "mentaliseren bij pubers",
  "tijd-voor-toontje": "groepsprogramma voor moeders na huiselijk geweld",
};

describe("every intervention is found first", async () => {
  const catalog = await shippedCatalog();

  it("has a phrase for every intervention in the catalogue", () => {
    expect(Object.keys(PHRASES).sort()).toEqual(catalog.interventions.map((i) => i.id).sort());
  });

  for (const intervention of catalog.interventions) {
    describe(intervention.id, () => {
      it(`by its name "${intervention.name}"`, async () => {
        expect(ids(await search({ q: intervention.name }))[0]).toBe(intervention.id);
      });
      it(`by its name in lower case without punctuation`, async () => {
        const plain = intervention.name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ");
        expect(ids(await search({ q: plain }))[0]).toBe(intervention.id);
      });
      if (intervention.abbreviation !== undefined) {
        const abbreviation = intervention.abbreviation;
        it(`by its abbreviation "${abbreviation}"`, async () => {
          expect(ids(await search({ q: abbreviation }))[0]).toBe(intervention.id);
        });
      }
      if (intervention.fullName !== null) {
        const fullName = intervention.fullName;
        it(`by its full name "${fullName}"`, async () => {
          expect(ids(await search({ q: fullName }))[0]).toBe(intervention.id);
        });
      }
      it(`by a description: "${PHRASES[intervention.id]}"`, async () => {
        const result = await search({ q: PHRASES[intervention.id] ?? "" });
        expect(ids(result)[0], ids(result).join(", ")).toBe(intervention.id);
      });
    });
  }
});
