import type { Kysely } from "kysely";
import type { AccountStore } from "../domain/accounts.js";
import { apiTokenQueries } from "./api-tokens.repository.js";
import { auditLogQueries } from "./audit-log.repository.js";
import { curatorQueries } from "./curators.repository.js";
import { loginFailureQueries } from "./login-failures.repository.js";
import type { Database } from "./schema.js";
import { sessionQueries } from "./sessions.repository.js";

/**
 * The AccountStore on Kysely: curator accounts, their sessions and API tokens, failed
 * log-ins and the audit log, each table in its own file; together they are what
 * src/curation needs of a store.
 */
export function accountsRepository(db: Kysely<Database>): AccountStore {
  return {
    ...curatorQueries(db),
    ...sessionQueries(db),
    ...loginFailureQueries(db),
    ...auditLogQueries(db),
    ...apiTokenQueries(db),
  };
}
