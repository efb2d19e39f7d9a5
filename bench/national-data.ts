// National-scale data for benchmarks: 10,000 producers and 18,000 products spread over all 3,321 communes of the
// 2025 set, and 20,000 dossiers in every state of the lifecycle. Bulk SQL, deterministic (no randomness).
import type pg from 'pg';
import { DOSSIER_STATES, newDossier } from '../src/modules/evaluation/index.ts';

const WORDS = [
  'Chè',
  'Gạo',
  'Mật ong',
  'Miến dong',
  'Rượu',
  'Thảo quả',
  'Mắc ca',
  'Nấm',
  'Cà phê',
  'Nước mắm',
  'Bánh',
  'Thổ cẩm',
  'Sâm',
  'Tinh dầu',
  'Mứt',
  'Trà',
];

export interface Sizes {
  producers: number;
  products: number;
  dossiers: number;
}

export async function generateNationalData(pool: pg.Pool, sizes: Sizes): Promise<void> {
  await pool.query(`create temporary table bench_communes as
    select row_number() over (order by code) - 1 as rn, code, province_code, name from admin_units where unit_set = 2025 and level = 'commune'`);
  await pool.query(
    `
    insert into producers (province_code, commune_code, legal_type, name, name_key, registration_no, representative_name,
      representative_sex, representative_ethnicity, address, status)
    select c.province_code, c.code, (array['htx','tht','dnnvv','trang_trai','ho_kinh_doanh'])[1 + i % 5],
      'HTX ' || (array[${WORDS.map((w) => `'${w}'`).join(',')}])[1 + i % ${WORDS.length}] || ' ' || c.name || ' ' || i,
      'bench ' || i, 'BENCH-' || i, 'Người đại diện ' || i, case when i % 3 = 0 then 'nu' else 'nam' end,
      (array['Kinh','Thái','Mông','Dao','Tày'])[1 + i % 5], 'Xã ' || c.name, 'active'
    from generate_series(1, $1::int) i join bench_communes c on c.rn = i % (select count(*) from bench_communes)`,
    [sizes.producers],
  );
  await pool.query(`create temporary table bench_producers as
    select row_number() over (order by id) - 1 as rn, id, province_code, commune_code, name from producers`);
  await pool.query(
    `
    insert into products (province_code, commune_code, producer_id, name, set_no, description, status)
    select p.province_code, p.commune_code, p.id,
      (array[${WORDS.map((w) => `'${w}'`).join(',')}])[1 + i % ${WORDS.length}] || ' ' || split_part(p.name, ' ', 3) || ' số ' || i,
      1 + i % 26, 'Sản phẩm thử tải ' || i, 'active'
    from generate_series(1, $1::int) i join bench_producers p on p.rn = i % (select count(*) from bench_producers)`,
    [sizes.products],
  );

  // Dossiers: the domain's own empty facts, in every state, for products round-robin.
  const products = (
    await pool.query(`select p.id, p.producer_id, p.province_code, p.commune_code, p.set_no, p.name, r.name as producer_name
    from products p join producers r on r.id = p.producer_id order by p.id`)
  ).rows;
  const rows: unknown[][] = [[], [], [], [], [], [], [], [], [], [], [], []];
  for (let i = 0; i < sizes.dossiers; i++) {
    const p = products[i % products.length];
    const state = DOSSIER_STATES[i % DOSSIER_STATES.length]!;
    const facts = {
      ...newDossier({ kind: 'first', provinceCode: p.province_code, communeCode: p.commune_code }),
      state,
    };
    const values = [
      p.province_code,
      p.commune_code,
      p.producer_id,
      p.id,
      'first',
      '26-2026',
      p.set_no,
      state,
      JSON.stringify(facts),
      2026,
      p.name,
      p.producer_name,
    ];
    values.forEach((v, k) => rows[k]!.push(v));
  }
  await pool.query(
    `
    insert into dossiers (province_code, commune_code, producer_id, product_id, kind, rule_set, set_no, state, facts, year, product_name, producer_name)
    select * from unnest($1::text[], $2::text[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::smallint[], $8::text[], $9::jsonb[], $10::smallint[], $11::text[], $12::text[])`,
    rows,
  );
  await pool.query('analyze producers; analyze products; analyze dossiers');
}
