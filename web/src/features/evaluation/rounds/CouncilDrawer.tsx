// Records a round's council and advisory team (Art. 7.3.b–c, 7.4.b–c: the required seats prefilled), or amends one
// before any scorecard (the same form).
import { useEffect, useMemo, useRef } from 'react';
import { Alert, App, Button, Checkbox, Drawer, Form, Input, InputNumber, Select } from 'antd';
import { useT } from '../../../i18n/index.tsx';
import { ApiError } from '../../../shared/api.ts';
import { useErrorText } from '../../../shared/errors.ts';
import { evalApi, type Council, type CouncilRules, type Round } from '../evaluation.ts';
import { DateInput } from '../../../components/FormFields.tsx';
import { useFormSave } from '../../../components/FormDrawer.tsx';
import { PolicyFields, useInherited } from '../CouncilPolicies.tsx';
import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../shared/queries.ts';

import { councilBody, useUsersOf, userOptions, valuesOf, type CouncilValues } from './council-form.ts';
import { CouncilSeats } from './CouncilSeats.tsx';
export function CouncilDrawer({
  round,
  council,
  rule,
  seatRoles,
  onClose,
  onCreated,
}: {
  round: Round;
  council?: Council;
  /** Who sits on a council of the round's level (GET /api/council-rules). */
  rule: CouncilRules['composition']['province'];
  /** Whose accounts may take each seat at the round's level (GET /api/council-rules). */
  seatRoles: CouncilRules['seatRoles']['province'];
  onClose: () => void;
  onCreated: (c: Council) => void;
}) {
  const { t, pick } = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const central = round.level === 'central';
  // The accounts each seat may go to, by the roles the server names for the level (GET /api/council-rules).
  const chairs = useUsersOf(seatRoles.chair[0]!);
  const members = useUsersOf(seatRoles.member[0]!);
  const advisors = useUsersOf(seatRoles.advisory[0]!);
  // What an empty policy field follows: the province's rules (or, when they cannot be read, the council's entries).
  const province = useQuery({ queryKey: keys.provincePolicies, queryFn: evalApi.provincePolicies });
  const inherited = useInherited(province.data?.policies ?? council?.policies, 'council');
  const { form, busy, error, save } = useFormSave<CouncilValues>();
  // The server's refusal lands below a long form: bring it into view, or the office sees nothing happen.
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error !== null) errorRef.current?.scrollIntoView({ block: 'nearest' });
  }, [error]);
  const seatOptions = useMemo(
    () => rule.seats.map((s) => ({ value: s.kind, label: `${pick(s.label)}${s.need === 'required' ? ' *' : ''}` })),
    [rule, pick],
  );
  const initial: Partial<CouncilValues> = council
    ? valuesOf(council)
    : {
        chairSeat: rule.chair.normal.kind,
        chairAgency: t(central ? 'rd.chairAgencyCentral' : 'rd.chairAgencyProvince'),
        members: rule.seats.filter((s) => s.need === 'required').map((s) => ({ seat: s.kind, agency: s.label.vi })),
        chairScores: false,
        hasFoodSafetyDepartment: false,
      };
  const submit = () =>
    save(async (v) => {
      const body = councilBody(v);
      const c = council
        ? await evalApi.updateCouncil(council.id, body)
        : await evalApi.createCouncil({ ...body, roundId: round.id });
      void message.success(t(council ? 'rd.councilUpdated' : 'rd.councilCreated', { no: c.decisionNo }));
      onCreated(c);
    });
  const issues = error instanceof ApiError ? error.issues : [];
  return (
    <Drawer
      open
      size="large"
      title={t(council ? 'rd.editCouncilFor' : 'rd.createCouncilFor', { round: pick(round.label) })}
      onClose={onClose}
      destroyOnHidden
      footer={
        <div className="drawer-footer">
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={() => void submit()} data-testid="council-ok">
            {t(council ? 'rd.saveCouncil' : 'rd.createCouncil')}
          </Button>
        </div>
      }
    >
      <p className="muted">
        {t(council ? 'rd.editCouncilLead' : central ? 'rd.councilLeadCentral' : 'rd.councilLead')}
      </p>
      {central && members.isError && <Alert className="block" type="warning" showIcon title={t('rd.noUserList')} />}
      <Form form={form} layout="vertical" initialValues={initial} requiredMark="optional">
        <div className="form-grid">
          <Form.Item
            name="decisionNo"
            label={t('rd.decisionNo')}
            rules={[{ required: true, message: t('ev.required') }]}
          >
            <Input maxLength={60} data-testid="council-decision-no" />
          </Form.Item>
          <Form.Item
            name="decisionDate"
            label={t('rd.decisionDate')}
            rules={[{ required: true, message: t('ev.required') }]}
          >
            <DateInput testId="council-decision-date" />
          </Form.Item>
        </div>
        <div className="form-section">{t('rd.chair')}</div>
        <div className="form-grid">
          <Form.Item name="chairUserId" label={t('rd.person')} rules={[{ required: true, message: t('ev.required') }]}>
            <Select
              showSearch
              optionFilterProp="label"
              options={userOptions(chairs.data)}
              loading={chairs.isLoading}
              data-testid="council-chair"
            />
          </Form.Item>
          <Form.Item name="chairSeat" label={t('rd.seat')} rules={[{ required: true }]}>
            <Select
              options={[rule.chair.normal, rule.chair.delegated].map((s) => ({ value: s.kind, label: pick(s.label) }))}
            />
          </Form.Item>
          <Form.Item name="chairAgency" label={t('rd.agency')} rules={[{ required: true, message: t('ev.required') }]}>
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.chairSeat !== b.chairSeat}>
            {({ getFieldValue }) =>
              getFieldValue('chairSeat') === rule.chair.delegated.kind && (
                <Form.Item
                  name="chairDelegation"
                  label={t('rd.delegation')}
                  rules={[{ required: true, message: t('ev.required') }]}
                >
                  <Input maxLength={200} />
                </Form.Item>
              )
            }
          </Form.Item>
        </div>
        <div className="form-section">{t('rd.members')}</div>
        <CouncilSeats seatOptions={seatOptions} members={members.data} loading={members.isLoading} />
        {!central && (
          <>
            <div className="form-section">{t('rd.advisory')}</div>
            <div className="form-grid">
              <Form.Item name="advisoryLeaderId" label={t('rd.advisoryLeader')}>
                <Select
                  allowClear
                  showSearch
                  optionFilterProp="label"
                  options={userOptions(advisors.data)}
                  loading={advisors.isLoading}
                  data-testid="council-advisory-leader"
                />
              </Form.Item>
              <Form.Item name="advisoryMemberIds" label={t('rd.advisoryMembers')}>
                <Select
                  mode="multiple"
                  allowClear
                  optionFilterProp="label"
                  options={userOptions(advisors.data)}
                  loading={advisors.isLoading}
                />
              </Form.Item>
            </div>
          </>
        )}
        <div className="form-section">{t('rd.rules')}</div>
        <div className="form-grid">
          <Form.Item name="spreadThreshold" label={t('rd.spreadThreshold')} extra={t('rd.spreadHint')}>
            <InputNumber<number>
              min={0}
              max={100}
              className="full-width"
              placeholder={inherited('spreadThreshold')}
              data-testid="council-spread"
            />
          </Form.Item>
          <div>
            <Form.Item name="chairScores" valuePropName="checked" noStyle>
              <Checkbox>{t('rd.chairScores')}</Checkbox>
            </Form.Item>
            <br />
            {!central && (
              <Form.Item name="hasFoodSafetyDepartment" valuePropName="checked" noStyle>
                <Checkbox>{t('rd.foodSafetyDept')}</Checkbox>
              </Form.Item>
            )}
          </div>
        </div>
        <div className="form-section">{t('pol.title')}</div>
        <p className="muted">
          {t('pol.lead')} {t('pol.councilHint')}
        </p>
        <PolicyFields inherited={inherited} spread={false} />
      </Form>
      <div ref={errorRef}>
        {error !== null && (
          <Alert
            type="error"
            showIcon
            data-testid="council-error"
            title={errorText(error)}
            description={
              issues.length ? (
                <ul className="plain-list">
                  {issues.map((i, k) => (
                    <li key={k}>{pick(i.message)}</li>
                  ))}
                </ul>
              ) : undefined
            }
          />
        )}
      </div>
    </Drawer>
  );
}
