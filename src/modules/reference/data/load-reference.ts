// Loads reference data (administrative units, rule sets) from resources/ into the database at start.
// Idempotent: a file whose checksum is already recorded is skipped, so a second start costs one query per file.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type pg from 'pg';
import { parseCsvRecords } from '../../../platform/csv.ts';
import { loadRuleSets } from './rule-sets.ts';
import { resourcesDir } from './resources.ts';

interface UnitRow {
  unitSet: number;
  code: string;
  level: 'province' | 'district' | 'commune';
  name: string;
  type: string;
  parentCode: string | null;
  provinceCode: string;
}

function units2025(text: string): UnitRow[] {
  const rows: UnitRow[] = [];
  const provinces = new Set<string>();
  for (const r of parseCsvRecords(text)) {
    if (!provinces.has(r.province_code!)) {
      provinces.add(r.province_code!);
      rows.push({ unitSet: 2025, code: r.province_code!, level: 'province', name: r.province_name!, type: r.province_type!, parentCode: null, provinceCode: r.province_code! });
    }
    rows.push({ unitSet: 2025, code: r.commune_code!, level: 'commune', name: r.commune_name!, type: r.commune_type!, parentCode: r.province_code!, provinceCode: r.province_code! });
  }
  return rows;
}

function units2024(text: string): UnitRow[] {
  const rows: UnitRow[] = [];
  const seen = new Set<string>();
  for (const r of parseCsvRecords(text)) {
    const p = r.province_code!;
    if (!seen.has(p)) {
      seen.add(p);
      // The 2024 file carries no province type; "Thành phố" for the 6 centrally-governed cities of that time (Huế since 1-1-2025).
      const city = ['01', '31', '46', '48', '79', '92'].includes(p);
      rows.push({ unitSet: 2024, code: p, level: 'province', name: r.province_name!, type: city ? 'thành phố' : 'tỉnh', parentCode: null, provinceCode: p });
    }
    if (!seen.has(r.district_code!)) {
      seen.add(r.district_code!);
      rows.push({ unitSet: 2024, code: r.district_code!, level: 'district', name: r.district_name!, type: r.district_type!, parentCode: p, provinceCode: p });
    }
    if (r.commune_code) {
      rows.push({ unitSet: 2024, code: r.commune_code, level: 'commune', name: r.commune_name!, type: r.commune_type!, parentCode: r.district_code!, provinceCode: p });
    }
  }
  return rows;
}

async function loadOnce(client: pg.PoolClient, name: string, content: string, load: () => Promise<number>): Promise<boolean> {
  const checksum = createHash('sha256').update(content).digest('hex');
  const prev = await client.query('select checksum from reference_loads where name = $1', [name]);
  if (prev.rows[0]?.checksum === checksum) return false;
  const rows = await load();
  await client.query(
    `insert into reference_loads(name, checksum, rows) values ($1, $2, $3)
     on conflict (name) do update set checksum = excluded.checksum, rows = excluded.rows, loaded_at = now()`,
    [name, checksum, rows],
  );
  return true;
}

async function replaceUnits(client: pg.PoolClient, unitSet: number, rows: UnitRow[]): Promise<number> {
  await client.query('delete from admin_units where unit_set = $1', [unitSet]);
  await client.query(
    `insert into admin_units (unit_set, code, level, name, type, parent_code, province_code)
     select * from unnest($1::smallint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])`,
    [rows.map((r) => r.unitSet), rows.map((r) => r.code), rows.map((r) => r.level), rows.map((r) => r.name),
      rows.map((r) => r.type), rows.map((r) => r.parentCode), rows.map((r) => r.provinceCode)],
  );
  return rows.length;
}

/** Returns the names of the files that were (re)loaded. */
export async function loadReferenceData(pool: pg.Pool): Promise<string[]> {
  const client = await pool.connect();
  const loaded: string[] = [];
  const file = (p: string) => readFileSync(join(resourcesDir(), p), 'utf8');
  try {
    await client.query('begin');
    await client.query('select pg_advisory_xact_lock(3074)');
    const u25 = file('admin-units/units-2025.csv');
    if (await loadOnce(client, 'units-2025', u25, () => replaceUnits(client, 2025, units2025(u25)))) loaded.push('units-2025');
    const u24 = file('admin-units/units-2024.csv');
    if (await loadOnce(client, 'units-2024', u24, () => replaceUnits(client, 2024, units2024(u24)))) loaded.push('units-2024');
    const aliases = file('admin-units/aliases-2025.csv');
    if (await loadOnce(client, 'aliases-2025', aliases, async () => {
      const rows = parseCsvRecords(aliases);
      await client.query('delete from admin_unit_aliases where unit_set = 2025');
      for (const r of rows) {
        await client.query('insert into admin_unit_aliases values (2025, $1, $2, $3)', [r.alias_code, r.commune_code, r.reason]);
      }
      return rows.length;
    })) loaded.push('aliases-2025');
    const mapping = file('admin-units/mapping-2025.csv');
    if (await loadOnce(client, 'mapping-2025', mapping, async () => {
      // Rows without an old commune code are whole island districts; they map by district, not commune.
      const rows = parseCsvRecords(mapping).filter((r) => r.old_commune_code);
      await client.query('delete from admin_unit_mapping');
      await client.query(
        `insert into admin_unit_mapping (old_code, new_code, old_province_code, new_province_code, merge_type)
         select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])`,
        [rows.map((r) => r.old_commune_code), rows.map((r) => r.new_commune_code), rows.map((r) => r.old_province_code),
          rows.map((r) => r.new_province_code), rows.map((r) => r.merge_type)],
      );
      return rows.length;
    })) loaded.push('mapping-2025');
    const ruleSets = loadRuleSets();
    const ruleSetsJson = JSON.stringify(ruleSets);
    if (await loadOnce(client, 'rule-sets', ruleSetsJson, async () => {
      for (const rs of ruleSets) {
        await client.query(
          `insert into rule_sets (code, name, effective_from, effective_to, definition) values ($1, $2, $3, $4, $5)
           on conflict (code) do update set name = excluded.name, effective_from = excluded.effective_from,
             effective_to = excluded.effective_to, definition = excluded.definition`,
          [rs.code, rs.name, rs.effectiveFrom, rs.effectiveTo, JSON.stringify(rs)],
        );
      }
      return ruleSets.length;
    })) loaded.push('rule-sets');
    await client.query('commit');
  } catch (err) {
    await client.query('rollback');
    throw err;
  } finally {
    client.release();
  }
  return loaded;
}
