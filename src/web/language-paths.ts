import type { Lang } from "../domain/text.js";

/** The prefix under which the English pages live; Dutch pages have none. */
export const EN_PREFIX = "/en";

/** A page's address in a language: "/keuzehulp" → "/en/keuzehulp" for English, "/" → "/en". */
export function localPath(lang: Lang, path: string): string {
  if (lang === "nl") return path;
  if (path === "/") return EN_PREFIX;
  if (path.startsWith("/?") || path.startsWith("/#")) return EN_PREFIX + path.slice(1);
  return EN_PREFIX + path;
}

/** The language-free path of a request path: "/en/keuzehulp" → "/keuzehulp", "/en" → "/". */
export function basePath(pathname: string): { lang: Lang; path: string } {
  if (pathname === EN_PREFIX || pathname === `${EN_PREFIX}/`) return { lang: "en", path: "/" };
  if (pathname.startsWith(`${EN_PREFIX}/`)) return { lang: "en", path: pathname.slice(EN_PREFIX.length) };
  return { lang: "nl", path: pathname };
}
