import { messages } from "../../domain/messages/index.js";
import type { PageContext } from "../page-context.js";
import type { RenderedPage } from "../web-env.js";
import { contentPage } from "./content-page.js";

/** The accessibility statement. */
export function toegankelijkheidPage(page: PageContext): RenderedPage {
  const text = messages(page.lang).pages.toegankelijkheid;
  return contentPage(
    text,
    <>
      <h2>{text.standardTitle}</h2>
      <p>{text.standard}</p>
      <h2>{text.doneTitle}</h2>
      <ul>
        {text.done.map((line) => (
          <li>{line}</li>
        ))}
      </ul>
      <h2>{text.knownTitle}</h2>
      <p>{text.known}</p>
      <h2>{text.contactTitle}</h2>
      <p>{text.contact}</p>
      <p>
        <a href={page.href("/reageer?over=/toegankelijkheid")}>{text.contactLink}</a>
      </p>
    </>,
  );
}
