import type { NewFeedback } from "../domain/feedback.js";
import type { Catalog } from "../domain/types.js";
import type { ApiDescription } from "./pages/api-docs/api-description.js";

/**
 * The part of the application the pages use: the current catalogue, storing
 * feedback and the clock. The app passes its AppDeps, which has all three; the
 * pages know nothing of the database behind them.
 */
export interface PageDeps {
  /** The current catalog snapshot (read on every request; swapped when content changes). */
  readonly holder: { current(): Catalog };
  readonly store: { addFeedback(feedback: NewFeedback): Promise<{ id: string; createdAt: string }> };
  /** PUBLIC_URL: the origin absolute links are built from; without it links are root-relative. */
  readonly config?: { readonly publicUrl?: string | undefined };
  /** The clock (tests fix it). */
  readonly now?: () => Date;
  /** The API's OpenAPI document, shown at /api/docs; the app passes the one its API built. */
  readonly apiDocument?: ApiDescription;
}
