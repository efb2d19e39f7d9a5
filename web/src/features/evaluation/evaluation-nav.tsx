// The evaluation entries of the header menu, from what the server says of the user (GET /api/me/permissions): the
// page where its work starts first (work queues, "Hồ sơ của tôi" or the council's scoring), then one "Đánh giá" menu
// with the rest (scoring for a council's other scorers, rounds and councils for those who plan them, results, past
// results) — or just "Kết quả" when that is all — so the header still fits a 1366 px screen.
import type { MenuProps } from 'antd';
import type { I18n } from '../../i18n/index.tsx';
import { dossierIdOf, EVAL_ROUTES, homeOf, scoringOf } from './evaluation.ts';
import type { Access } from '../me/permissions.ts';
import { HISTORY_ROUTE } from './history.ts';
import { ONBOARDING_ROUTE } from '../onboarding/onboarding.ts';
import { CERT_ROUTES } from '../certificates/certificates.ts';

type NavItem = NonNullable<MenuProps['items']>[number];

const ENTRY = {
  [EVAL_ROUTES.myDossiers]: { testId: 'nav-my-dossiers', label: 'nav.myDossiers' },
  [EVAL_ROUTES.scoring]: { testId: 'nav-scoring', label: 'nav.scoring' },
  [EVAL_ROUTES.queues]: { testId: 'nav-queues', label: 'nav.queues' },
} as const;

export function evalNavItems(access: Access, t: I18n['t']): NavItem[] {
  const home = homeOf(access) as keyof typeof ENTRY;
  const main: NavItem = { key: home, label: <span data-testid={ENTRY[home].testId}>{t(ENTRY[home].label)}</span> };
  const more: NavItem[] = [];
  if (access.can('scorecards.own') && home !== EVAL_ROUTES.scoring)
    more.push({ key: EVAL_ROUTES.scoring, label: <span data-testid="nav-scoring">{t('nav.scoring')}</span> });
  if (access.can('rounds.create'))
    more.push({ key: EVAL_ROUTES.rounds, label: <span data-testid="nav-rounds">{t('nav.rounds')}</span> });
  more.push({ key: EVAL_ROUTES.results, label: <span data-testid="nav-results">{t('nav.results')}</span> });
  if (access.can('history.record'))
    more.push({ key: HISTORY_ROUTE, label: <span data-testid="nav-history">{t('nav.history')}</span> });
  // Importing the province's own register sits beside past results: it records them too (and fits a 1366 px header).
  if (access.mayImportRegister)
    more.push({ key: ONBOARDING_ROUTE, label: <span data-testid="nav-import">{t('nav.import')}</span> });
  if (access.can('revocations.read'))
    more.push({
      key: CERT_ROUTES.revocations,
      label: <span data-testid="nav-revocations">{t('nav.revocations')}</span>,
    });
  if (access.can('certificates.reminders'))
    more.push({ key: CERT_ROUTES.reminders, label: <span data-testid="nav-reminders">{t('nav.reminders')}</span> });
  if (more.length === 1) return [main, more[0]!];
  return [
    main,
    { key: 'evaluation', label: <span data-testid="nav-evaluation">{t('nav.evaluation')}</span>, children: more },
  ];
}

/** The menu entry a page belongs to: a dossier to the user's home page, a scoring screen to scoring (for scorers). */
export function evalNavSelected(access: Access, path: string): string | null {
  if (dossierIdOf(path) !== null) return homeOf(access);
  if (scoringOf(path) !== null) return access.can('scorecards.own') ? EVAL_ROUTES.scoring : EVAL_ROUTES.queues;
  return null;
}
