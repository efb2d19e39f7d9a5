// The council's scores side by side once every card is in (the server shows them to the chair and the office from
// then on, Art. 7.3.d): each member's total, the mean, the spread against the council's threshold, and the criteria
// where members scored differently — what the meeting looks at before the chair concludes.
import { Card, Table, Tag, type TableColumnsType } from 'antd';
import { useT } from '../../../i18n/index.tsx';
import type { Criterion } from '../../../types.ts';
import type { Scorecards } from '../evaluation.ts';

const SHOWN = 8;

type Member = Scorecards['members'][number];

export function CouncilSummary({ cards, byCode }: { cards: Scorecards; byCode: Map<string, Criterion> }) {
  const { t, num } = useT();
  const agg = cards.aggregate;
  if (!agg || agg.mean === null || !agg.memberTotals) return null;
  const nameOf = new Map(cards.members.map((m) => [m.memberId, m.displayName]));
  const members = cards.members.filter((m) => m.scorecard?.total != null);
  const gaps = agg.disagreements ?? [];
  const columns: TableColumnsType<Member> = [
    { key: 'name', title: t('cs.member'), render: (_, m) => m.displayName },
    {
      key: 'position',
      title: t('cs.position'),
      responsive: ['md'],
      render: (_, m) => <span className="muted">{t(`sc.position.${m.position}` as 'sc.position.member')}</span>,
    },
    {
      key: 'total',
      title: t('cs.total'),
      align: 'right',
      render: (_, m) => <strong data-testid={`summary-total-${m.displayName}`}>{num(m.scorecard?.total ?? 0)}</strong>,
    },
  ];
  return (
    <Card size="small" className="block" title={t('cs.summaryTitle')} data-testid="council-summary">
      <p className="muted">{t('cs.summaryLead')}</p>
      <div className="council-summary-grid">
        <div>
          <div className="muted">{t('cs.mean')}</div>
          <div className="council-summary-figure" data-testid="summary-mean">
            {num(agg.mean)}
          </div>
        </div>
        <div>
          <div className="muted">{t('cs.spread')}</div>
          <div
            className="council-summary-figure"
            data-testid="summary-spread"
            data-flag={agg.spreadFlag ? 'yes' : 'no'}
          >
            {agg.spread !== null ? num(agg.spread) : '—'}{' '}
            {agg.spreadFlag && <Tag color="orange">{t('cs.divergent')}</Tag>}
          </div>
          <div className="muted">{t('cs.threshold', { n: agg.spreadThreshold })}</div>
        </div>
      </div>
      <Table<Member>
        className="block"
        rowKey="memberId"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={members}
      />
      <h4>{t('cs.disagree')}</h4>
      {gaps.length === 0 ? (
        <p className="muted">{t('cs.agreeAll')}</p>
      ) : (
        <ul className="disagree-list" data-testid="disagreements">
          {gaps.slice(0, SHOWN).map((g) => (
            <li key={g.code} data-testid={`disagreement-${g.code}`}>
              <strong>{g.code}</strong> {byCode.get(g.code)?.title}{' '}
              <Tag color="orange">{t('cs.pointsRange', { min: num(g.min), max: num(g.max) })}</Tag>
              <div className="disagree-points">
                {g.points.map((p) => (
                  <Tag key={p.memberId}>
                    {nameOf.get(p.memberId) ?? '—'}: {num(p.points)}
                  </Tag>
                ))}
              </div>
            </li>
          ))}
          {gaps.length > SHOWN && <li className="muted">{t('cs.more', { n: gaps.length - SHOWN })}</li>}
        </ul>
      )}
    </Card>
  );
}
