import { loadCatalog } from "../../catalog/load-catalog.js";
import { AppError, type FieldIssue } from "../../domain/app-error.js";
import { ANSI_STYLE, PLAIN_STYLE } from "../../lib/text-style.js";
import { getSearchIndex, parseSearchQuery, searchInterventions } from "../../search/index.js";
import { formatSearchText } from "../../search/text-report.js";
import { type OptionValues, parseCliArgs } from "../args.js";
import { type CliCommand, EXIT_OK, wantsColor } from "../io.js";

/**
 * Flags that set a query parameter. All are taken as lists, so the query check says
 * "only once" exactly as the API does.
 */
const FLAGS = {
  age: "age",
  "age-months": "ageMonths",
  need: "need",
  situation: "situation",
  recognition: "recognition",
  "in-databank": "inDatabank",
  page: "page",
  "page-size": "pageSize",
  lang: "lang",
} as const;
const PARAMETER_FLAGS = new Map<string, string>(
  Object.entries(FLAGS).map(([flag, param]) => [param, `--${flag}`]),
);

type Flag = keyof typeof FLAGS;
const LIST = { type: "string", multiple: true } as const;
const OPTIONS = {
  ...(Object.fromEntries(Object.keys(FLAGS).map((flag) => [flag, LIST])) as Record<Flag, typeof LIST>),
  json: { type: "boolean" },
  "no-color": { type: "boolean" },
} as const;

/** Turns the flags into URL-style query parameters, so the CLI checks input exactly as the API does. */
function searchParams(values: OptionValues<typeof OPTIONS>, words: readonly string[]) {
  const params: Record<string, string[] | string> = {};
  for (const flag of Object.keys(FLAGS) as Flag[]) {
    const given = values[flag];
    if (given !== undefined) params[FLAGS[flag]] = given;
  }
  if (words.length > 0) params.q = words.join(" ");
  return params;
}

/** Names the flag beside the query parameter: "age (--age)". */
function withFlags(issues: readonly FieldIssue[]): FieldIssue[] {
  return issues.map((issue) => {
    const flag = PARAMETER_FLAGS.get(issue.path.replace(/\[\d+\]$/, ""));
    return flag ? { ...issue, path: `${issue.path} (${flag})` } : issue;
  });
}

/** `hechtingswijzer search "QUERY" [--age N] [--need X] [--situation S]… [--lang nl|en] [--json]`. */
export const searchCommand: CliCommand = {
  name: "search",
  help: (t) => t.search.usage,
  async run(args, io, t) {
    const { values, positionals } = parseCliArgs(args, OPTIONS, t);
    const catalog = await loadCatalog();
    const parsed = parseSearchQuery(searchParams(values, positionals), catalog, t.lang);
    if (!parsed.ok) throw AppError.invalid(withFlags(parsed.issues));
    const result = searchInterventions(getSearchIndex(catalog), parsed.query);
    if (values.json) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else {
      const style = wantsColor(io, values["no-color"]) ? ANSI_STYLE : PLAIN_STYLE;
      io.stdout.write(formatSearchText(result, catalog, parsed.query, style));
    }
    return EXIT_OK;
  },
};
