import { messages } from "../../../domain/messages/index.js";
import { evaluateAdvice } from "../../../engine/index.js";
import { ErrorSummary } from "../../components/error-summary/error-summary.js";
import type { PageHandler } from "../../routes.js";
import { KeuzehulpFormView } from "./form.js";
import { emptyForm, formToRequest, isSubmitted, readForm } from "./form-input.js";
import { EDIT_FLAG } from "./request-summary.js";
import { KeuzehulpResult } from "./result.js";

/**
 * GET /keuzehulp: the form; with a query, the same path shows the result (or the
 * form with an error summary, HTTP 400). Never cached, not even by the browser, and
 * never logged: the query is the advice input, the case (docs/decisions/085).
 */
export const keuzehulpPage: PageHandler = (page, c, deps) => {
  const text = messages(page.lang).pages.keuzehulp.page;
  const query = new URL(c.req.url).searchParams;
  c.header("Cache-Control", "private, no-store");
  if (!isSubmitted(query, page.catalog)) {
    return {
      meta: { title: text.title, description: text.lead },
      body: (
        <>
          <h1>{text.title}</h1>
          <p class="hw-lead">{text.lead}</p>
          <KeuzehulpFormView page={page} form={emptyForm(page.catalog)} errors={[]} />
        </>
      ),
    };
  }
  const form = readForm(query, page.catalog);
  if (query.has(EDIT_FLAG)) {
    // "Wijzigen" from the result: the form again with every answer kept, nothing checked yet.
    return {
      meta: { title: text.editTitle, noIndex: true },
      body: (
        <>
          <h1>{text.editTitle}</h1>
          <KeuzehulpFormView page={page} form={form} errors={[]} />
        </>
      ),
    };
  }
  const parsed = formToRequest(form, page.catalog, page.lang);
  if (!parsed.ok) {
    return {
      status: 400,
      meta: { title: text.title, hasErrors: true, noIndex: true },
      body: (
        <>
          <h1>{text.title}</h1>
          <ErrorSummary t={page.t} errors={parsed.errors} />
          <KeuzehulpFormView page={page} form={form} errors={parsed.errors} />
        </>
      ),
    };
  }
  const now = deps.now?.() ?? new Date();
  const advice = evaluateAdvice(parsed.request, page.catalog, { now });
  const result = messages(page.lang).pages.keuzehulp.result;
  return {
    meta: { title: text.resultTitle },
    body: (
      <>
        <h1>{text.resultTitle}</h1>
        <KeuzehulpResult page={page} request={parsed.request} advice={advice} now={now} />
        {/* The form folded away: the answers are in the summary on top, its links open it whole. */}
        <details class="hw-no-print hw-change-form" id="keuzehulp-form">
          <summary>{result.change}</summary>
          <KeuzehulpFormView page={page} form={form} errors={[]} />
        </details>
      </>
    ),
  };
};
