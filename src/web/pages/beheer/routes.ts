import type { BeheerRoute } from "./access.js";
import { accountsAddPage, accountsListPage, accountsRolePage } from "./accounts.js";
import { auditCsv, auditPage } from "./audit.js";
import { contentIndexPage } from "./content-index.js";
import { draftReviewPage, publishPost, withdrawPost } from "./draft.js";
import { draftsPage } from "./drafts.js";
import { editFormPage, editPost } from "./edit.js";
import { inboxCsv, inboxPage } from "./inbox.js";
import { inboxItemPage, inboxNotePost, inboxRevisionPost, inboxStatusPost } from "./inbox-item.js";
import { itemDiffPage } from "./item-diff.js";
import { itemHistoryPage } from "./item-history.js";
import { loginFormPage, loginPostPage } from "./login.js";
import { qualityPage } from "./quality.js";
import { revertFormPage, revertPost } from "./revert.js";
import { secondFactorFormPage, secondFactorPostPage } from "./second-factor.js";
import { secondStepFormPage, secondStepPostPage } from "./second-step.js";
import { logoutPostPage, startPage } from "./start.js";
import { tokensListPage, tokensMakePage, tokensRevokePage } from "./tokens.js";

/**
 * Every /beheer page (Dutch path; the English one is under /en) with who may open it.
 * Only the log-in is public; test/web/beheer-access.test.ts walks this table, and the
 * web app's own route list, so a route cannot go unguarded.
 */
export const BEHEER_ROUTES: readonly BeheerRoute[] = [
  { path: "/beheer/inloggen", method: "GET", access: "public", handler: loginFormPage },
  { path: "/beheer/inloggen", method: "POST", access: "public", handler: loginPostPage },
  { path: "/beheer/tweede-stap", method: "GET", access: "second-step", handler: secondStepFormPage },
  { path: "/beheer/tweede-stap", method: "POST", access: "second-step", handler: secondStepPostPage },
  { path: "/beheer", method: "GET", access: "signed-in", handler: startPage },
  { path: "/beheer/uitloggen", method: "POST", access: "signed-in", handler: logoutPostPage },
  { path: "/beheer/tweede-factor", method: "GET", access: "signed-in", handler: secondFactorFormPage },
  { path: "/beheer/tweede-factor", method: "POST", access: "signed-in", handler: secondFactorPostPage },
  { path: "/beheer/accounts", method: "GET", access: "manageAccounts", handler: accountsListPage },
  { path: "/beheer/accounts", method: "POST", access: "manageAccounts", handler: accountsAddPage },
  { path: "/beheer/accounts/rol", method: "POST", access: "manageAccounts", handler: accountsRolePage },
  { path: "/beheer/audit", method: "GET", access: "readAudit", handler: auditPage },
  { path: "/beheer/audit.csv", method: "GET", access: "readAudit", handler: auditCsv },
  { path: "/beheer/tokens", method: "GET", access: "signed-in", handler: tokensListPage },
  { path: "/beheer/tokens", method: "POST", access: "signed-in", handler: tokensMakePage },
  { path: "/beheer/tokens/intrekken", method: "POST", access: "signed-in", handler: tokensRevokePage },
  // Every curator role may edit, so every role reads what needs attention.
  { path: "/beheer/kwaliteit", method: "GET", access: "edit", handler: qualityPage },
  // The content and its history: every curator role reads what it may edit and how it changed.
  { path: "/beheer/inhoud", method: "GET", access: "edit", handler: contentIndexPage },
  { path: "/beheer/inhoud/geschiedenis", method: "GET", access: "edit", handler: itemHistoryPage },
  { path: "/beheer/inhoud/verschil", method: "GET", access: "edit", handler: itemDiffPage },
  { path: "/beheer/inhoud/bewerken", method: "GET", access: "edit", handler: editFormPage },
  { path: "/beheer/inhoud/bewerken", method: "POST", access: "edit", handler: editPost },
  { path: "/beheer/inhoud/terugzetten", method: "GET", access: "review", handler: revertFormPage },
  { path: "/beheer/inhoud/terugzetten", method: "POST", access: "review", handler: revertPost },
  { path: "/beheer/concepten", method: "GET", access: "edit", handler: draftsPage },
  { path: "/beheer/concepten/concept", method: "GET", access: "edit", handler: draftReviewPage },
  { path: "/beheer/concepten/publiceren", method: "POST", access: "review", handler: publishPost },
  { path: "/beheer/concepten/intrekken", method: "POST", access: "edit", handler: withdrawPost },
  { path: "/beheer/reacties", method: "GET", access: "handleFeedback", handler: inboxPage },
  { path: "/beheer/reacties.csv", method: "GET", access: "handleFeedback", handler: inboxCsv },
  { path: "/beheer/reacties/reactie", method: "GET", access: "handleFeedback", handler: inboxItemPage },
  { path: "/beheer/reacties/status", method: "POST", access: "handleFeedback", handler: inboxStatusPost },
  { path: "/beheer/reacties/notitie", method: "POST", access: "handleFeedback", handler: inboxNotePost },
  { path: "/beheer/reacties/revisie", method: "POST", access: "handleFeedback", handler: inboxRevisionPost },
];
