// Puts accepted dossiers into an open round.
import { useState } from 'react';
import { Alert, App, Button, Card, Select, Space, Table, type TableColumnsType } from 'antd';
import { useT } from '../../../i18n/index.tsx';
import { useErrorText } from '../../../shared/errors.ts';
import { Link, setQuery } from '../../../shared/router.ts';
import { dossierPath, evalApi, type DossierSummary, type Round } from '../evaluation.ts';
import { StateTag } from '../DossierTags.tsx';
import { formatDate } from '../../registry/registry.ts';
import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../shared/queries.ts';

export function AssignCard({
  rounds,
  selectedRound,
  onAssigned,
  onCreateExtra,
}: {
  rounds: Round[];
  selectedRound?: string;
  onAssigned: () => void;
  /** Opens the form of a supplementary round (offered once the chosen round's cut-off has passed). */
  onCreateExtra?: () => void;
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
  const round = rounds.find((r) => r.id === roundId);
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
            aria-label={t('ev.roundPlaceholder')}
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
      {round?.cutoffPassed && (
        <Alert
          className="block"
          type="info"
          showIcon
          data-testid="cutoff-passed"
          title={t('cs.cutoffPassed', { round: pick(round.label), cutoff: formatDate(round.cutoff) })}
          description={t('cs.cutoffPassedHint')}
          action={
            onCreateExtra && (
              <Button size="small" onClick={onCreateExtra} data-testid="create-extra-round">
                {t('cs.createExtra')}
              </Button>
            )
          }
        />
      )}
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
