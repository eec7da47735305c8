import type { Migration, MigrationProvider } from "kysely";
import { initialMigration } from "./001-initial.js";
import { accountsMigration } from "./002-accounts.js";
import { inboxMigration } from "./003-inbox.js";
import { apiTokensMigration } from "./004-tokens.js";
import { draftsMigration } from "./005-drafts.js";
import { auditSequenceMigration } from "./006-audit-sequence.js";

/**
 * Every migration, listed by hand in order. A static list (instead of Kysely's
 * FileMigrationProvider) works the same from src/ under tsx and from dist/, and
 * a migration cannot be skipped because a file was not copied.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  "001-initial": initialMigration,
  "002-accounts": accountsMigration,
  "003-inbox": inboxMigration,
  "004-tokens": apiTokensMigration,
  "005-drafts": draftsMigration,
  "006-audit-sequence": auditSequenceMigration,
};

/** Hands MIGRATIONS to Kysely's Migrator, which applies them in name order. */
export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return { ...MIGRATIONS };
  },
};
