// The cycle's typed errors: a 400 naming the field (vi + en), a 409 for a step from the wrong state.
import { AppError, badRequest, notFound } from '../../../platform/errors.ts';

export const fieldError = (field: string, code: string, vi: string, en: string) =>
  badRequest([{ field, code, message: { vi, en } }]);

export const ideaNotFound = () => notFound({ vi: 'ý tưởng sản phẩm', en: 'Product idea' });
export const businessPlanNotFound = () => notFound({ vi: 'phương án kinh doanh', en: 'Business plan' });

export const wrongState = () =>
  new AppError(409, 'wrong_state', {
    vi: 'Không thể thực hiện bước này ở trạng thái hiện tại',
    en: 'This step cannot be taken in the current state',
  });
