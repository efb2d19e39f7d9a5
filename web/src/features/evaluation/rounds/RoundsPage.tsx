// Đợt đánh giá và Hội đồng: the office plans rounds (statutory — round 1 or 2 of Art. 5.1/5.2 with their dates — or
// extra, with the council's rules and the plan as basis), records each round's council and advisory team
// (Art. 7.3.b–c, 7.4.b–c: the required seats prefilled), amends a council before any scorecard (the same form),
// puts accepted dossiers into a round, and closes a round once every dossier in it is decided.
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Drawer,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  type ButtonProps,
  type TableColumnsType,
} from 'antd';
import { useT } from '../../../i18n/index.tsx';
import { api, ApiError } from '../../../shared/api.ts';
import { useErrorText } from '../../../shared/errors.ts';
import { formatDate } from '../../registry/registry.ts';
import { Link, setQuery } from '../../../shared/router.ts';
import {
  dossierPath,
  evalApi,
  isOffice,
  type Council,
  type CouncilBody,
  type CouncilRules,
  type DossierSummary,
  type Round,
  type RoundBody,
} from '../evaluation.ts';
import type { ManagedUser, User } from '../../../types.ts';
import { DateInput } from '../../../components/FormFields.tsx';
import { StateTag } from '../DossierTags.tsx';
import { freshOnOpen, useFormSave } from '../../../components/FormDrawer.tsx';
import { PolicyFields, PolicyList, ProvincePoliciesCard, useInherited } from '../CouncilPolicies.tsx';
import { ownValues, policyBody, useCouncilRules, type PolicyValue } from '../policies.ts';
import '../evaluation.css';
import { useQuery } from '@tanstack/react-query';
import { keys, useInvalidate } from '../../../shared/queries.ts';

export function RoundsPage({ user, query }: { user: User; query: URLSearchParams }) {
  const { t, pick } = useT();
  const errorText = useErrorText();
  const office = isOffice(user.role);
  const level: 'province' | 'central' =
    user.role === 'ministry_office' || user.role === 'central_council_member' ? 'central' : 'province';
  const rounds = useQuery({ queryKey: [...keys.rounds, { level }], queryFn: () => evalApi.rounds({ level }) });
  const councils = useQuery({ queryKey: [...keys.councils, {}], queryFn: () => evalApi.councils() });
  const invalidate = useInvalidate();
  const rules = useCouncilRules();
  const [creatingRound, setCreatingRound] = useState(false);
  const [councilFor, setCouncilFor] = useState<{ round: Round; council?: Council } | null>(null);
  const { modal, message } = App.useApp();
  const selectedRound = query.get('round') ?? undefined;
  const councilsOf = (roundId: string) => (councils.data ?? []).filter((c) => c.roundId === roundId);

  const columns: TableColumnsType<Round> = [
    {
      key: 'label',
      title: t('rd.round'),
      render: (_, r) => (
        <div className="cell-main">
          <span className="cell-title" data-testid={`round-${r.year}-${r.number}`}>
            {pick(r.label)}
          </span>
          {r.extra && (
            <span className="cell-sub muted">
              {t('rd.basis')}: {r.extra.councilRulesDecision} · {r.extra.planReference}
            </span>
          )}
        </div>
      ),
    },
    {
      key: 'kind',
      title: t('rd.kind'),
      width: 120,
      render: (_, r) => (r.extra ? <Tag color="purple">{t('rd.extra')}</Tag> : <Tag>{t('rd.statutory')}</Tag>),
    },
    { key: 'cutoff', title: t('rd.cutoff'), width: 120, render: (_, r) => formatDate(r.cutoff) },
    { key: 'finish', title: t('rd.finishBy'), width: 120, render: (_, r) => formatDate(r.finishBy) },
    {
      key: 'council',
      title: t('rd.council'),
      width: 240,
      render: (_, r) => {
        const cs = councilsOf(r.id);
        if (cs.length)
          return cs.map((c) => (
            <div key={c.id} className="cell-main">
              <span>{c.decisionNo}</span>
              <span className="cell-sub muted">
                {t('rd.membersN', { n: c.members.filter((m) => m.position !== 'advisory').length })}
              </span>
              {office && r.status === 'open' && (
                <Button
                  size="small"
                  type="link"
                  onClick={() => setCouncilFor({ round: r, council: c })}
                  data-testid={`council-edit-${r.year}-${r.number}`}
                >
                  {t('rd.editCouncil')}
                </Button>
              )}
            </div>
          ));
        return office && r.status === 'open' ? (
          <Button
            size="small"
            onClick={() => setCouncilFor({ round: r })}
            data-testid={`council-create-${r.year}-${r.number}`}
          >
            {t('rd.createCouncil')}
          </Button>
        ) : (
          <span className="muted">—</span>
        );
      },
    },
    {
      key: 'status',
      title: t('list.status'),
      width: 110,
      render: (_, r) => (
        <Tag color={r.status === 'open' ? 'green' : 'default'} data-testid={`round-status-${r.year}-${r.number}`}>
          {r.status === 'open' ? t('rd.open') : r.status === 'closed' ? t('rd.closed') : r.status}
        </Tag>
      ),
    },
    ...(office
      ? [
          {
            key: 'actions',
            title: t('rd.actions'),
            width: 120,
            render: (_: unknown, r: Round) =>
              r.status === 'open' && (
                <Button size="small" onClick={() => confirmClose(r)} data-testid={`round-close-${r.year}-${r.number}`}>
                  {t('rd.closeRound')}
                </Button>
              ),
          },
        ]
      : []),
  ];

  const confirmClose = (r: Round) => {
    void modal.confirm({
      title: t('rd.closeRound'),
      content: t('rd.closeConfirm', { label: pick(r.label) }),
      okText: t('rd.closeRound'),
      cancelText: t('action.cancel'),
      okButtonProps: { 'data-testid': 'round-close-ok' } as ButtonProps,
      onOk: async () => {
        try {
          await evalApi.closeRound(r.id);
          void message.success(t('rd.closedOk', { label: pick(r.label) }));
          invalidate(keys.rounds);
        } catch (err) {
          // The server names the dossiers still open (Art. 5: a round ends with every dossier decided).
          const open =
            err instanceof ApiError && Array.isArray(err.details.open)
              ? (err.details.open as { id: string; label: string }[])
              : [];
          void modal.error({
            title: open.length ? t('rd.closeBlocked') : errorText(err),
            content: open.length ? (
              <ul className="plain-list" data-testid="round-close-open">
                {open.map((d) => (
                  <li key={d.id}>
                    <Link to={dossierPath(d.id)} onClick={() => Modal.destroyAll()}>
                      {d.label}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : undefined,
          });
        }
      },
    });
  };

  return (
    <div className="page page-wide" data-testid="rounds-page">
      <div className="page-head page-head-actions">
        <div>
          <h1>{t('rd.title')}</h1>
          <p className="page-lead">{level === 'central' ? t('rd.leadCentral') : t('rd.lead')}</p>
        </div>
        <div className="page-actions">
          {office && (
            <Button type="primary" onClick={() => setCreatingRound(true)} data-testid="round-create">
              {t('rd.createRound')}
            </Button>
          )}
        </div>
      </div>
      {(rounds.isError || councils.isError) && (
        <Alert className="block" type="error" showIcon title={errorText(rounds.error ?? councils.error)} />
      )}
      <Card className="table-card block" size="small" title={t('rd.rounds')}>
        <Table<Round>
          rowKey="id"
          columns={columns}
          dataSource={rounds.data ?? []}
          loading={rounds.isFetching}
          pagination={false}
          scroll={{ x: 980 }}
          locale={{ emptyText: t('rd.noRounds') }}
          expandable={{
            rowExpandable: (r) => councilsOf(r.id).length > 0,
            expandedRowRender: (r) => councilsOf(r.id).map((c) => <CouncilMembers key={c.id} council={c} />),
          }}
        />
      </Card>
      {level === 'province' && <ProvincePoliciesCard editable={office} />}
      {office && level === 'province' && (
        <AssignCard
          rounds={(rounds.data ?? []).filter((r) => r.status === 'open')}
          selectedRound={selectedRound}
          onAssigned={() => invalidate(keys.councils, keys.dossiers)}
        />
      )}
      {office && (
        <RoundModal
          open={creatingRound}
          level={level}
          onClose={() => setCreatingRound(false)}
          onCreated={() => {
            setCreatingRound(false);
            invalidate(keys.rounds);
          }}
        />
      )}
      {office && councilFor && rules.data && (
        <CouncilDrawer
          round={councilFor.round}
          council={councilFor.council}
          rule={rules.data.composition[councilFor.round.level]}
          onClose={() => setCouncilFor(null)}
          onCreated={() => {
            setCouncilFor(null);
            invalidate(keys.councils);
          }}
        />
      )}
    </div>
  );
}

function CouncilMembers({ council }: { council: Council }) {
  const { t, pick } = useT();
  const rule = useCouncilRules().data?.composition[council.level];
  const seatName = (kind: string | null) => {
    if (!kind) return '';
    const s = rule && [rule.chair.normal, rule.chair.delegated, ...rule.seats].find((x) => x.kind === kind);
    return s ? pick(s.label) : kind;
  };
  return (
    <div className="council-members" data-testid={`council-${council.decisionNo}`}>
      <div className="muted">
        {t('rd.councilDecision', { no: council.decisionNo, date: formatDate(council.decisionDate) })} ·{' '}
        {t('rd.spreadThreshold')}: {council.spreadThreshold}
      </div>
      <ul className="plain-list">
        {council.members.map((m) => (
          <li key={`${m.userId}-${m.position}`}>
            <b>{m.displayName}</b> — {t(`sc.position.${m.position}` as 'sc.position.member')}
            {m.seat && <>, {seatName(m.seat)}</>} <span className="muted">({m.agency})</span>
          </li>
        ))}
      </ul>
      <h4 className="council-policies-title">{t('pol.title')}</h4>
      <PolicyList entries={council.policies} />
    </div>
  );
}

// ---------------------------------------------------------------- round

interface RoundValues {
  year: number;
  number: number;
  extra: boolean;
  councilRulesDecision?: string;
  planReference?: string;
  cutoff?: string;
  finishBy?: string;
}

function RoundModalBody({
  open,
  level,
  onClose,
  onCreated,
}: {
  open: boolean;
  level: 'province' | 'central';
  onClose: () => void;
  onCreated: (r: Round) => void;
}) {
  const { t, pick } = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const { form, busy, error, save } = useFormSave<RoundValues>();
  const extra = Form.useWatch('extra', form);
  const submit = () =>
    save(async (v) => {
      const body: RoundBody = {
        level,
        year: v.year,
        number: v.number,
        ...(v.cutoff ? { cutoff: v.cutoff } : {}),
        ...(v.finishBy ? { finishBy: v.finishBy } : {}),
        ...(v.extra
          ? { extra: { councilRulesDecision: v.councilRulesDecision ?? '', planReference: v.planReference ?? '' } }
          : {}),
      };
      const r = await evalApi.createRound(body);
      void message.success(t('rd.created', { label: pick(r.label) }));
      onCreated(r);
    });
  const issues = error instanceof ApiError ? error.issues : [];
  return (
    <Modal
      open={open}
      title={t('rd.createRound')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('rd.createOk')}
      cancelText={t('action.cancel')}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'round-ok' }}
      destroyOnHidden
    >
      <p className="muted">{level === 'central' ? t('rd.roundLeadCentral') : t('rd.roundLead')}</p>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ year: new Date().getFullYear(), number: new Date().getMonth() < 6 ? 1 : 2, extra: false }}
        requiredMark="optional"
      >
        <div className="form-grid">
          <Form.Item name="year" label={t('ev.year')} rules={[{ required: true }]}>
            <InputNumber<number> min={2019} max={2100} precision={0} className="full-width" data-testid="round-year" />
          </Form.Item>
          <Form.Item
            name="number"
            label={t('rd.number')}
            rules={[{ required: true }]}
            extra={extra ? t('rd.numberExtraHint') : t('rd.numberHint')}
          >
            <InputNumber<number> min={1} max={99} precision={0} className="full-width" data-testid="round-number" />
          </Form.Item>
        </div>
        <Form.Item name="extra" valuePropName="checked" label={t('rd.extraLabel')} extra={t('rd.extraHint')}>
          <Switch data-testid="round-extra" />
        </Form.Item>
        {extra && (
          <div className="form-grid">
            <Form.Item
              name="councilRulesDecision"
              label={t('rd.councilRules')}
              rules={[{ required: true, message: t('ev.required') }]}
            >
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item
              name="planReference"
              label={t('rd.planReference')}
              rules={[{ required: true, message: t('ev.required') }]}
            >
              <Input maxLength={100} />
            </Form.Item>
          </div>
        )}
        <div className="form-grid">
          <Form.Item name="cutoff" label={t('rd.cutoff')} extra={t('rd.defaultByLaw')}>
            <DateInput />
          </Form.Item>
          <Form.Item name="finishBy" label={t('rd.finishBy')} extra={t('rd.defaultByLaw')}>
            <DateInput />
          </Form.Item>
        </div>
      </Form>
      {error !== null && (
        <Alert
          type="error"
          showIcon
          title={errorText(error)}
          description={
            issues.length ? (
              <ul className="plain-list">
                {issues.map((i) => (
                  <li key={i.field + i.code}>{pick(i.message)}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      )}
    </Modal>
  );
}

/** The modal, with a fresh form at every opening. */
const RoundModal = freshOnOpen(RoundModalBody);

// ---------------------------------------------------------------- council

interface SeatRow {
  userId?: string;
  seat: string;
  agency: string;
  position?: 'member' | 'vice_chair' | 'secretary';
}
interface CouncilValues {
  decisionNo: string;
  decisionDate: string;
  chairUserId: string;
  chairSeat: string;
  chairAgency: string;
  chairDelegation?: string;
  members: SeatRow[];
  advisoryLeaderId?: string;
  advisoryMemberIds?: string[];
  chairScores: boolean;
  hasFoodSafetyDepartment: boolean;
  spreadThreshold?: number;
  /** The council's own policies; an empty field follows the province. */
  policy?: Record<string, PolicyValue>;
}

function useUsersOf(role: string) {
  return useQuery({
    queryKey: [...keys.users, 'active', role],
    queryFn: () => api.users({ role, status: 'active', limit: 200 }).then((r) => r.items),
  });
}
const userOptions = (users: ManagedUser[] | undefined) =>
  (users ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }));

/** The form's values for an existing council (editing starts from the composition on record). */
function valuesOf(c: Council): Partial<CouncilValues> {
  const chair = c.members.find((m) => m.position === 'chair');
  const team = c.members.filter((m) => m.position === 'advisory').map((m) => m.userId);
  return {
    decisionNo: c.decisionNo,
    decisionDate: c.decisionDate,
    chairUserId: chair?.userId,
    chairSeat: chair?.seat ?? undefined,
    chairAgency: chair?.agency,
    chairDelegation: c.chairDelegation ?? undefined,
    members: c.members
      .filter((m) => m.position === 'member' || m.position === 'vice_chair' || m.position === 'secretary')
      .map((m) => ({
        userId: m.userId,
        seat: m.seat ?? '',
        agency: m.agency,
        position: m.position as SeatRow['position'],
      })),
    advisoryLeaderId: c.advisoryLeaderId ?? undefined,
    advisoryMemberIds: c.advisoryLeaderId && !team.includes(c.advisoryLeaderId) ? [c.advisoryLeaderId, ...team] : team,
    chairScores: c.chairScores,
    hasFoodSafetyDepartment: c.hasFoodSafetyDepartment,
    spreadThreshold: c.spreadThreshold,
    policy: ownValues(
      c.policies.filter((e) => e.key !== 'spreadThreshold'),
      'council',
    ),
  };
}

function CouncilDrawer({
  round,
  council,
  rule,
  onClose,
  onCreated,
}: {
  round: Round;
  council?: Council;
  /** Who sits on a council of the round's level (GET /api/council-rules). */
  rule: CouncilRules['composition']['province'];
  onClose: () => void;
  onCreated: (c: Council) => void;
}) {
  const { t, pick } = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const central = round.level === 'central';
  const chairs = useUsersOf(central ? 'central_council_member' : 'province_council_chair');
  const members = useUsersOf(central ? 'central_council_member' : 'province_council_member');
  const advisors = useUsersOf('advisory_member');
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
      const body: Omit<CouncilBody, 'roundId'> = {
        decisionNo: v.decisionNo.trim(),
        decisionDate: v.decisionDate,
        chair: {
          userId: v.chairUserId,
          seat: v.chairSeat,
          agency: v.chairAgency,
          ...(v.chairDelegation?.trim() ? { delegation: v.chairDelegation.trim() } : {}),
        },
        members: v.members.map((m) => ({
          userId: m.userId!,
          seat: m.seat,
          agency: m.agency,
          ...(m.position && m.position !== 'member' ? { position: m.position } : {}),
        })),
        ...(v.advisoryLeaderId
          ? { advisoryTeam: { leaderId: v.advisoryLeaderId, memberIds: v.advisoryMemberIds ?? [v.advisoryLeaderId] } }
          : {}),
        chairScores: v.chairScores,
        hasFoodSafetyDepartment: v.hasFoodSafetyDepartment,
        ...(v.spreadThreshold !== undefined && v.spreadThreshold !== null
          ? { spreadThreshold: v.spreadThreshold }
          : {}),
        policy: policyBody(v.policy),
      };
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
        <Form.List name="members">
          {(fields, { add, remove }) => (
            <div className="seat-rows">
              {fields.map((f) => (
                <div key={f.key} className="seat-row" data-testid={`council-member-${f.name}`}>
                  <Form.Item name={[f.name, 'seat']} rules={[{ required: true }]} className="seat-kind">
                    <Select options={seatOptions} popupMatchSelectWidth={420} />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'userId']}
                    rules={[{ required: true, message: t('rd.personRequired') }]}
                    className="seat-person"
                  >
                    <Select
                      showSearch
                      optionFilterProp="label"
                      placeholder={t('rd.person')}
                      options={userOptions(members.data)}
                      loading={members.isLoading}
                      data-testid={`council-member-${f.name}-user`}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'agency']}
                    rules={[{ required: true, message: t('ev.required') }]}
                    className="seat-agency"
                  >
                    <Input maxLength={300} placeholder={t('rd.agency')} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'position']} className="seat-position">
                    <Select
                      placeholder={t('sc.position.member')}
                      allowClear
                      options={(['member', 'vice_chair', 'secretary'] as const).map((p) => ({
                        value: p,
                        label: t(`sc.position.${p}`),
                      }))}
                    />
                  </Form.Item>
                  <Button type="text" danger onClick={() => remove(f.name)} aria-label={t('ev.remove')}>
                    ×
                  </Button>
                </div>
              ))}
              <Button size="small" className="add-row" onClick={() => add({ seat: 'expert', agency: '' })}>
                {t('rd.addMember')}
              </Button>
            </div>
          )}
        </Form.List>
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

// ---------------------------------------------------------------- assign dossiers

function AssignCard({
  rounds,
  selectedRound,
  onAssigned,
}: {
  rounds: Round[];
  selectedRound?: string;
  onAssigned: () => void;
}) {
  const { t, pick } = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const waiting = useQuery({
    queryKey: [...keys.dossiers, 'list', { queue: 'to_assign', limit: 200 }],
    queryFn: () => evalApi.dossiers({ queue: 'to_assign', limit: 200 }),
  });
  const [chosen, setRoundId] = useState<string | undefined>(selectedRound);
  // Only an open round takes dossiers: a round just closed (or a stale ?round=) falls back to the first open one.
  const roundId = rounds.some((r) => r.id === chosen) ? chosen : rounds[0]?.id;
  const [picked, setPicked] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const assign = async () => {
    if (!roundId) return;
    setBusy(true);
    setErrors([]);
    const failed: string[] = [];
    let done = 0;
    for (const id of picked) {
      const d = waiting.data?.items.find((x) => x.id === id);
      try {
        await evalApi.act(id, 'assign_round', { roundId });
        done += 1;
      } catch (err) {
        failed.push(`${d?.productName ?? id}: ${errorText(err)}`);
      }
    }
    setBusy(false);
    setErrors(failed);
    setPicked([]);
    if (done) void message.success(t('rd.assigned', { n: done }));
    onAssigned();
  };
  const columns: TableColumnsType<DossierSummary> = [
    {
      key: 'product',
      title: t('ev.product'),
      render: (_, d) => (
        <div className="cell-main">
          <Link to={dossierPath(d.id)}>{d.productName}</Link>
          <span className="cell-sub muted">
            {d.producerName} · {d.receiptNo}
          </span>
        </div>
      ),
    },
    { key: 'kind', title: t('ev.kind'), width: 130, render: (_, d) => pick(d.kindLabel) },
    {
      key: 'state',
      title: t('ev.state'),
      width: 260,
      render: (_, d) => <StateTag state={d.state} label={d.stateLabel} />,
    },
  ];
  return (
    <Card
      className="table-card block"
      size="small"
      data-testid="assign-card"
      title={t('rd.assignTitle')}
      extra={
        <Space wrap>
          <Select
            className="round-picker"
            value={roundId}
            onChange={(v: string) => {
              setRoundId(v);
              setQuery({ round: v });
            }}
            placeholder={t('ev.roundPlaceholder')}
            options={rounds.map((r) => ({ value: r.id, label: pick(r.label) }))}
            data-testid="assign-round"
          />
          <Button
            type="primary"
            disabled={!roundId || picked.length === 0}
            loading={busy}
            onClick={() => void assign()}
            data-testid="assign-ok"
          >
            {t('rd.assign', { n: picked.length })}
          </Button>
        </Space>
      }
    >
      {errors.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('rd.assignFailed')}
          description={
            <ul className="plain-list">
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          }
        />
      )}
      <Table<DossierSummary>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={waiting.data?.items ?? []}
        loading={waiting.isFetching}
        pagination={false}
        rowSelection={{
          selectedRowKeys: picked,
          onChange: (keys) => setPicked(keys as string[]),
          getCheckboxProps: (d) => ({ 'data-testid': `assign-pick-${d.id}` }) as object,
        }}
        locale={{ emptyText: t('rd.nothingToAssign') }}
      />
    </Card>
  );
}
