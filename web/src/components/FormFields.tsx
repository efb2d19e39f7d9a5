// Fields of the paper forms (Appendix III) as antd form items from a short spec, a date typed the Vietnamese way
// (ngày/tháng/năm, kept as YYYY-MM-DD), and the server's 400 issues put next to the fields they name.
import { useState } from 'react';
import { Checkbox, Form, Input, InputNumber, Select, type FormInstance } from 'antd';
import { useT, type MessageKey } from '../i18n/index.tsx';
import { ApiError } from '../shared/api.ts';
import { formatDate, parseVietnameseDate } from '../features/registry/registry.ts';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** A date typed as 14/03/2025; the form holds 2025-03-14 once the text is a real date, the raw text until then. */
export function DateInput({
  value,
  onChange,
  disabled,
  testId,
  id,
}: {
  value?: string;
  onChange?: (v: string | undefined) => void;
  disabled?: boolean;
  testId?: string;
  id?: string;
}) {
  const { t } = useT();
  const [text, setText] = useState(value && ISO.test(value) ? formatDate(value) : (value ?? ''));
  // A value set from outside (the form filled or reset) shows in the box; what the user is typing stays.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    if (value && ISO.test(value) && parseVietnameseDate(text) !== value) setText(formatDate(value));
    if (!value && text) setText('');
  }
  return (
    <Input
      id={id}
      data-testid={testId}
      disabled={disabled}
      value={text}
      placeholder={t('ev.datePlaceholder')}
      onChange={(e) => {
        const raw = e.target.value;
        setText(raw);
        onChange?.(parseVietnameseDate(raw) ?? (raw.trim() ? raw : undefined));
      }}
    />
  );
}

/** 'year': a whole number shown as typed (2026, never grouped as 2.026). */
export type FieldKind = 'text' | 'long' | 'int' | 'year' | 'money' | 'date' | 'bool' | 'select';

export interface FieldSpec {
  /** Dotted path in the form's data: "producer.legalRepresentative.name". */
  name: string;
  label: MessageKey;
  kind?: FieldKind;
  required?: boolean;
  options?: { value: string; label: string }[];
  hint?: MessageKey;
  /** Spans both columns (long texts always do). */
  wide?: boolean;
  max?: number;
}

/** Renders specs as form items in a two-column grid; `prefix` names each item's data-testid (`f01-producer.name`). */
export function SpecFields({ specs, prefix }: { specs: readonly FieldSpec[]; prefix: string }) {
  const { t } = useT();
  return (
    <div className="form-grid">
      {specs.map((f) => {
        const kind = f.kind ?? 'text';
        const testId = `${prefix}-${f.name}`;
        const rules = [
          ...(f.required && kind !== 'bool' ? [{ required: true, message: t('ev.required') }] : []),
          ...(kind === 'date'
            ? [
                {
                  validator: (_: unknown, v: unknown) =>
                    v === undefined || v === '' || (typeof v === 'string' && ISO.test(v))
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('ev.dateInvalid'))),
                },
              ]
            : []),
        ];
        const wide = f.wide || kind === 'long';
        return (
          <Form.Item
            key={f.name}
            className={wide ? 'form-grid-wide' : undefined}
            name={f.name.split('.')}
            label={kind === 'bool' ? undefined : t(f.label)}
            extra={f.hint ? t(f.hint) : undefined}
            rules={rules}
            valuePropName={kind === 'bool' ? 'checked' : 'value'}
          >
            {kind === 'long' ? (
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={f.max ?? 20_000} data-testid={testId} />
            ) : kind === 'year' ? (
              <InputNumber<number> className="full-width" data-testid={testId} min={1900} max={2100} precision={0} />
            ) : kind === 'int' || kind === 'money' ? (
              <InputNumber<number>
                className="full-width"
                data-testid={testId}
                min={kind === 'int' ? 0 : undefined}
                step={kind === 'money' ? 1_000_000 : 1}
                precision={0}
                formatter={(v) =>
                  v === undefined || v === null || `${v}` === '' ? '' : `${v}`.replace(/\B(?=(\d{3})+(?!\d))/g, '.')
                }
                parser={(v) => Number((v ?? '').replace(/\./g, '').replace(/[^\d-]/g, '')) as unknown as number}
              />
            ) : kind === 'date' ? (
              <DateInput testId={testId} />
            ) : kind === 'bool' ? (
              <Checkbox data-testid={testId}>{t(f.label)}</Checkbox>
            ) : kind === 'select' ? (
              <Select data-testid={testId} options={f.options} />
            ) : (
              <Input data-testid={testId} maxLength={f.max ?? 300} />
            )}
          </Form.Item>
        );
      })}
    </div>
  );
}

/**
 * Puts the 400's issues ("form01.producer.phone", "body.form01…") on the fields; returns the issues that found no field
 * (to show above the form).
 */
export function showIssues(
  form: FormInstance,
  err: unknown,
  pick: (m: { vi: string; en: string }) => string,
  known: (name: string) => boolean,
): string[] {
  if (!(err instanceof ApiError)) return [];
  const left: string[] = [];
  const byField = new Map<string, string[]>();
  for (const issue of err.issues) {
    const name = issue.field.replace(/^body\./, '').replace(/^form0\d\./, '');
    if (known(name)) byField.set(name, [...(byField.get(name) ?? []), pick(issue.message)]);
    else left.push(`${name}: ${pick(issue.message)}`);
  }
  const fields = [...byField].map(([name, errors]) => ({ name: name.split('.'), errors }));
  if (fields.length) {
    form.setFields(fields);
    form.scrollToField(fields[0]!.name, { block: 'center' });
  }
  return left;
}

/** Drops empty strings and empty objects so optional fields are sent as absent (the server's schemas are strict). */
export function clean<T>(v: T): T {
  if (Array.isArray(v)) return v.map(clean) as T;
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const c = clean(x);
      if (c === undefined || c === null || c === '') continue;
      if (typeof c === 'object' && !Array.isArray(c) && Object.keys(c).length === 0) continue;
      out[k] = c;
    }
    return out as T;
  }
  return v;
}
