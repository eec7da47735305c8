/**
 * The advice engine: checks an advice request, applies the rules of DOMAIN.md to a
 * catalogue snapshot and explains the outcome. Pure functions, no I/O: the API, the
 * pages and the CLI all call these.
 */
export {
  COVERAGE_COUNTS,
  type Coverage,
  type CoverageCell,
  type CoverageCount,
  type CoverageOptions,
  type CoverageRow,
  type Covering,
  computeCoverage,
  countsAsCovered,
  coverageCellSchema,
  coverageRowSchema,
  coverageSchema,
  GENERAL_ROW,
  type KindCoverage,
} from "./coverage.js";
export { type CoverageGap, coverageGaps, GAP_BASES, type GapBasis } from "./coverage-gaps.js";
export { coverageSummary, SUMMARY_MAX_SENTENCES } from "./coverage-summary.js";
export { ageRunInWords, ageRuns, forAgeRun } from "./coverage-words.js";
export { type EvaluateOptions, evaluateAdvice } from "./evaluate.js";
export {
  type AdviceRequest,
  adviceRequestSchema,
  type ChildInput,
  MAX_AGE_MONTHS,
  MAX_AGE_YEARS,
  MAX_PREGNANCY_WEEK,
  MAX_SITUATIONS,
  type ParseAdviceResult,
  parseAdviceRequest,
} from "./request.js";
export {
  type Advice,
  type AdviceCaveat,
  type AdviceNotice,
  type AdviceOutcome,
  type AdviceReason,
  type AdviceSource,
  type AdviceStatus,
  type AdviceWarning,
  adviceResponseSchema,
  CAVEAT_KINDS,
  type CaveatKind,
  type MismatchReason,
  type NextStep,
  type NotSuitable,
  type Recommendation,
} from "./response.js";
