import { messages } from "../../domain/messages/index.js";
import type { PageContext } from "../page-context.js";
import type { PageDeps } from "../page-deps.js";
import type { RenderedPage, WebContext } from "../web-env.js";
import { contentPage } from "./content-page.js";

/** FEEDBACK_RETENTION_MONTHS's default, for an app made without a configuration (tests of the pages). */
const DEFAULT_RETENTION_MONTHS = 12;

/** The privacy statement: advice inputs are never stored or logged; what feedback stores. */
export function privacyPage(page: PageContext, _c: WebContext, deps: PageDeps): RenderedPage {
  const text = messages(page.lang).pages.privacy;
  return contentPage(
    text,
    <>
      <h2>{text.adviceTitle}</h2>
      <ul>
        {text.advice.map((line) => (
          <li>{line}</li>
        ))}
      </ul>
      <h2>{text.feedbackTitle}</h2>
      <ul>
        {text.feedback.map((line) => (
          <li>{line}</li>
        ))}
        <li>{text.feedbackRetention(deps.config?.feedbackRetentionMonths ?? DEFAULT_RETENTION_MONTHS)}</li>
      </ul>
      <h2>{text.thirdTitle}</h2>
      <p>{text.third}</p>
    </>,
  );
}
