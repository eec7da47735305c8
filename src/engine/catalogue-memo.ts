import type { Lang } from "../domain/text.js";
import type { Catalog } from "../domain/types.js";

/**
 * One value per catalogue snapshot and language, made on first use. A catalogue is an
 * immutable snapshot, so what is derived from it can live as long as it does (a
 * `WeakMap` on the catalogue); a content change brings a new snapshot and new values.
 */
export function memoPerCatalogue<V>(
  make: (catalog: Catalog, lang: Lang) => V,
): (catalog: Catalog, lang: Lang) => V {
  const made = new WeakMap<Catalog, Map<Lang, V>>();
  return (catalog, lang) => {
    let byLang = made.get(catalog);
    if (!byLang) {
      byLang = new Map();
      made.set(catalog, byLang);
    }
    let value = byLang.get(lang);
    if (value === undefined) {
      value = make(catalog, lang);
      byLang.set(lang, value);
    }
    return value;
  };
}
