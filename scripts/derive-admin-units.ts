// Derives the project's administrative-unit files (resources/admin-units/) from ../shared/reference/admin-units/.
// Re-runnable: `npx tsx scripts/derive-admin-units.ts`. It checks the counts the sources promise and keeps only the
// columns the app loads, so the committed files stay small and reviewable.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { parseCsvRecords, toCsv } from '../src/platform/csv.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, '..', 'shared', 'reference', 'admin-units');
const out = join(root, 'resources', 'admin-units');
mkdirSync(out, { recursive: true });

const read = (name: string) => parseCsvRecords(readFileSync(join(src, name), 'utf8'));

function expect(what: string, actual: number, wanted: number) {
  if (actual !== wanted) throw new Error(`${what}: expected ${wanted}, found ${actual}`);
  console.log(`  ${what}: ${actual}`);
}

const units2025 = read('units-2025.csv');
expect('2025 communes', units2025.length, 3321);
expect('2025 provinces', new Set(units2025.map((u) => u.province_code)).size, 34);
const cols2025 = ['province_code', 'province_name', 'province_type', 'commune_code', 'commune_name', 'commune_type'];
writeFileSync(join(out, 'units-2025.csv'), toCsv(cols2025, units2025));

const units2024 = read('units-2024.csv');
const communes2024 = units2024.filter((u) => u.commune_code !== '');
expect('2024 communes', communes2024.length, 10035);
expect('2024 districts', new Set(units2024.map((u) => u.district_code)).size, 696);
expect('2024 provinces', new Set(units2024.map((u) => u.province_code)).size, 63);
const cols2024 = [
  'province_code',
  'province_name',
  'district_code',
  'district_name',
  'district_type',
  'commune_code',
  'commune_name',
  'commune_type',
];
writeFileSync(join(out, 'units-2024.csv'), toCsv(cols2024, units2024));

const mapping = read('mapping-2025.csv');
expect('old→new mapping rows', mapping.length, 10571);
const colsMap = [
  'old_commune_code',
  'old_district_code',
  'old_province_code',
  'new_commune_code',
  'new_province_code',
  'merge_type',
];
writeFileSync(join(out, 'mapping-2025.csv'), toCsv(colsMap, mapping));

// SOURCES.md ⚠2: Ba Chẽ circulates under two codes; 06970 is accepted as an alias of 06978.
writeFileSync(
  join(out, 'aliases-2025.csv'),
  toCsv(
    ['alias_code', 'commune_code', 'reason'],
    [
      {
        alias_code: '06970',
        commune_code: '06978',
        reason: 'Xã Ba Chẽ: mã 06970 trong công văn 1027/CTK-CSCL và danh mục NSO; 06978 theo QĐ 19/2025/QĐ-TTg',
      },
    ],
  ),
);
console.log(`wrote ${out}`);
