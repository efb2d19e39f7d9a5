// Create or edit a producer (chủ thể OCOP) in a drawer. The server checks everything; its 400 issues are shown on
// the fields they name, and a 409 duplicate offers to open the existing producer or to save anyway.
import { useRef, useState } from 'react';
import { Alert, AutoComplete, Button, Checkbox, Col, Form, Input, Radio, Row, Select, Space } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { api, ApiError } from '../../shared/api.ts';
import { applyFieldErrors } from '../../shared/form-errors.ts';
import { useAccess } from '../me/permissions.ts';
import {
  ETHNIC_GROUPS,
  LEGAL_TYPE_KEYS,
  LEGAL_TYPES,
  parseVietnameseDate,
  TOURISM_ONLY_LEGAL_TYPES,
} from './registry.ts';
import { matches } from '../../shared/text.ts';
import type { LegalType, Producer, User } from '../../types.ts';
import { CommuneSelect, ProvinceSelect } from '../reference/UnitSelect.tsx';
import {
  ActiveStatusField,
  ContactFields,
  FormDrawer,
  freshOnOpen,
  useFormSave,
} from '../../components/FormDrawer.tsx';
import { bodyOf, FIELDS, valuesOf, type Duplicate, type Values } from './producer-form.ts';

function ProducerDrawerBody({
  open,
  user,
  producer,
  onClose,
  onSaved,
  onOpenExisting,
}: {
  open: boolean;
  user: User;
  /** The producer to edit; null to register a new one. */
  producer: Producer | null;
  onClose: () => void;
  onSaved: (p: Producer, created: boolean) => void;
  onOpenExisting: (id: string) => void;
}) {
  const { t, pick } = useT();
  const access = useAccess();
  const { form, busy, error, save: run } = useFormSave<Values>();
  const [duplicate, setDuplicate] = useState<Duplicate | null>(null);
  const topRef = useRef<HTMLDivElement>(null);
  const level = access.scopeLevel;
  const mayChangeStatus = access.can('producers.set-status');
  const provinceCode = Form.useWatch('provinceCode', form);
  const editing = producer !== null;

  // The warning sits above the form: scroll the drawer (only the drawer) back to it.
  const showTop = () => topRef.current?.closest('.ant-drawer-body')?.scrollTo({ top: 0, behavior: 'smooth' });

  const save = (confirmDuplicate: boolean) => {
    setDuplicate(null);
    return run(
      async (values) => {
        const body = bodyOf(values);
        const extra = confirmDuplicate ? { confirmDuplicate: true } : {};
        const saved = producer
          ? await api.updateProducer(producer.id, {
              ...body,
              ...(mayChangeStatus && values.status ? { status: values.status } : {}),
              ...extra,
            })
          : await api.createProducer({ ...body, ...extra });
        onSaved(saved, !producer);
      },
      (err) => {
        if (applyFieldErrors(form, err, pick, FIELDS)) return true;
        // A duplicate warning or another error shows above the form.
        showTop();
        if (err instanceof ApiError && err.status === 409 && err.details.existing && err.text) {
          setDuplicate({
            code: err.code,
            message: pick(err.text),
            existing: err.details.existing as Duplicate['existing'],
          });
          return true;
        }
        return false;
      },
    );
  };

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      size={720}
      title={editing ? t('producer.editTitle') : t('producer.createTitle')}
      busy={busy}
      onSave={() => void save(false)}
      testId="producer"
      error={error}
      bodyRef={topRef}
    >
      {duplicate && (
        <Alert
          className="block"
          type="warning"
          showIcon
          data-testid="duplicate-warning"
          title={
            duplicate.code === 'duplicate_registration_no'
              ? t('producer.duplicateRegTitle')
              : t('producer.duplicateTitle')
          }
          description={
            <div>
              <p className="dup-message">{duplicate.message}</p>
              <Space wrap>
                <Button size="small" onClick={() => onOpenExisting(duplicate.existing.id)} data-testid="duplicate-open">
                  {t('producer.openExisting', { name: duplicate.existing.name })}
                </Button>
                {duplicate.code === 'possible_duplicate_name' && (
                  <Button
                    size="small"
                    type="primary"
                    ghost
                    loading={busy}
                    onClick={() => void save(true)}
                    data-testid="duplicate-confirm"
                  >
                    {t('producer.saveAnyway')}
                  </Button>
                )}
              </Space>
            </div>
          }
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        disabled={busy}
        initialValues={valuesOf(producer, user, level, access.ownProducerOnly)}
        onFinish={() => void save(false)}
      >
        <h3 className="form-section">{t('producer.sectionGeneral')}</h3>
        <Form.Item
          name="name"
          label={t('producer.name')}
          rules={[{ required: true, whitespace: true, message: t('producer.nameRequired') }]}
        >
          <Input data-testid="producer-name" placeholder={t('producer.namePlaceholder')} maxLength={300} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="legalType"
              label={t('producer.legalType')}
              rules={[{ required: true, message: t('producer.legalTypeRequired') }]}
            >
              <Select<LegalType>
                data-testid="producer-legal-type"
                placeholder={t('producer.legalTypePlaceholder')}
                options={LEGAL_TYPES.map((lt) => ({ value: lt, label: t(LEGAL_TYPE_KEYS[lt]) }))}
                optionRender={(o) => (
                  <span data-testid={`legal-option-${o.value}`} className="legal-option">
                    {o.label}
                    {TOURISM_ONLY_LEGAL_TYPES.includes(o.value as LegalType) && (
                      <span className="muted"> · {t('producer.tourismOnly')}</span>
                    )}
                  </span>
                )}
              />
            </Form.Item>
          </Col>
          {level === 'national' && (
            <Col xs={24} md={12}>
              <Form.Item
                name="provinceCode"
                label={t('unit.province')}
                rules={[{ required: true, message: t('unit.provinceRequired') }]}
              >
                <ProvinceSelect
                  testId="producer-province"
                  onChange={() => form.setFieldValue('communeCode', undefined)}
                />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} md={12}>
            <Form.Item
              name="communeCode"
              label={t('unit.commune')}
              rules={[{ required: true, message: t('unit.communeRequired') }]}
            >
              <CommuneSelect
                testId="producer-commune"
                provinceCode={provinceCode ?? user.provinceCode}
                disabled={level === 'commune'}
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="registrationNo" label={t('producer.registrationNo')}>
              <Input data-testid="producer-registration-no" maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="registrationDate"
              label={t('producer.registrationDate')}
              rules={[
                {
                  validator: (_, value?: string) =>
                    !value?.trim() || parseVietnameseDate(value)
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('producer.dateFormat'))),
                },
              ]}
            >
              <Input
                data-testid="producer-registration-date"
                placeholder={t('producer.datePlaceholder')}
                maxLength={10}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="taxCode" label={t('producer.taxCode')}>
              <Input data-testid="producer-tax-code" placeholder="0123456789" maxLength={14} />
            </Form.Item>
          </Col>
        </Row>

        <h3 className="form-section">{t('producer.sectionRepresentative')}</h3>
        <p className="form-hint">{t('producer.rep32Hint')}</p>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name={['representative', 'name']} label={t('producer.repName')}>
              <Input data-testid="producer-rep-name" maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['representative', 'sex']} label={t('producer.repSex')}>
              <Radio.Group
                data-testid="producer-rep-sex"
                optionType="button"
                options={[
                  { value: 'nam', label: <span data-testid="rep-sex-nam">{t('sex.nam')}</span> },
                  { value: 'nu', label: <span data-testid="rep-sex-nu">{t('sex.nu')}</span> },
                  { value: '', label: <span data-testid="rep-sex-unknown">{t('sex.unknown')}</span> },
                ]}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['representative', 'ethnicity']} label={t('producer.repEthnicity')}>
              <AutoComplete
                data-testid="producer-rep-ethnicity"
                placeholder={t('producer.repEthnicityPlaceholder')}
                options={ETHNIC_GROUPS.map((e) => ({ value: e }))}
                showSearch={{ filterOption: (input, option) => matches(String(option?.value ?? ''), input) }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name={['representative', 'disability']}
              valuePropName="checked"
              label={t('producer.repDisabilityLabel')}
            >
              <Checkbox data-testid="producer-rep-disability">{t('producer.repDisability')}</Checkbox>
            </Form.Item>
          </Col>
        </Row>

        <h3 className="form-section">{t('producer.sectionContact')}</h3>
        <Form.Item name="address" label={t('producer.address')}>
          <Input data-testid="producer-address" maxLength={500} />
        </Form.Item>
        <ContactFields testId="producer" website />
        {editing && mayChangeStatus && <ActiveStatusField />}
      </Form>
    </FormDrawer>
  );
}

/** The drawer, with a fresh form at every opening. */
export const ProducerDrawer = freshOnOpen(ProducerDrawerBody);
