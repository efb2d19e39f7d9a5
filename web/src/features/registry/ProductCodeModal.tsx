// "Cấp mã sản phẩm": the provincial office issues a product's code T-X-STT-YYYY (Appendix II) for an evaluation
// year, then sees the code. The server keeps a product's STT for later years and refuses an earlier year.
import { useState } from 'react';
import { Alert, Button, InputNumber, Modal, Result } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { api } from '../../shared/api.ts';
import { useErrorText } from '../../shared/errors.ts';
import { todayInVietnam } from './registry.ts';
import type { Product } from '../../types.ts';

const MIN_YEAR = 2018;
const MAX_YEAR = 2099;

export function ProductCodeModal({
  product,
  onClose,
  onAllocated,
}: {
  product: Product | null;
  onClose: () => void;
  onAllocated: () => void;
}) {
  const { t } = useT();
  const errorText = useErrorText();
  const [year, setYear] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<{ code: string; allocated: boolean } | null>(null);

  // Each product opened starts afresh at this year.
  const [opened, setOpened] = useState(product);
  if (product !== opened) {
    setOpened(product);
    if (product) {
      setYear(Number(todayInVietnam().slice(0, 4)));
      setError(null);
      setDone(null);
    }
  }

  const submit = async () => {
    if (!product || year === null) return;
    setBusy(true);
    setError(null);
    try {
      const r = await api.allocateCode(product.id, year);
      setDone({ code: r.productCode, allocated: r.allocated });
      onAllocated();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={product !== null}
      title={t('code.title')}
      onCancel={onClose}
      destroyOnHidden
      footer={
        done ? (
          <Button type="primary" onClick={onClose} data-testid="code-close">
            {t('action.close')}
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>{t('action.cancel')}</Button>
            <Button
              type="primary"
              loading={busy}
              disabled={year === null}
              onClick={() => void submit()}
              data-testid="code-submit"
            >
              {t('code.submit')}
            </Button>
          </>
        )
      }
    >
      {product && !done && (
        <div data-testid="code-form">
          <p>
            {t('code.lead', { name: product.name })}
            {product.productCode && <> {t('code.current', { code: product.productCode })}</>}
          </p>
          <label className="field">
            <span className="field-label">{t('code.year')}</span>
            <InputNumber<number>
              data-testid="code-year"
              min={MIN_YEAR}
              max={MAX_YEAR}
              precision={0}
              value={year}
              onChange={(v) => setYear(v)}
              onPressEnter={() => void submit()}
              style={{ width: 160 }}
            />
          </label>
          <p className="form-hint code-hint">{t('code.hint')}</p>
          {error !== null && <Alert type="error" showIcon title={errorText(error)} data-testid="code-error" />}
        </div>
      )}
      {done && (
        <Result
          status="success"
          className="code-result"
          title={
            <span className="product-code-big" data-testid="allocated-code">
              {done.code}
            </span>
          }
          subTitle={done.allocated ? t('code.allocated') : t('code.already')}
        />
      )}
    </Modal>
  );
}
