// Chấm điểm hội đồng: a council member's list of the council's dossiers, with their own card's status and the
// council's progress.
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Progress, Tag, type TableColumnsType } from 'antd';
import { ResponsiveTable } from '../../../components/ResponsiveTable.tsx';
import { useT } from '../../../i18n/index.tsx';
import { keys } from '../../../shared/queries.ts';
import { useErrorText } from '../../../shared/errors.ts';
import { Link } from '../../../shared/router.ts';
import { evalApi, scoringPath, type Council, type DossierSummary } from '../evaluation.ts';
import type { User } from '../../../types.ts';
import { StateTag } from '../DossierTags.tsx';
import '../evaluation.css';

interface Row {
  council: Council;
  dossier: DossierSummary;
  mine: 'none' | 'draft' | 'submitted' | 'not_scorer';
  myTotal: number | null;
  submitted: number;
  members: number;
}

/**
 * The member's councils, then one list call per council: each dossier summary carries its councils and, for a
 * member, where the scoring stands (the server reads it for the whole page in one query).
 */
async function loadRows(user: User): Promise<Row[]> {
  const councils = (await evalApi.councils()).filter((c) => c.members.some((m) => m.userId === user.id));
  const lists = await Promise.all(
    councils.map((c) =>
      c.level === 'province'
        ? evalApi.dossiers({ roundId: c.roundId, limit: 200 })
        : evalApi.dossiers({ state: 'ministry_council', limit: 200 }),
    ),
  );
  return councils.flatMap((c, i) =>
    lists[i]!.items.filter((d) => (c.level === 'province' ? true : d.centralCouncilId === c.id)).map((d): Row => {
      const p = d.scoring?.councilId === c.id ? d.scoring : null;
      return {
        council: c,
        dossier: d,
        mine: p ? (p.scorer ? (p.own ?? 'none') : 'not_scorer') : c.may.score ? 'none' : 'not_scorer',
        myTotal: p?.ownTotal ?? null,
        submitted: p?.submittedCount ?? 0,
        members: p?.memberCount ?? 0,
      };
    }),
  );
}

export function ScoringListPage({ user }: { user: User }) {
  const { t, num } = useT();
  const errorText = useErrorText();
  const rows = useQuery({ queryKey: [...keys.dossiers, 'scoring-rows', user.id], queryFn: () => loadRows(user) });
  const columns: TableColumnsType<Row> = [
    {
      key: 'product',
      title: t('ev.product'),
      // The name reads on one or two lines, never a word per line (a tablet gives the product what is left).
      minWidth: 260,
      render: (_, r) => (
        <div className="cell-main">
          <Link to={scoringPath(r.council.id, r.dossier.id)} data-testid={`score-link-${r.dossier.id}`}>
            {r.dossier.productName}
          </Link>
          <span className="cell-sub muted">
            {r.dossier.producerName} · {t('set.no', { n: r.dossier.setNo })} ·{' '}
            {t('sc.councilNo', { no: r.council.decisionNo })}
          </span>
        </div>
      ),
    },
    {
      key: 'state',
      title: t('ev.state'),
      width: 210,
      render: (_, r) => <StateTag state={r.dossier.state} label={r.dossier.stateLabel} />,
    },
    {
      key: 'mine',
      title: t('sc.myCard'),
      width: 140,
      render: (_, r) =>
        r.mine === 'submitted' ? (
          <Tag color="green" data-testid={`my-status-${r.dossier.id}`} data-status="submitted">
            {t('sc.submitted')}
            {r.myTotal !== null && ` · ${num(r.myTotal)}`}
          </Tag>
        ) : r.mine === 'draft' ? (
          <Tag color="gold" data-testid={`my-status-${r.dossier.id}`} data-status="draft">
            {t('sc.draft')}
          </Tag>
        ) : r.mine === 'none' ? (
          <Tag data-testid={`my-status-${r.dossier.id}`} data-status="none">
            {t('sc.notStarted')}
          </Tag>
        ) : (
          <span className="muted">{t('sc.notScorer')}</span>
        ),
    },
    {
      key: 'progress',
      title: t('sc.councilProgress'),
      width: 160,
      // On a tablet the member's own card is what they act on; the council's progress shows on the scoring screen.
      responsive: ['lg'],
      render: (_, r) => (
        <div className="progress-cell">
          <Progress
            percent={r.members ? (r.submitted / r.members) * 100 : 0}
            aria-label={t('sc.submittedOf', { n: r.submitted, total: r.members })}
            size="small"
            showInfo={false}
          />
          <span className="muted">{t('sc.submittedOf', { n: r.submitted, total: r.members })}</span>
        </div>
      ),
    },
  ];
  return (
    <div className="page page-wide" data-testid="scoring-list">
      <div className="page-head">
        <h1>{t('sc.title')}</h1>
        <p className="page-lead">{t('sc.lead')}</p>
      </div>
      {rows.isError && <Alert className="block" type="error" showIcon title={errorText(rows.error)} />}
      <Card className="table-card" size="small">
        <ResponsiveTable<Row>
          rowKey={(r) => `${r.council.id}:${r.dossier.id}`}
          columns={columns}
          dataSource={rows.data ?? []}
          loading={rows.isFetching}
          pagination={false}
          locale={{ emptyText: t('sc.empty') }}
        />
      </Card>
    </div>
  );
}
