// Errors of the registry with their messages for people (vi + en).
import { AppError, badRequest, notFound, type FieldIssue } from '../../platform/errors.ts';

export const issue = (field: string, code: string, vi: string, en: string): FieldIssue => ({
  field,
  code,
  message: { vi, en },
});

export const invalid = (field: string, code: string, vi: string, en: string) =>
  badRequest([issue(field, code, vi, en)]);

export const producerNotFound = () => notFound({ vi: 'chủ thể OCOP', en: 'Producer' });
export const productNotFound = () => notFound({ vi: 'sản phẩm', en: 'Product' });

export const conflict = (code: string, vi: string, en: string) => new AppError(409, code, { vi, en });

/**
 * A producer that looks like one already registered. Carries the existing producer so the client can open it;
 * `existing` travels in the standard error body's details.
 */
export class DuplicateProducerError extends AppError {
  constructor(
    code: 'duplicate_registration_no' | 'possible_duplicate_name',
    readonly existing: { id: string; name: string },
  ) {
    super(
      409,
      code,
      code === 'duplicate_registration_no'
        ? {
            vi: `Số đăng ký này đã thuộc chủ thể "${existing.name}" trong tỉnh`,
            en: `This registration number already belongs to "${existing.name}" in the province`,
          }
        : {
            vi: `Trong xã đã có chủ thể trùng tên "${existing.name}". Nếu đúng là chủ thể khác, hãy xác nhận để lưu`,
            en: `The commune already has a producer named "${existing.name}". If this is a different producer, confirm to save`,
          },
      undefined,
      undefined,
      { existing },
    );
  }
}
