// The partners' directory as stored: partners of a province, the producers each serves, communes' officers.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/pool.ts';
import { cycleCommuneOfficers, cyclePartnerProducers, cyclePartners, type PartnerRow } from './cycle-schema.ts';

export async function partnerById(db: Db, id: string): Promise<PartnerRow | undefined> {
  const [row] = await db.select().from(cyclePartners).where(eq(cyclePartners.id, id));
  return row;
}

export async function insertPartner(tx: Db, values: typeof cyclePartners.$inferInsert): Promise<PartnerRow> {
  const [row] = await tx.insert(cyclePartners).values(values).returning();
  return row!;
}

export async function findPartners(db: Db, provinceCode: string | undefined, kind?: string) {
  const where = [
    provinceCode ? eq(cyclePartners.provinceCode, provinceCode) : undefined,
    kind ? eq(cyclePartners.kind, kind) : undefined,
  ].filter((w) => w !== undefined);
  return db
    .select()
    .from(cyclePartners)
    .where(and(...where))
    .orderBy(asc(cyclePartners.kind), asc(cyclePartners.name));
}

/** The producers each partner serves, with their names and communes. */
export async function servedBy(db: Db, partnerIds: readonly string[]) {
  if (!partnerIds.length) return [];
  const res = await db.execute<{
    partner_id: string;
    producer_id: string;
    name: string;
    commune_code: string;
    service: string | null;
    since: string | null;
  }>(sql`select pp.partner_id, pp.producer_id, p.name, p.commune_code, pp.service, pp.since::text
    from cycle_partner_producers pp join producers p on p.id = pp.producer_id
    where pp.partner_id in (${sql.join(
      partnerIds.map((id) => sql`${id}`),
      sql`, `,
    )}) order by p.name`);
  return res.rows;
}

export async function linkProducer(
  tx: Db,
  values: { partnerId: string; producerId: string; provinceCode: string; service: string | null; since: string | null },
): Promise<void> {
  await tx
    .insert(cyclePartnerProducers)
    .values(values)
    .onConflictDoUpdate({
      target: [cyclePartnerProducers.partnerId, cyclePartnerProducers.producerId],
      set: { service: values.service, since: values.since },
    });
}

export async function setCommuneOfficer(
  tx: Db,
  values: { communeCode: string; provinceCode: string; userId: string; assignedOn: string },
): Promise<void> {
  await tx
    .insert(cycleCommuneOfficers)
    .values(values)
    .onConflictDoUpdate({
      target: cycleCommuneOfficers.communeCode,
      set: { userId: values.userId, assignedOn: values.assignedOn },
    });
}

/** The responsible officer of each commune given: name and phone. */
export async function officersOf(db: Db, communes: readonly string[]) {
  if (!communes.length) return new Map<string, { userId: string; name: string; phone: string | null }>();
  const rows = await db.execute<{ commune_code: string; user_id: string; display_name: string; phone: string | null }>(
    sql`select o.commune_code, o.user_id, u.display_name, u.phone from cycle_commune_officers o
      join users u on u.id = o.user_id where o.commune_code in (${sql.join(
        communes.map((c) => sql`${c}`),
        sql`, `,
      )})`,
  );
  return new Map(rows.rows.map((r) => [r.commune_code, { userId: r.user_id, name: r.display_name, phone: r.phone }]));
}

