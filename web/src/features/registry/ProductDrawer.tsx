// Create or edit a product: its producer (searched on the server), name, product set (Appendix I), specification and
// description. A product never moves to another producer; its code is issued separately (Cấp mã sản phẩm).
import { Form, Input } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { api, type ProductBody } from '../../shared/api.ts';
import { applyFieldErrors } from '../../shared/form-errors.ts';
import type { Product, ProductSetSummary } from '../../types.ts';
import { ProducerSelect } from './ProducerSelect.tsx';
import { ProductPhoto } from './ProductPhoto.tsx';
import { SetSelect } from '../criteria/SetSelect.tsx';
import { ActiveStatusField, FormDrawer, freshOnOpen, orNull, useFormSave } from '../../components/FormDrawer.tsx';

interface Values {
  producerId?: string;
  name: string;
  setNo?: number;
  specification?: string;
  description?: string;
  status?: 'active' | 'inactive';
}

const FIELDS = ['producerId', 'name', 'setNo', 'specification', 'description', 'status'] as const;

function ProductDrawerBody({
  open,
  product,
  producer,
  sets,
  unitName,
  onClose,
  onSaved,
}: {
  open: boolean;
  /** The product to edit; null to register a new one. */
  product: Product | null;
  /** For a new product: its producer when known (opened from the producer's page). */
  producer?: { id: string; name: string } | null;
  sets: ProductSetSummary[] | undefined;
  unitName: (code: string | null | undefined) => string;
  onClose: () => void;
  onSaved: (p: Product, created: boolean) => void;
}) {
  const { t, pick } = useT();
  const { form, busy, error, save: run } = useFormSave<Values>();
  const editing = product !== null;
  const fixedProducer = product ? { id: product.producerId, name: product.producerName } : (producer ?? null);

  const initial: Values = product
    ? {
        producerId: product.producerId,
        name: product.name,
        setNo: product.setNo,
        specification: product.specification ?? '',
        description: product.description ?? '',
        status: product.status,
      }
    : { producerId: producer?.id, name: '' };

  const save = () =>
    run(
      async (v) => {
        const body: Omit<ProductBody, 'producerId'> = {
          name: v.name.trim(),
          setNo: v.setNo!,
          specification: orNull(v.specification),
          description: orNull(v.description),
        };
        const saved = product
          ? await api.updateProduct(product.id, { ...body, ...(v.status ? { status: v.status } : {}) })
          : await api.createProduct({ ...body, producerId: v.producerId! });
        onSaved(saved, !product);
      },
      (err) => applyFieldErrors(form, err, pick, FIELDS),
    );

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      size={640}
      title={editing ? t('product.editTitle') : t('product.createTitle')}
      busy={busy}
      onSave={() => void save()}
      testId="product"
      error={error}
    >
      {product && <ProductPhoto product={product} />}
      <Form<Values> form={form} layout="vertical" disabled={busy} initialValues={initial} onFinish={() => void save()}>
        <Form.Item
          name="producerId"
          label={t('product.producer')}
          rules={[{ required: true, message: t('product.producerRequired') }]}
        >
          <ProducerSelect
            testId="product-producer"
            initial={fixedProducer}
            disabled={editing || !!producer}
            unitName={unitName}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('product.name')}
          rules={[{ required: true, whitespace: true, message: t('product.nameRequired') }]}
        >
          <Input data-testid="product-name" maxLength={300} placeholder={t('product.namePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="setNo"
          label={t('set.label')}
          rules={[{ required: true, message: t('product.setRequired') }]}
          extra={t('product.setHint')}
        >
          <SetSelect sets={sets} loading={!sets} testId="product-set" />
        </Form.Item>
        <Form.Item name="specification" label={t('product.specification')}>
          <Input
            data-testid="product-specification"
            maxLength={1000}
            placeholder={t('product.specificationPlaceholder')}
          />
        </Form.Item>
        <Form.Item name="description" label={t('product.description')}>
          <Input.TextArea data-testid="product-description" maxLength={5000} autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
        {editing && <ActiveStatusField />}
      </Form>
    </FormDrawer>
  );
}

/** The drawer, with a fresh form at every opening. */
export const ProductDrawer = freshOnOpen(ProductDrawerBody);
