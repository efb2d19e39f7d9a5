// The product's photo in its drawer: shown, and set or replaced by whoever may edit the product (the server checks:
// products.update in its scope). A phone's photo is shrunk in the browser (at most 800 px, JPEG) before it is sent,
// so the public register stays light on a slow connection; the server still bounds type and size (2 MB).
import { useState } from 'react';
import { Alert, Button, Upload } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { upload } from '../../shared/api.ts';
import { useErrorText } from '../../shared/errors.ts';
import { keys, useInvalidate } from '../../shared/queries.ts';
import type { Product } from '../../types.ts';

const MAX_SIDE = 800;

/** The image redrawn at most MAX_SIDE px on its longer side as a JPEG; the file itself when it cannot be decoded. */
async function shrink(file: File): Promise<Blob> {
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
    return blob ?? file;
  } catch {
    return file;
  }
}

export function ProductPhoto({ product }: { product: Product }) {
  const { t } = useT();
  const errorText = useErrorText();
  const invalidate = useInvalidate();
  const [photo, setPhoto] = useState(product.photo);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const send = async (file: File) => {
    setBusy(true);
    setError(null);
    try {
      const form = new FormData();
      form.append('file', await shrink(file), 'anh-san-pham.jpg');
      const saved = await upload<Product>(`/api/products/${encodeURIComponent(product.id)}/photo`, form);
      setPhoto(saved.photo);
      invalidate(keys.products);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="block" data-testid="product-photo">
      <div className="muted">{t('product.photo')}</div>
      {photo ? (
        <img
          src={photo.url}
          alt={product.name}
          data-testid="product-photo-img"
          style={{ display: 'block', maxWidth: 240, maxHeight: 240, borderRadius: 6, margin: '6px 0' }}
        />
      ) : (
        <p className="muted">{t('product.photoNone')}</p>
      )}
      <Upload
        accept="image/jpeg,image/png,image/webp"
        showUploadList={false}
        beforeUpload={(file) => {
          void send(file);
          return false;
        }}
      >
        <Button loading={busy} data-testid="product-photo-upload">
          {photo ? t('product.photoReplace') : t('product.photoAdd')}
        </Button>
      </Upload>
      {error !== null && <Alert className="block" type="error" showIcon title={errorText(error)} />}
    </div>
  );
}
