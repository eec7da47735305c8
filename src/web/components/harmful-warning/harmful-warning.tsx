import { localize } from "../../../domain/text.js";
import type { PageContext } from "../../page-context.js";

/**
 * The warning every advice and the home page carry: the practices that are not
 * effective or harmful, each linking to its explanation on /niet-doen.
 */
export function HarmfulWarning(props: { page: PageContext; headingLevel?: 2 | 3 }) {
  const { page } = props;
  const Heading = props.headingLevel === 3 ? "h3" : "h2";
  return (
    <section class="hw-warning" aria-labelledby="harmful-warning-title">
      <Heading id="harmful-warning-title">{page.t.harmfulWarning.title}</Heading>
      <p>{page.t.harmfulWarning.lead}</p>
      <ul>
        {page.catalog.harmfulPractices.map((practice) => (
          <li>
            <a href={page.href(`/niet-doen#${practice.id}`)}>{localize(practice.name, page.lang)}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
