import { describe, expect, it } from "vitest";
import {
  headlineRecognition,
  isInReview,
  isStaleRecognition,
  latestRecognition,
  recognitionDate,
  recognitionLevels,
} from "../../src/domain/recognition.js";
import type { Intervention } from "../../src/domain/types.js";
import type { RecognitionLevel } from "../../src/domain/vocabulary.js";

type Recognition = Intervention["recognitions"][number];

const recognition = (level: RecognitionLevel, date?: string): Recognition => ({
  level,
  ...(date === undefined ? {} : { date }),
  source: `https://example.nl/${level}/${date ?? "undated"}`,
});

/** Only the recognitions matter to these rules. */
const withRecognitions = (...recognitions: Recognition[]): Intervention =>
  ({ recognitions }) as unknown as Intervention;

describe("recognitionDate: the first day a date can mean", () => {
  it("reads a year, a month or a day", () => {
    expect(recognitionDate("2019")?.toISOString()).toBe("2019-01-01T00:00:00.000Z");
    expect(recognitionDate("2019-07")?.toISOString()).toBe("2019-07-01T00:00:00.000Z");
    expect(recognitionDate("2019-07-15")?.toISOString()).toBe("2019-07-15T00:00:00.000Z");
  });
});

describe("older than five years: in herbeoordeling", () => {
  it("is stale from the day five years have passed, not a day before", () => {
    expect(isStaleRecognition("2019-07-15", new Date("2024-07-14T23:59:59Z"))).toBe(false);
    expect(isStaleRecognition("2019-07-15", new Date("2024-07-15T00:00:00Z"))).toBe(true);
  });

  it("counts a bare year from its first day", () => {
    expect(isStaleRecognition("2019", new Date("2023-12-31T00:00:00Z"))).toBe(false);
    expect(isStaleRecognition("2019", new Date("2024-01-01T00:00:00Z"))).toBe(true);
  });

  it("judges an intervention by its latest recognition only", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    expect(isInReview(withRecognitions(recognition("goed-onderbouwd", "2015")), now)).toBe(true);
    const renewed = withRecognitions(
      recognition("goed-onderbouwd", "2015"),
      recognition("effectief-eerste-aanwijzingen", "2023-03"),
    );
    expect(isInReview(renewed, now)).toBe(false);
    expect(isInReview(withRecognitions(recognition("goed-onderbouwd")), now)).toBe(false);
    expect(isInReview(withRecognitions(), now)).toBe(false);
  });
});

describe("latest: the most recent date, the first listed breaking ties", () => {
  it("takes the most recent date wherever it is listed", () => {
    const intervention = withRecognitions(
      recognition("goed-onderbouwd", "2016"),
      recognition("effectief-goede-aanwijzingen", "2021-05"),
      recognition("effectief-eerste-aanwijzingen", "2020-12-31"),
    );
    expect(latestRecognition(intervention)?.level).toBe("effectief-goede-aanwijzingen");
    expect(headlineRecognition(intervention)?.level).toBe("effectief-goede-aanwijzingen");
  });

  it("takes the first listed of equal dates, a bare year being its first day", () => {
    const intervention = withRecognitions(
      recognition("goed-onderbouwd", "2020"),
      recognition("effectief-eerste-aanwijzingen", "2020-01-01"),
    );
    expect(latestRecognition(intervention)?.level).toBe("goed-onderbouwd");
    expect(headlineRecognition(intervention)?.level).toBe("goed-onderbouwd");
  });

  it("prefers any dated recognition to an undated one listed before it", () => {
    const intervention = withRecognitions(
      recognition("goed-onderbouwd"),
      recognition("effectief-eerste-aanwijzingen", "2010"),
    );
    expect(headlineRecognition(intervention)?.level).toBe("effectief-eerste-aanwijzingen");
  });

  it("names the first listed when none is dated, but calls none of them latest", () => {
    const intervention = withRecognitions(
      recognition("effectief-eerste-aanwijzingen"),
      recognition("goed-onderbouwd"),
    );
    expect(latestRecognition(intervention)).toBeUndefined();
    expect(headlineRecognition(intervention)?.level).toBe("effectief-eerste-aanwijzingen");
  });

  it("has nothing to name without recognitions", () => {
    expect(latestRecognition(withRecognitions())).toBeUndefined();
    expect(headlineRecognition(withRecognitions())).toBeUndefined();
  });
});

describe("recognitionLevels: each level once, in content order", () => {
  it("keeps the first place of a level that repeats", () => {
    const intervention = withRecognitions(
      recognition("goed-onderbouwd", "2016"),
      recognition("effectief-eerste-aanwijzingen", "2020"),
      recognition("goed-onderbouwd", "2022"),
    );
    expect(recognitionLevels(intervention)).toEqual(["goed-onderbouwd", "effectief-eerste-aanwijzingen"]);
  });
});
