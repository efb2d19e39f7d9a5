// Đợt đánh giá và Hội đồng: the office plans rounds (statutory — round 1 or 2 of Art. 5.1/5.2 with their dates — or
// extra, with the council's rules and the plan as basis), records each round's council and advisory team
// (Art. 7.3.b–c, 7.4.b–c: the required seats prefilled), amends a council before any scorecard (the same form),
// puts accepted dossiers into a round, and closes a round once every dossier in it is decided.
import { useState } from 'react';
import { Alert, App, Button, Card, Modal, Table, Tag, type ButtonProps, type TableColumnsType } from 'antd';
import { useT } from '../../../i18n/index.tsx';
import { ApiError } from '../../../shared/api.ts';
import { useErrorText } from '../../../shared/errors.ts';
import { formatDate } from '../../registry/registry.ts';
import { Link } from '../../../shared/router.ts';
import { dossierPath, evalApi, type Council, type Round } from '../evaluation.ts';
import { useAccess } from '../../me/permissions.ts';
import { ProvincePoliciesCard } from '../CouncilPolicies.tsx';
import { useCouncilRules } from '../policies.ts';
import '../evaluation.css';
import { useQuery } from '@tanstack/react-query';
import { keys, useInvalidate } from '../../../shared/queries.ts';

import { CouncilMembers } from './CouncilMembers.tsx';
import { RoundModal } from './RoundModal.tsx';
import { CouncilDrawer } from './CouncilDrawer.tsx';
import { AssignCard } from './AssignCard.tsx';
export function RoundsPage({ query }: { query: URLSearchParams }) {
  const { t, pick } = useT();
  const errorText = useErrorText();
  const access = useAccess();
  // Planning rounds is the office's; what it may do on each round and council the server says (`may`).
  const office = access.can('rounds.create');
  const level = access.roundLevel;
  const rounds = useQuery({ queryKey: [...keys.rounds, { level }], queryFn: () => evalApi.rounds({ level }) });
  const councils = useQuery({ queryKey: [...keys.councils, {}], queryFn: () => evalApi.councils() });
  const invalidate = useInvalidate();
  const rules = useCouncilRules();
  const [creatingRound, setCreatingRound] = useState<false | 'statutory' | 'extra'>(false);
  const [councilFor, setCouncilFor] = useState<{ round: Round; council?: Council } | null>(null);
  const { modal, message } = App.useApp();
  const selectedRound = query.get('round') ?? undefined;
  const councilsOf = (roundId: string) => (councils.data ?? []).filter((c) => c.roundId === roundId);

  const columns: TableColumnsType<Round> = [
    {
      key: 'label',
      title: t('rd.round'),
      // On a tablet the table scrolls inside its card; the round's name keeps a readable width.
      minWidth: 200,
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
    {
      key: 'cutoff',
      title: t('rd.cutoff'),
      width: 130,
      render: (_, r) => (
        <div className="cell-main">
          <span>{formatDate(r.cutoff)}</span>
          {r.cutoffPassed && r.status === 'open' && (
            <Tag className="cell-sub" data-testid={`cutoff-passed-${r.year}-${r.number}`}>
              {t('cs.cutoffPassedTag')}
            </Tag>
          )}
        </div>
      ),
    },
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
              {c.may.amend && r.may.recordCouncil && (
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
        return r.may.recordCouncil ? (
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
              r.may.close && (
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
            <Button type="primary" onClick={() => setCreatingRound('statutory')} data-testid="round-create">
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
          scroll={{ x: 1100 }}
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
          onCreateExtra={() => setCreatingRound('extra')}
        />
      )}
      {office && (
        <RoundModal
          open={creatingRound !== false}
          extraFirst={creatingRound === 'extra'}
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
          seatRoles={rules.data.seatRoles[councilFor.round.level]}
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
