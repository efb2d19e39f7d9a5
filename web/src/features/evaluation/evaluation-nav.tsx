// The evaluation entries of the header menu, by role: the user's main page first (work queues, "Hồ sơ của tôi" or
// the council's scoring), then one "Đánh giá" menu with the rest (scoring for the chair, rounds and councils for the
// offices, results) — or just "Kết quả" when that is all — so the header still fits a 1366 px screen.
import type { MenuProps } from 'antd';
import type { I18n } from '../../i18n/index.tsx';
import { dossierIdOf, EVAL_ROUTES, isCouncilRole, isOffice, scoringOf } from './evaluation.ts';
import type { Access } from '../me/permissions.ts';
import { HISTORY_ROUTE } from './History.tsx';
import { CERT_ROUTES } from '../certificates/certificates.ts';

interface Who {
  role: string;
}

type NavItem = NonNullable<MenuProps['items']>[number];

const scorerOnly = (role: string) => role === 'province_council_member' || role === 'central_council_member';

export function evalNavItems(user: Who, access: Access, t: I18n['t']): NavItem[] {
  const main: NavItem =
    user.role === 'producer'
      ? { key: EVAL_ROUTES.myDossiers, label: <span data-testid="nav-my-dossiers">{t('nav.myDossiers')}</span> }
      : scorerOnly(user.role)
        ? { key: EVAL_ROUTES.scoring, label: <span data-testid="nav-scoring">{t('nav.scoring')}</span> }
        : { key: EVAL_ROUTES.queues, label: <span data-testid="nav-queues">{t('nav.queues')}</span> };
  const more: NavItem[] = [];
  if (isCouncilRole(user.role) && !scorerOnly(user.role))
    more.push({ key: EVAL_ROUTES.scoring, label: <span data-testid="nav-scoring">{t('nav.scoring')}</span> });
  if (isOffice(user.role))
    more.push({ key: EVAL_ROUTES.rounds, label: <span data-testid="nav-rounds">{t('nav.rounds')}</span> });
  more.push({ key: EVAL_ROUTES.results, label: <span data-testid="nav-results">{t('nav.results')}</span> });
  if (access.can('history.record'))
    more.push({ key: HISTORY_ROUTE, label: <span data-testid="nav-history">{t('nav.history')}</span> });
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

/** The menu entry a page belongs to: a dossier to the queues (or the producer's list), a scoring screen to scoring. */
export function evalNavSelected(user: Who, path: string): string | null {
  if (dossierIdOf(path) !== null)
    return user.role === 'producer'
      ? EVAL_ROUTES.myDossiers
      : scorerOnly(user.role)
        ? EVAL_ROUTES.scoring
        : EVAL_ROUTES.queues;
  if (scoringOf(path) !== null) return isCouncilRole(user.role) ? EVAL_ROUTES.scoring : EVAL_ROUTES.queues;
  return null;
}
