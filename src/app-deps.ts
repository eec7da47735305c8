import type { CatalogHolder } from "./catalog/catalog-holder.js";
import type { AppConfig } from "./config.js";
import type { Curation } from "./curation/curation.js";
import type { Editing } from "./curation/editing.js";
import type { Store } from "./db/store.js";
import type { Logger } from "./lib/logger.js";

/**
 * What the application is made of, for the API, the pages and the middleware alike;
 * tests pass their own store and holder.
 */
export interface AppDeps {
  readonly store: Store;
  /** The current catalog snapshot (read on every request; swapped when content changes). */
  readonly holder: CatalogHolder;
  readonly config: AppConfig;
  readonly logger: Logger;
  /** The clock (tests fix it). */
  readonly now?: () => Date;
  /** Log-in and accounts for /beheer; made from store.accounts when not given (tests give one without delays). */
  readonly curation?: Curation;
  /** Drafts, publishing and reverts for /beheer and the admin API; made from the store when not given. */
  readonly editing?: Editing;
}
