import { messages } from "../../domain/messages/index.js";
import type { PageContext } from "../page-context.js";
import type { RenderedPage } from "../web-env.js";
import { contentPage } from "./content-page.js";

/** The privacy statement: advice inputs are never stored or logged; what feedback stores. */
export function privacyPage(page: PageContext): RenderedPage {
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
      </ul>
      <h2>{text.thirdTitle}</h2>
      <p>{text.third}</p>
    </>,
  );
}
