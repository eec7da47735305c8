import { z } from "zod";
import { AppError } from "../domain/app-error.js";
import { LANGS, type Lang } from "../domain/text.js";

/** `?lang=nl|en` on catalogue answers that carry words (ages in words); Dutch by default. */
export const langQuery = z.object({
  lang: z
    .enum(LANGS)
    .optional()
    .describe("Language of the words in the answer (e.g. the age in words); nl by default"),
});

/** The asked language; an unknown one is a field error, not a silent Dutch answer. */
export function readLang(value: string | undefined): Lang {
  const parsed = langQuery.safeParse({ lang: value });
  if (!parsed.success) throw AppError.invalid([{ path: "lang", message: "lang must be nl or en" }]);
  return parsed.data.lang ?? "nl";
}
