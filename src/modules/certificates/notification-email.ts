// What an e-mail prints of the certificates' notices (the daily job's, a revocation's): the product, the certificate's
// number and its status; every other notice as evaluation prints it. platform/notifications sends them with this.
import type { Message } from '../../platform/errors.ts';
import type { NotificationEmailFacts } from '../../platform/notifications/notification-mail.ts';
import { notificationEmailFacts } from '../evaluation/index.ts';

const PRODUCT: Message = { vi: 'Sản phẩm', en: 'Product' };
const NUMBER: Message = { vi: 'Số giấy chứng nhận', en: 'Certificate number' };
const STATUS: Message = { vi: 'Tình trạng giấy chứng nhận', en: 'Certificate status' };

const isMessage = (v: unknown): v is Message =>
  typeof v === 'object' && v !== null && typeof (v as Message).vi === 'string' && typeof (v as Message).en === 'string';
const text = (v: unknown) => (typeof v === 'string' ? v : '');

export const emailFactsWithCertificates: NotificationEmailFacts = (kind, body) =>
  kind.startsWith('certificate.')
    ? [
        { label: PRODUCT, value: text(body.productName) },
        { label: NUMBER, value: text(body.certificateNumber) },
        ...(isMessage(body.stateLabel) ? [{ label: STATUS, value: body.stateLabel }] : []),
      ]
    : notificationEmailFacts(kind, body);
