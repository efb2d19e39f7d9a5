// Bộ tiêu chí: read a whole criteria sheet (Appendix II) — parts, sections, criteria, options with points and star
// marks, requirements, notes, conditions, cases, the knock-outs (loại / dừng đánh giá) with the law's words, the
// applicability of star marks, the doubts about the printed text, and the data notes.
import { useDeferredValue, useMemo, useState } from 'react';
import { Alert, Card, Collapse, Empty, Input, Select, Skeleton, Tag } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { navigate, ROUTES } from '../../shared/router.ts';
import { useErrorText } from '../../shared/errors.ts';
import { matches } from '../../shared/text.ts';
import type { Criterion, Section, Sheet } from '../../types.ts';
import { SetField, useSetSheet } from './SetSelect.tsx';
import { StarMarkTag } from './Stars.tsx';
import { Highlight } from './Highlight.tsx';
import { SetHeader } from './SetHeader.tsx';
import {
  conditionsFor,
  CriterionLead,
  CriterionTail,
  KnockoutBlock,
  type CriterionConditionProps,
} from './SheetConditions.tsx';
import { knockoutsAt, knockoutTexts, NO_CONDITIONS, plainNotes } from './conditions.ts';
import { useRuleSets } from '../../shared/queries.ts';

export function CriteriaBrowserPage({ query }: { query: URLSearchParams }) {
  const { t } = useT();
  const errorText = useErrorText();
  const ruleSets = useRuleSets();
  const withCatalogue = (ruleSets.data ?? []).filter((r) => r.hasCatalogue);
  const ruleSet = query.get('rules') ?? withCatalogue[0]?.code;
  const setNo = Math.max(1, Number.parseInt(query.get('set') ?? '1', 10) || 1);
  const { sets, sheet, error } = useSetSheet(ruleSets, ruleSet, setNo);
  const [filter, setFilter] = useState('');
  const deferredFilter = useDeferredValue(filter);

  const go = (rules: string | undefined, set: number) => {
    const q = new URLSearchParams();
    if (rules && rules !== withCatalogue[0]?.code) q.set('rules', rules);
    q.set('set', String(set));
    navigate(`${ROUTES.criteria}?${q}`, { replace: true });
  };

  return (
    <div className="page" data-testid="criteria-page">
      <div className="page-head">
        <h1>{t('criteria.title')}</h1>
        <p className="page-lead">{t('criteria.lead')}</p>
      </div>
      <Card className="toolbar" size="small">
        <div className="toolbar-row">
          <label className="field">
            <span className="field-label">{t('criteria.ruleSet')}</span>
            <Select
              data-testid="ruleset-select"
              className="ruleset-select"
              loading={ruleSets.isLoading}
              value={ruleSet}
              onChange={(v: string) => go(v, 1)}
              options={withCatalogue.map((r) => ({ value: r.code, label: r.name }))}
            />
          </label>
          <SetField sets={sets} value={setNo} onChange={(n) => go(ruleSet, n)} />
          <label className="field field-grow">
            <span className="field-label">{t('criteria.filter')}</span>
            <Input
              allowClear
              data-testid="criteria-filter"
              placeholder={t('criteria.filterPlaceholder')}
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
            />
          </label>
        </div>
      </Card>
      {error !== undefined && <Alert type="error" showIcon title={errorText(error)} />}
      {sheet.isLoading && !sheet.data && <Skeleton active paragraph={{ rows: 12 }} />}
      {sheet.data && <SheetView sheet={sheet.data} filter={deferredFilter} />}
    </div>
  );
}

function criterionText(section: Section, c: Criterion): string {
  return [
    c.code,
    c.title,
    section.title,
    ...c.options.map((o) => o.text),
    ...(c.requirements ?? []),
    ...(c.notes ?? []),
    c.appliesWhen?.text ?? '',
    c.applicability?.text ?? '',
    ...(c.branches ?? []).map((b) => b.title),
  ].join('\n');
}

function SheetView({ sheet, filter }: { sheet: Sheet; filter: string }) {
  const { t } = useT();
  const visible = useMemo(() => {
    const codes = new Set<string>();
    for (const p of sheet.parts)
      for (const s of p.sections)
        for (const c of s.criteria) if (matches(criterionText(s, c), filter)) codes.add(c.code);
    return codes;
  }, [sheet, filter]);
  const total = sheet.parts.reduce((n, p) => n + p.sections.reduce((m, s) => m + s.criteria.length, 0), 0);
  const filtering = filter.trim() !== '';
  const cond = useMemo(() => conditionsFor(sheet, NO_CONDITIONS, undefined, null), [sheet]);

  return (
    <div className="sheet" data-testid={`sheet-${sheet.setNo}`}>
      <SetHeader sheet={sheet} />
      {knockoutsAt(sheet, null).length > 0 ? (
        <KnockoutBlock conditions={cond} />
      ) : (
        <Alert
          className="block compact-alert"
          type="info"
          showIcon
          data-testid="disqualification"
          title={t('sheet.noDisqualification')}
        />
      )}
      {sheet.notes.length > 0 && (
        <Collapse
          className="block data-notes"
          data-testid="data-notes"
          size="small"
          items={[
            {
              key: 'notes',
              label: t('sheet.dataNotes', { n: sheet.notes.length }),
              children: (
                <div>
                  <p className="muted">{t('sheet.dataNotesLead')}</p>
                  <ol className="data-note-list">
                    {sheet.notes.map((n) => (
                      <li key={`${n.line}-${n.code ?? ''}`}>
                        <div className="data-note-meta">
                          {n.code && <Tag>{t('sheet.noteCode', { code: n.code })}</Tag>}
                          <span className="muted">{t('sheet.noteLine', { line: n.line })}</span>
                        </div>
                        <div>
                          <b>{t('sheet.noteIssue')}</b> {n.issue}
                        </div>
                        <div>
                          <b>{t('sheet.noteChoice')}</b> {n.choice}
                        </div>
                      </li>
                    ))}
                  </ol>
                </div>
              ),
            },
          ]}
        />
      )}
      {filtering && (
        <div className="filter-count" data-testid="filter-count">
          {t('criteria.matchCount', { n: visible.size, total })}
        </div>
      )}
      {filtering && visible.size === 0 && <Empty description={t('criteria.noMatch')} />}
      {sheet.parts.map((part) => {
        const sections = part.sections.filter((s) => s.criteria.some((c) => visible.has(c.code)));
        if (sections.length === 0) return null;
        return (
          <section key={part.code} className="sheet-part" data-testid={`part-${part.code}`}>
            <header className="sheet-part-head">
              <span className="sheet-part-code">{t('sheet.part', { code: part.code })}</span>
              <span className="sheet-part-title">{part.title}</span>
              <span className="sheet-part-points">{t('points.n', { n: part.maxPoints })}</span>
            </header>
            {sections.map((section) => (
              <SectionView key={section.code} section={section} visible={visible} filter={filter} conditions={cond} />
            ))}
          </section>
        );
      })}
    </div>
  );
}

function SectionView({
  section,
  visible,
  filter,
  conditions,
}: {
  section: Section;
  visible: Set<string>;
  filter: string;
  conditions: CriterionConditionProps;
}) {
  const { t } = useT();
  const shownGroups = new Set<string>();
  return (
    <div className="sheet-section" data-testid={`section-${section.code}`}>
      <h3 className="sheet-section-head">
        <span className="sheet-section-title">
          {section.code}. <Highlight text={section.title} query={filter} />
        </span>
        <span className="points-pill">{t('points.n', { n: section.maxPoints })}</span>
      </h3>
      {section.criteria
        .filter((c) => visible.has(c.code))
        .map((c) => {
          const group = c.group ? section.groups?.find((g) => g.code === c.group) : undefined;
          const groupHead = group && !shownGroups.has(group.code);
          if (group) shownGroups.add(group.code);
          return (
            <div key={c.code}>
              {groupHead && (
                <h4 className="sheet-group-head">
                  <span>
                    {group.code}. {group.title}
                  </span>
                  <span className="points-pill">{t('points.n', { n: group.maxPoints })}</span>
                </h4>
              )}
              <CriterionView criterion={c} direct={section.direct === true} filter={filter} conditions={conditions} />
            </div>
          );
        })}
    </div>
  );
}

function CriterionView({
  criterion: c,
  direct,
  filter,
  conditions,
}: {
  criterion: Criterion;
  direct: boolean;
  filter: string;
  conditions: CriterionConditionProps;
}) {
  const { t } = useT();
  const cases = c.branches ?? [];
  const notes = useMemo(() => plainNotes(c, knockoutTexts(conditions.sheet)), [c, conditions.sheet]);
  return (
    <article className="crit" data-testid={`criterion-${c.code}`}>
      {!direct && (
        <header className="crit-head">
          <span className="crit-code">{c.code}</span>
          <span className="crit-title">
            <Highlight text={c.title} query={filter} />
          </span>
          <span className="points-pill">{t('points.n', { n: c.maxPoints })}</span>
        </header>
      )}
      {c.appliesWhen && (
        <div className="crit-condition" data-testid={`condition-${c.code}`}>
          <Tag color="blue">{t('sheet.condition')}</Tag>
          <Highlight text={c.appliesWhen.text} query={filter} />{' '}
          <span className="muted">
            {t('sheet.conditionDetail', { criterion: c.appliesWhen.criterion, min: c.appliesWhen.minPoints })}
          </span>
        </div>
      )}
      <CriterionLead criterion={c} conditions={conditions} />
      {c.kind === 'yesno' ? (
        <table className="opt-table">
          <tbody>
            <tr data-testid={`option-${c.code}-yes`}>
              <td className="opt-text">
                <Tag>{t('sheet.yesNo')}</Tag> {t('answer.yes')}
              </td>
              <td className="opt-points">{t('points.n', { n: c.maxPoints })}</td>
              <td className="opt-mark" />
            </tr>
            <tr data-testid={`option-${c.code}-no`}>
              <td className="opt-text">{t('answer.no')}</td>
              <td className="opt-points">{t('points.n', { n: 0 })}</td>
              <td className="opt-mark" />
            </tr>
          </tbody>
        </table>
      ) : (
        <table className="opt-table">
          <tbody>
            {(cases.length > 0 ? cases : [undefined]).map((b) => (
              <OptionRows key={b?.no ?? 0} criterion={c} branch={b} filter={filter} />
            ))}
          </tbody>
        </table>
      )}
      {(c.requirements ?? []).map((r) => (
        <div key={r} className="crit-extra crit-requirement">
          <b>{t('sheet.requirement')}</b> <Highlight text={r} query={filter} />
        </div>
      ))}
      {notes.map((n) => (
        <div key={n} className="crit-extra crit-note">
          {/^ghi chú\s*:/i.test(n) ? (
            <Highlight text={n} query={filter} />
          ) : (
            <>
              <b>{t('sheet.note')}</b> <Highlight text={n} query={filter} />
            </>
          )}
        </div>
      ))}
      <CriterionTail criterion={c} conditions={conditions} />
    </article>
  );
}

function OptionRows({
  criterion: c,
  branch,
  filter,
}: {
  criterion: Criterion;
  branch: { no: number; title: string } | undefined;
  filter: string;
}) {
  const { t } = useT();
  const rows = c.options.map((o, i) => ({ o, i })).filter(({ o }) => (branch ? o.branch === branch.no : true));
  return (
    <>
      {branch && (
        <tr className="opt-case" data-testid={`branch-${c.code}-${branch.no}`}>
          <td colSpan={3}>
            {t('sheet.case', { no: branch.no })}: <Highlight text={branch.title} query={filter} />
          </td>
        </tr>
      )}
      {rows.map(({ o, i }) => (
        <tr key={i} data-testid={`option-${c.code}-${i}`} className={o.minStar ? 'opt-marked' : undefined}>
          <td className="opt-text">
            <Highlight text={o.text} query={filter} />
          </td>
          <td className="opt-points">{t('points.n', { n: o.points })}</td>
          <td className="opt-mark">{o.minStar !== null && <StarMarkTag star={o.minStar} />}</td>
        </tr>
      ))}
    </>
  );
}
