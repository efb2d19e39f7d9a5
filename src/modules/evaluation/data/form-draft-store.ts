// Unfinished forms (0022_form_drafts.sql): one versioned draft per dossier and form.
import { and, eq, sql } from 'drizzle-orm';
import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Db } from '../../../db/pool.ts';

export const dossierFormDrafts = pgTable(
  'dossier_form_drafts',
  {
    dossierId: uuid('dossier_id').notNull(),
    form: text('form').notNull(),
    provinceCode: text('province_code').notNull(),
    data: jsonb('data'),
    version: integer('version').notNull(),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.dossierId, t.form] })],
);
export type FormDraftRow = typeof dossierFormDrafts.$inferSelect;

export async function findFormDraft(db: Db, dossierId: string, form: string): Promise<FormDraftRow | undefined> {
  const [row] = await db
    .select()
    .from(dossierFormDrafts)
    .where(and(eq(dossierFormDrafts.dossierId, dossierId), eq(dossierFormDrafts.form, form)));
  return row;
}

/** Writes the draft as the next version (the caller holds the dossier's row lock, so versions do not race). */
export async function writeFormDraft(
  tx: Db,
  v: { dossierId: string; form: string; provinceCode: string; data: unknown; updatedBy: string | null },
): Promise<FormDraftRow> {
  const [row] = await tx
    .insert(dossierFormDrafts)
    .values({ ...v, data: v.data ?? null, version: 1 })
    .onConflictDoUpdate({
      target: [dossierFormDrafts.dossierId, dossierFormDrafts.form],
      set: {
        data: v.data ?? null,
        version: sql`${dossierFormDrafts.version} + 1`,
        updatedBy: v.updatedBy,
        updatedAt: sql`now()`,
      },
    })
    .returning();
  return row!;
}
