// `npm run ocop -- audit verify [--expect <id>:<hash>]`: seals what can be sealed, then checks the audit log's hash
// chain. Prints the head (record it elsewhere: a later run with --expect proves nothing before it was rewritten).
import { loadConfig } from '../config.ts';
import { prepareDatabase } from '../server.ts';
import { sealAudit, verifyAudit } from '../platform/audit-chain.ts';

const PROBLEMS = {
  changed: 'nội dung dòng đã bị sửa / the row was changed',
  link: 'dòng trước đã bị xóa hoặc chèn thêm / a row before it was removed or inserted',
  unsealed_between: 'một dòng chưa niêm phong nằm giữa các dòng đã niêm phong / an unsealed row among sealed ones',
  expected_head: 'đầu chuỗi đã ghi nhận không còn trong chuỗi / the recorded head is no longer in the chain',
} as const;

export async function auditVerify(expectArg: string | undefined): Promise<void> {
  let expect: { id: number; hash: string } | undefined;
  if (expectArg) {
    const m = /^(\d+):([0-9a-f]{64})$/.exec(expectArg);
    if (!m) throw new Error('--expect must be <id>:<sha256 hex>, as printed by an earlier run');
    expect = { id: Number(m[1]), hash: m[2]! };
  }
  const prepared = await prepareDatabase(loadConfig());
  try {
    const sealedNow = await sealAudit(prepared.db.pool);
    const v = await verifyAudit(prepared.db.pool, expect);
    console.log(
      `audit_log: ${v.rows} dòng / rows, ${v.sealed} đã niêm phong / sealed (${sealedNow} vừa niêm phong / just now)`,
    );
    if (v.head) console.log(`đầu chuỗi / head: ${v.head.id}:${v.head.hash}`);
    if (v.broken) {
      console.error(`CHUỖI BỊ PHÁ VỠ tại dòng / CHAIN BROKEN at row ${v.broken.id}: ${PROBLEMS[v.broken.problem]}`);
      process.exitCode = 1;
    } else console.log('chuỗi nguyên vẹn / the chain holds');
  } finally {
    await prepared.close();
  }
}
