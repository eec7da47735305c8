import type { Child } from "hono/jsx";
import type { RenderedPage } from "../web-env.js";

/**
 * A plain content page (privacy, toegankelijkheid, niet-doen, richtlijn, bronnen): it opens
 * with the title as h1 and the lead paragraph, and the lead doubles as the meta description.
 * Shared so these pages cannot drift apart in how they start.
 */
export function contentPage(
  text: { readonly title: string; readonly lead: string },
  content: Child,
): RenderedPage {
  return {
    meta: { title: text.title, description: text.lead },
    body: (
      <>
        <h1>{text.title}</h1>
        <p class="hw-lead">{text.lead}</p>
        {content}
      </>
    ),
  };
}
