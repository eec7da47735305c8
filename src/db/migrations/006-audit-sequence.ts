import { type Kysely, type Migration, sql } from "kysely";
import { appendOnly, isPostgres } from "./audit-append-only.js";

/**
 * A strict order for the audit log (issue 15): a sequence number per entry, given by
 * the database as the entry is written. Entries of one millisecond (a publish and what
 * follows it, the entries of one transaction) used to come back in the random order of
 * their UUIDs; the sequence number tells which was written last.
 *
 * PostgreSQL adds an identity column; the entries already there are numbered in the
 * order they are stored. SQLite cannot add an autoincrement column, so the table is
 * rebuilt with one, in one transaction. The entries already there are numbered by time,
 * then by rowid: the log refuses every delete, so its rowids grew in the order the
 * entries were written, and down() copies them back in `seq` order. The rebuild runs
 * in a transaction of its own because Kysely runs SQLite
 * migrations outside a transaction (it has no transactional DDL there), and a rebuild
 * stopped halfway must not leave the log without its entries or its append-only triggers.
 */
export const auditSequenceMigration: Migration = {
  async up(db: Kysely<unknown>) {
    if (await isPostgres(db)) {
      await sql`alter table audit_log add column seq bigint generated always as identity`.execute(db);
      return;
    }
    // A rebuild that committed before Kysely recorded the migration is not done twice.
    if (await sqliteHasSequence(db)) return;
    await db.transaction().execute(async (trx) => {
      await sql`create table audit_log_rebuilt (
        seq integer primary key autoincrement,
        id text not null unique,
        ${sharedColumns()}
      )`.execute(trx);
      await sql`insert into audit_log_rebuilt (id, at, actor, action, subject, detail, address)
        select id, at, actor, action, subject, detail, address from audit_log order by at, rowid`.execute(
        trx,
      );
      await replaceAuditLog(trx);
    });
  },

  async down(db: Kysely<unknown>) {
    if (await isPostgres(db)) {
      await sql`alter table audit_log drop column seq`.execute(db);
      return;
    }
    if (!(await sqliteHasSequence(db))) return;
    await db.transaction().execute(async (trx) => {
      await sql`create table audit_log_rebuilt (
        id text primary key,
        ${sharedColumns()}
      )`.execute(trx);
      await sql`insert into audit_log_rebuilt (id, at, actor, action, subject, detail, address)
        select id, at, actor, action, subject, detail, address from audit_log order by seq`.execute(trx);
      await replaceAuditLog(trx);
    });
  },
};

/** The columns besides id and seq, as migrations 001 and 002 made them. */
function sharedColumns() {
  return sql`at text not null,
    actor text not null,
    action text not null,
    subject text not null,
    detail text not null,
    address text not null default ''`;
}

/**
 * Puts the rebuilt table in the old one's place. Dropping the old table drops its index
 * and its triggers, so both are made again on the new one (the triggers exactly as
 * migration 002 made them).
 */
async function replaceAuditLog(trx: Kysely<unknown>): Promise<void> {
  await sql`drop table audit_log`.execute(trx);
  await sql`alter table audit_log_rebuilt rename to audit_log`.execute(trx);
  await sql`create index audit_log_at_idx on audit_log (at)`.execute(trx);
  await appendOnly(trx);
}

async function sqliteHasSequence(db: Kysely<unknown>): Promise<boolean> {
  const { rows } = await sql<{ name: string }>`select name from pragma_table_info('audit_log')`.execute(db);
  return rows.some((row) => row.name === "seq");
}
