// A consumer reports a problem with a certified product from its public page (no login). The report lands in the
// queue of the province the product is registered in. Guarded without a captcha (domain/report-guard.ts).
import { AppError, badRequest, notFound, tooManyRequests } from '../../../platform/errors.ts';
import { audit } from '../../../platform/audit.ts';
import type { Db } from '../../../db/pool.ts';
import { entriesOfProduct } from '../data/register-store.ts';
import { insertReport, senderCounts } from '../data/report-store.ts';
import { checkReportToken, REPORT_GUARD, senderHash, type ReportKind } from '../domain/report-guard.ts';

export interface ReportInput {
  kind: ReportKind;
  message: string;
  contact?: string | undefined;
  token: string;
  website?: string | undefined;
}

const refused = (vi: string, en: string) =>
  badRequest([{ field: 'token', code: 'report_refused', message: { vi, en } }]);

export async function reportProblem(
  db: Db,
  secret: string,
  productId: string,
  input: ReportInput,
  address: string,
  nowMs = Date.now(),
) {
  // The hidden field is filled only by a bot: refused like a bad token, saying nothing of why.
  const check = input.website ? 'forged' : checkReportToken(secret, productId, input.token, nowMs);
  if (check === 'too_fast' || check === 'forged') {
    throw refused(
      'Không gửi được phản ánh, vui lòng tải lại trang và thử lại.',
      'The report was refused; reload the page and try again.',
    );
  }
  if (check === 'stale') {
    throw refused(
      'Trang đã mở quá lâu, vui lòng tải lại trang rồi gửi.',
      'The page is too old; reload it and send again.',
    );
  }
  const entries = await entriesOfProduct(db, productId);
  const current = entries.find((e) => !e.supersededBy) ?? entries[0];
  if (!current) throw notFound({ vi: 'sản phẩm OCOP', en: 'OCOP product' });
  const sender = senderHash(secret, address);
  const counts = await senderCounts(db, sender, productId, {
    day: new Date(nowMs - 24 * 3600_000),
    product: new Date(nowMs - REPORT_GUARD.perProductMinutes * 60_000),
  });
  if (counts.product > 0) {
    throw new AppError(409, 'report_duplicate', {
      vi: 'Bạn vừa gửi phản ánh về sản phẩm này; chúng tôi đã nhận được.',
      en: 'You just reported this product; we have received it.',
    });
  }
  if (counts.day >= REPORT_GUARD.perDay) throw tooManyRequests();
  return db.transaction(async (tx) => {
    const row = await insertReport(tx, {
      provinceCode: current.provinceCode,
      productId,
      certificateId: current.certificateId,
      kind: input.kind,
      message: input.message,
      contact: input.contact ?? null,
      senderHash: sender,
    });
    await audit(tx, null, {
      action: 'consumer_report.create',
      entityType: 'consumer_report',
      entityId: row.id,
      provinceCode: row.provinceCode,
      after: { productId, certificateNumber: current.number, kind: input.kind },
    });
    return { id: row.id, provinceCode: row.provinceCode, state: row.state };
  });
}
