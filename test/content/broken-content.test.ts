import { readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkContentDir } from "../../src/catalog/load-catalog.js";
import type { ContentProblem } from "../../src/domain/types.js";
import { copyShippedContent, type TempContent } from "./temp-content.js";

type Data = Record<string, unknown>;
/** Loose access into parsed YAML: a test knows the shape it breaks. */
// biome-ignore lint/suspicious/noExplicitAny: test data navigation
const at = (data: Data): any => data;

interface BrokenCase {
  readonly name: string;
  /** One change to a fresh copy of the shipped content. */
  readonly breakIt: (content: TempContent) => Promise<void>;
  /** Every problem the loader must report, and no other. */
  readonly problems: readonly (ContentProblem | { file: string; path: string; message: RegExp })[];
}

const PIPA = "interventions/pipa.yaml";

const CASES: readonly BrokenCase[] = [
  {
    name: "unknown situation code",
    breakIt: (c) =>
      c.editYaml(PIPA, (d) => {
        at(d).indications[0].situations[0] = "orphanage";
      }),
    problems: [
      { file: PIPA, path: "indications.0.situations.0", message: 'unknown situation code "orphanage"' },
    ],
  },
  {
    name: "summary that cites nothing and marks nothing as own description",
    breakIt: (c) =>
      c.editYaml(PIPA, (d) => {
        delete at(d).summary.sources;
        delete at(d).summary.ownDescription;
      }),
    problems: [
      {
        file: PIPA,
        path: "summary.sources",
        message: /must name the sources it rests on .* or mark its text as own description/,
      },
    ],
  },
  {
    name: "summary citing an unknown source",
    breakIt: (c) =>
      c.editYaml(PIPA, (d) => {
        at(d).summary.sources = ["richtlijn", "wikipedia"];
      }),
    problems: [
      {
        file: PIPA,
        path: "summary.sources.1",
        message: '"wikipedia" is neither a source document id nor a web address',
      },
    ],
  },
  {
    name: "note citing an unknown source",
    breakIt: (c) =>
      c.editYaml(PIPA, (d) => {
        at(d).notes[0].sources = ["richtlijn", "<script>x</script>"];
      }),
    problems: [
      {
        file: PIPA,
        path: "notes.0.sources.1",
        message: '"<script>x</script>" is neither a source document id nor a web address',
      },
    ],
  },
  {
    name: "duplicate intervention id (a copied file)",
    breakIt: async (c) => {
      await writeFile(
        join(c.dir, "interventions/mbt-k-kopie.yaml"),
        await readFile(join(c.dir, "interventions/mbt-k.yaml")),
      );
    },
    problems: [
      {
        file: "interventions/mbt-k.yaml",
        path: "id",
        message: 'duplicate id "mbt-k" (also in interventions/mbt-k-kopie.yaml)',
      },
      {
        file: "interventions/mbt-k-kopie.yaml",
        path: "id",
        message: 'id "mbt-k" does not match the file name (expected interventions/mbt-k.yaml)',
      },
    ],
  },
  {
    name: "harmful practice with the id of an intervention",
    breakIt: (c) =>
      c.editYaml("harmful-practices.yaml", (d) => {
        at(d).harmfulPractices[3].id = "pipa";
      }),
    problems: [
      {
        file: "harmful-practices.yaml",
        path: "harmfulPractices.3.id",
        message: `duplicate id "pipa" (also in ${PIPA})`,
      },
    ],
  },
  {
    name: "duplicate situation code",
    breakIt: (c) =>
      c.editYaml("situations.yaml", (d) => {
        at(d).situations.push({ ...at(d).situations[0] });
      }),
    problems: [
      {
        file: "situations.yaml",
        path: "situations.10.code",
        message: 'duplicate situation code "foster-care"',
      },
    ],
  },
  {
    name: "age range with from above to",
    breakIt: (c) =>
      c.editYaml(PIPA, (d) => {
        at(d).indications[0].age.from = 5;
      }),
    problems: [{ file: PIPA, path: "indications.0.age.from", message: "age from 5 is above age to 4" }],
  },
  {
    name: "indication without a source",
    breakIt: (c) =>
      c.editYaml(PIPA, (d) => {
        delete at(d).indications[0].source;
      }),
    problems: [{ file: PIPA, path: "indications.0.source", message: "indication without a source" }],
  },
  {
    name: "indication citing a document that does not exist",
    breakIt: (c) =>
      c.editYaml(PIPA, (d) => {
        at(d).indications[0].source.document = "handboek";
      }),
    problems: [
      { file: PIPA, path: "indications.0.source.document", message: 'unknown source document "handboek"' },
    ],
  },
  {
    name: "missing Dutch text in an intervention",
    breakIt: (c) =>
      c.editYaml(PIPA, (d) => {
        delete at(d).summary.professionals.nl;
      }),
    problems: [{ file: PIPA, path: "summary.professionals.nl", message: "missing Dutch text" }],
  },
  {
    name: "missing Dutch text in a harmful practice",
    breakIt: (c) =>
      c.editYaml("harmful-practices.yaml", (d) => {
        at(d).harmfulPractices[2].reason.nl = "  ";
      }),
    problems: [
      { file: "harmful-practices.yaml", path: "harmfulPractices.2.reason.nl", message: "missing Dutch text" },
    ],
  },
  {
    name: "related naming an intervention that does not exist",
    breakIt: (c) =>
      c.editYaml("interventions/mbt-k.yaml", (d) => {
        at(d).related = ["mbt-a", "mbt-x"];
      }),
    problems: [
      { file: "interventions/mbt-k.yaml", path: "related.1", message: 'unknown intervention "mbt-x"' },
    ],
  },
  {
    name: "YAML syntax error in an intervention",
    breakIt: (c) => c.writeText(PIPA, "id: pipa\nname: [PIPA\nfullName: null\n"),
    problems: [{ file: PIPA, path: "", message: /^not valid YAML: .+ at line 3, column 1$/ }],
  },
  {
    name: "YAML syntax error in situations.yaml (no flood of unknown codes)",
    breakIt: (c) => c.writeText("situations.yaml", "situations:\n  - code: foster-care\n   label: x\n"),
    problems: [{ file: "situations.yaml", path: "", message: /^not valid YAML: .+ at line 3, column 1$/ }],
  },
  {
    name: "file name not matching id",
    breakIt: (c) => rename(join(c.dir, PIPA), join(c.dir, "interventions/pipa-oud.yaml")),
    problems: [
      {
        file: "interventions/pipa-oud.yaml",
        path: "id",
        message: 'id "pipa" does not match the file name (expected interventions/pipa.yaml)',
      },
    ],
  },
  {
    name: "an invalid intervention is still known to the interventions that relate to it",
    breakIt: (c) =>
      c.editYaml("interventions/mbt-k.yaml", (d) => {
        at(d).inDatabank = "nee";
      }),
    problems: [
      { file: "interventions/mbt-k.yaml", path: "inDatabank", message: expect.stringContaining("boolean") },
    ],
  },
  {
    name: "missing file",
    breakIt: (c) => rename(join(c.dir, "preconditions.yaml"), join(c.dir, "voorwaarden.yaml")),
    problems: [{ file: "preconditions.yaml", path: "", message: "file is missing or unreadable" }],
  },
];

describe("broken content is reported precisely", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", async (_name, { breakIt, problems }) => {
    const content = await copyShippedContent();
    try {
      await breakIt(content);
      const result = await checkContentDir(content.dir);
      expect(result.ok).toBe(false);
      const found = result.ok ? [] : result.problems;
      expect(found).toEqual(
        problems.map((p) => ({
          file: p.file,
          path: p.path,
          message: p.message instanceof RegExp ? expect.stringMatching(p.message) : p.message,
        })),
      );
    } finally {
      await content.remove();
    }
  });

  it("accepts the unchanged copy, so each case above fails only because of its one change", async () => {
    const content = await copyShippedContent();
    try {
      expect((await checkContentDir(content.dir)).ok).toBe(true);
    } finally {
      await content.remove();
    }
  });
});
