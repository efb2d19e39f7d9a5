// Who hears about a certificate (the daily job's notices, a revocation): the producer's own accounts, the officers of
// its commune and the provincial OCOP office — in the app, and by e-mail when mail is configured (insertNotifications
// queues the e-mails in the same transaction).
import type { Db } from '../../../db/pool.ts';
import type { Jobs } from '../../../platform/command-context.ts';
import type { Message } from '../../../platform/errors.ts';
import {
  communeOfficerIds,
  insertNotifications,
  producerAccountIds,
  roleIdsInProvince,
} from '../../../platform/notifications/notification-store.ts';
import type { ProductView } from '../../registry/index.ts';
import type { CertificateRow } from '../data/schema.ts';

export async function notifyAboutCertificate(
  tx: Db,
  jobs: Jobs,
  c: Pick<CertificateRow, 'id' | 'number' | 'provinceCode' | 'star'>,
  product: ProductView | undefined,
  n: { kind: string; title: Message; stateLabel?: Message; extra?: Record<string, unknown> },
  to: { province: boolean } = { province: true },
): Promise<number> {
  // One after the other: a transaction's client runs one query at a time.
  const producer = product ? await producerAccountIds(tx, product.producerId) : [];
  const commune = product ? await communeOfficerIds(tx, product.communeCode) : [];
  const province = to.province ? await roleIdsInProvince(tx, ['province_office'], c.provinceCode) : [];
  const userIds = [...new Set([...producer, ...commune, ...province])];
  return insertNotifications(
    tx,
    jobs,
    userIds.map((userId) => ({
      userId,
      provinceCode: c.provinceCode,
      kind: n.kind,
      title: n.title,
      body: {
        certificateId: c.id,
        certificateNumber: c.number,
        star: c.star,
        productName: product?.name ?? null,
        ...(n.stateLabel ? { stateLabel: n.stateLabel } : {}),
        ...n.extra,
      },
      link: `/certificates/${c.id}`,
    })),
  );
}
