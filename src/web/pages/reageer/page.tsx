import { messages } from "../../../domain/messages/index.js";
import { ErrorSummary, type FormError } from "../../components/error-summary/error-summary.js";
import { SelectField, SubmitActions, TextArea, TextField } from "../../components/form-fields/form-fields.js";
import type { PageContext } from "../../page-context.js";
import type { PageHandler } from "../../routes.js";
import type { PageStatus, RenderedPage } from "../../web-env.js";
import { CSRF_FIELD, ensureCsrfToken, isValidCsrf } from "./csrf.js";
import {
  FEEDBACK_PAGES,
  type FeedbackForm,
  isKnownAbout,
  MAX_MESSAGE_LENGTH,
  ROLES,
  readFeedbackForm,
  validateFeedback,
} from "./feedback-input.js";

function aboutLabel(page: PageContext, about: string): string {
  const text = messages(page.lang).pages.reageer.page;
  return (
    (text.pages as Record<string, string>)[about] ?? page.catalog.interventionById.get(about)?.name ?? about
  );
}

function FeedbackFormView(props: {
  page: PageContext;
  form: FeedbackForm;
  errors: readonly FormError[];
  token: string;
}) {
  const { page, form, errors, token } = props;
  const text = messages(page.lang).pages.reageer.page;
  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  // The empty choice comes first: a topic nobody chose is a field error, not "Startpagina".
  const aboutChoices = [
    { value: "", label: text.chooseAbout },
    ...FEEDBACK_PAGES.map((p) => ({ value: p, label: `${text.pagesGroup}: ${text.pages[p]}` })),
    ...page.catalog.interventions.map((i) => ({
      value: i.id,
      label: `${text.interventionsGroup}: ${i.name}`,
    })),
  ];
  return (
    <form method="post" action={page.href("/reageer")} novalidate>
      <input type="hidden" name={CSRF_FIELD} value={token} />
      <SelectField
        id="about"
        name="about"
        label={text.about}
        value={form.about}
        error={errorFor("about")}
        choices={aboutChoices}
      />
      <TextArea
        id="message"
        name="message"
        label={text.message}
        hint={text.messageHint(MAX_MESSAGE_LENGTH)}
        value={form.message}
        maxLength={MAX_MESSAGE_LENGTH}
        error={errorFor("message")}
      />
      <TextField
        id="name"
        name="name"
        label={text.name}
        value={form.name}
        autocomplete="name"
        error={errorFor("name")}
      />
      <TextField
        id="email"
        name="email"
        type="email"
        label={text.email}
        hint={text.emailHint}
        value={form.email}
        autocomplete="email"
        error={errorFor("email")}
      />
      <SelectField
        id="role"
        name="role"
        label={text.role}
        value={form.role}
        error={errorFor("role")}
        choices={["", ...ROLES].map((r) => ({ value: r, label: text.roles[r as keyof typeof text.roles] }))}
      />
      <p>
        <a href={page.href("/privacy")}>{text.privacy}</a>
      </p>
      <SubmitActions label={text.submit} />
    </form>
  );
}

function formPage(
  page: PageContext,
  form: FeedbackForm,
  errors: FormError[],
  token: string,
  status: PageStatus,
): RenderedPage {
  const text = messages(page.lang).pages.reageer.page;
  return {
    status,
    meta: { title: text.title, hasErrors: errors.length > 0, noIndex: errors.length > 0 },
    body: (
      <>
        <h1>{text.title}</h1>
        <ErrorSummary t={page.t} errors={errors} />
        <p class="hw-lead">{text.lead}</p>
        <FeedbackFormView page={page} form={form} errors={errors} token={token} />
      </>
    ),
  };
}

/**
 * The topic a link to the form names (?over=pipa, ?over=/interventies/pipa, ?over=/bronnen) as
 * the form's choice, or "" when it names nothing known: the reader chooses then.
 */
function preselectedAbout(over: string, page: PageContext): string {
  if (!isKnownAbout(over, page.catalog)) return "";
  return over.startsWith("/interventies/") ? over.slice("/interventies/".length) : over;
}

/** GET /reageer?over=…: the feedback form, with a fresh CSRF token (never cached). */
export const reageerFormPage: PageHandler = (page, c) => {
  c.header("Cache-Control", "no-store");
  const about = preselectedAbout(c.req.query("over") ?? "", page);
  const token = ensureCsrfToken(c);
  return formPage(page, { about, message: "", name: "", email: "", role: "" }, [], token, 200);
};

/**
 * POST /reageer: checks the CSRF token, validates, stores through deps.store.addFeedback
 * and redirects to the confirmation (POST-redirect-GET). A missing or wrong token
 * is refused with 403 and the form again, keeping what was typed.
 */
export const reageerPostPage: PageHandler = async (page, c, deps) => {
  c.header("Cache-Control", "no-store");
  const body = await c.req.parseBody();
  const form = readFeedbackForm(body);
  const csrfOk = isValidCsrf(c, body[CSRF_FIELD]);
  const token = ensureCsrfToken(c);
  if (!csrfOk) {
    const text = messages(page.lang).pages.reageer.page;
    return formPage(page, form, [{ fieldId: "message", message: text.expired }], token, 403);
  }
  const result = validateFeedback(form, page.catalog, page.lang);
  if (!result.ok) return formPage(page, form, result.errors, token, 400);
  await deps.store.addFeedback(result.feedback);
  return c.redirect(
    `${page.href("/reageer/bedankt")}?over=${encodeURIComponent(result.feedback.about)}`,
    303,
  );
};

/** GET /reageer/bedankt: the confirmation after a successful POST. */
export const reageerThanksPage: PageHandler = (page, c) => {
  const text = messages(page.lang).pages.reageer.page;
  const over = c.req.query("over") ?? "";
  const known = isKnownAbout(over, page.catalog);
  const backHref = !known
    ? undefined
    : over.startsWith("/")
      ? page.href(over)
      : page.href(`/interventies/${over}`);
  return {
    meta: { title: text.thanksTitle, noIndex: true },
    body: (
      <>
        <h1>{text.thanksTitle}</h1>
        <div class="utrecht-alert utrecht-alert--ok" role="status">
          <p>{text.thanks}</p>
        </div>
        <ul>
          {backHref ? (
            <li>
              <a href={backHref}>
                {text.back}: {aboutLabel(page, over)}
              </a>
            </li>
          ) : null}
          <li>
            <a href={page.href("/")}>{text.home}</a>
          </li>
        </ul>
      </>
    ),
  };
};
