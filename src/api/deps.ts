import type { CatalogHolder } from "../catalog/catalog-holder.js";
import type { AppConfig } from "../config.js";
import type { Store } from "../db/store.js";
import type { Logger } from "../middleware/logger.js";

/** What the HTTP layer needs from the rest of the application. */
export interface ApiDeps {
  readonly store: Store;
  readonly holder: CatalogHolder;
  readonly config: AppConfig;
  readonly logger: Logger;
}
