import { randomBytes } from 'node:crypto';
import { loadConfig } from '../config.ts';
import { prepareDatabase } from '../server.ts';
import { loadDemo } from '../modules/demo/load-demo.ts';

export async function runDemo(): Promise<void> {
  const prepared = await prepareDatabase(loadConfig());
  try {
    // Not a secret of the project: a fresh password per demo database, printed for the person who loaded it.
    const password = process.env.OCOP_DEMO_PASSWORD ?? `demo-${randomBytes(4).toString('hex')}`;
    const summary = await loadDemo(prepared.db.db, password);
    if (!summary.loaded) {
      console.log('Dữ liệu mẫu Lai Châu đã có sẵn / the Lai Châu demo is already loaded.');
      return;
    }
    console.log(
      `Đã nạp dữ liệu mẫu Lai Châu / Lai Châu demo loaded: ${summary.producers} producers, ${summary.products} products.`,
    );
    console.log(`Mật khẩu chung / shared password: ${password}`);
    for (const u of summary.users)
      console.log(`  ${u.username.padEnd(16)} ${u.role.padEnd(24)} ${u.unit ?? 'toàn quốc'}`);
    console.log(`Hồ sơ mẫu / demo dossiers (${summary.dossiers.length}):`);
    for (const d of summary.dossiers) console.log(`  ${d.expected.padEnd(20)} ${d.product}`);
  } finally {
    await prepared.close();
  }
}
