// What an e-mail prints of evaluation's notices (platform/notifications/notification-mail.ts sends them): every
// notice of a dossier step carries the product, the dossier's state and its receipt number in its body.
import type { Message } from '../../platform/errors.ts';
import type { NotificationEmailFacts } from '../../platform/notifications/notification-mail.ts';

const PRODUCT: Message = { vi: 'Sản phẩm', en: 'Product' };
const STATE: Message = { vi: 'Trạng thái hồ sơ', en: 'Dossier state' };
const RECEIPT: Message = { vi: 'Số phiếu tiếp nhận', en: 'Receipt number' };

const isMessage = (v: unknown): v is Message =>
  typeof v === 'object' && v !== null && typeof (v as Message).vi === 'string' && typeof (v as Message).en === 'string';
const text = (v: unknown) => (typeof v === 'string' ? v : '');

export const notificationEmailFacts: NotificationEmailFacts = (_kind, body) => {
  const stateLabel = isMessage(body.stateLabel) ? body.stateLabel : null;
  return [
    { label: PRODUCT, value: text(body.productName) },
    ...(stateLabel ? [{ label: STATE, value: stateLabel }] : []),
    { label: RECEIPT, value: text(body.receiptNo) },
  ];
};
