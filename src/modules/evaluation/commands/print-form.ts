// Printable forms (Appendix III): the dossier's stored Form 01, 02 or 03 as the Vietnamese PDF, dated by the act it
// belongs to (filing for Forms 01–02, forwarding for Form 03) and placed in the province or commune.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { notFound } from '../../../platform/errors.ts';
import { renderForm01Pdf, renderForm02Pdf, renderForm03Pdf } from '../forms/pdf.ts';
import type { Form01 } from '../forms/form01.ts';
import type { Form02 } from '../forms/form02.ts';
import type { Form03 } from '../forms/form03.ts';
import { evaluationPolicy } from '../policy.ts';
import type { FormNo } from './save-form.ts';
import { loadDossier } from './load-dossier.ts';

const FORM_NAMES: Record<FormNo, { vi: string; en: string }> = {
  '01': { vi: 'Phiếu đăng ký (Mẫu số 01)', en: 'Form 01' },
  '02': { vi: 'Báo cáo tự đánh giá (Mẫu số 02)', en: 'Form 02' },
  '03': { vi: 'Báo cáo của UBND cấp xã (Mẫu số 03)', en: 'Form 03' },
};

/** The stored form as data (the same the PUT accepted). */
export async function readForm(db: Db, actor: Actor, id: string, form: FormNo): Promise<unknown> {
  evaluationPolicy.assertCan(actor, 'dossiers.read');
  const { row } = await loadDossier(db, actor, id);
  const data = form === '01' ? row.form01 : form === '02' ? row.form02 : row.form03;
  if (!data) throw notFound(FORM_NAMES[form]);
  return data;
}

export async function printForm(
  db: Db,
  actor: Actor,
  id: string,
  form: FormNo,
): Promise<{ pdf: Buffer; filename: string }> {
  const data = await readForm(db, actor, id, form);
  const { row, facts } = await loadDossier(db, actor, id);
  const date = (form === '03' ? facts.forwardedOn : facts.submittedOn) ?? undefined;
  const name = `Mau-${form}-${row.receiptNo?.replace(/[^\w-]+/g, '-') ?? row.id.slice(0, 8)}.pdf`;
  if (form === '01') {
    const f = data as Form01;
    return { pdf: await renderForm01Pdf(f, { place: f.province, ...(date ? { date } : {}) }), filename: name };
  }
  if (form === '02') {
    const f = data as Form02;
    const f01 = row.form01 as Form01 | null;
    return {
      pdf: await renderForm02Pdf(f, { ...(f01 ? { place: f01.province } : {}), ...(date ? { date } : {}) }),
      filename: name,
    };
  }
  const f = data as Form03;
  return { pdf: await renderForm03Pdf(f, { place: f.commune, ...(date ? { date } : {}) }), filename: name };
}
