import type { Child } from "hono/jsx";
import type { PageContext } from "../../page-context.js";

/**
 * A wide table's own scroll region (WCAG 1.4.10: the page itself never scrolls sideways).
 * A region with a name, reachable by keyboard (tabindex 0: the arrow keys then scroll it),
 * and a hint that says it scrolls; site.css shows the hint only while the table is wider
 * than the region, where the browser can tell.
 */
export function TableScroll(props: {
  page: PageContext;
  /** A unique id on the page; the hint's id is derived from it. */
  id: string;
  /** The id of the table's caption, which names the region… */
  labelledBy?: string | undefined;
  /** …or the name itself, for a table without a caption. */
  label?: string | undefined;
  children?: Child;
}) {
  const hintId = `${props.id}-hint`;
  return (
    <section
      class="hw-table-scroll"
      id={props.id}
      tabindex={0}
      aria-labelledby={props.labelledBy}
      aria-label={props.labelledBy ? undefined : props.label}
      aria-describedby={hintId}
    >
      <p class="hw-scroll-hint" id={hintId}>
        {props.page.t.common.scrollHint}
      </p>
      {props.children}
    </section>
  );
}
