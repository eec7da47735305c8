import { messages } from "../../domain/messages/index.js";
import { localize } from "../../domain/text.js";
import { HarmfulWarning } from "../components/harmful-warning/harmful-warning.js";
import type { PageContext } from "../page-context.js";
import type { RenderedPage } from "../web-env.js";

/** The home page: what this is, the two paths, the preconditions and the harmful-practice warning. */
export function homePage(page: PageContext): RenderedPage {
  const text = messages(page.lang).pages.home;
  return {
    meta: { title: page.t.nav.home, description: text.lead },
    body: (
      <>
        <h1>{text.title}</h1>
        <p class="hw-lead">{text.lead}</p>
        <ul class="hw-cards">
          <li class="hw-card">
            <h2>{text.professionals}</h2>
            <p>{text.professionalsText}</p>
            <p>
              <a class="hw-button" href={page.href("/keuzehulp")}>
                {text.professionalsLink}
              </a>
            </p>
          </li>
          <li class="hw-card">
            <h2>{text.policy}</h2>
            <p>{text.policyText}</p>
            <p>
              <a class="hw-button" href={page.href("/beleidsmakers")}>
                {text.policyLink}
              </a>
            </p>
          </li>
        </ul>
        <p>
          <a href={page.href("/interventies")}>{text.allLink}</a>
        </p>
        <h2>{text.preconditionsTitle}</h2>
        <p>{text.preconditionsLead}</p>
        <ol>
          {page.catalog.preconditions.map((p) => (
            <li>
              <strong>{localize(p.label, page.lang)}.</strong> {localize(p.explanation, page.lang)}
            </li>
          ))}
        </ol>
        <p>
          <a href={page.href("/richtlijn")}>{text.preconditionsMore}</a>
        </p>
        <HarmfulWarning page={page} />
      </>
    ),
  };
}
