// The header's "Kiểm tra" menu (Art. 9): plans for the team's roles, open findings for everyone (the producer reports
// its fixes there), the risk list for the offices, tests and papers — by the permissions the server listed.
import type { MenuProps } from 'antd';
import type { I18n } from '../../i18n/index.tsx';
import type { Access } from '../me/permissions.ts';
import { INSPECTION_ROUTES, planIdOf, visitIdOf } from './inspections.ts';

type NavItem = NonNullable<MenuProps['items']>[number];

export function inspectionNavItems(access: Access, t: I18n['t']): NavItem[] {
  if (!access.can('inspections.read')) return [];
  const children: NavItem[] = [];
  if (access.can('inspections.visit') || access.can('inspections.plan'))
    children.push({
      key: INSPECTION_ROUTES.plans,
      label: <span data-testid="nav-inspection-plans">{t('insp.tab.plans')}</span>,
    });
  children.push({
    key: INSPECTION_ROUTES.findings,
    label: <span data-testid="nav-inspection-findings">{t('insp.tab.findings')}</span>,
  });
  if (access.can('inspections.risk'))
    children.push({
      key: INSPECTION_ROUTES.risk,
      label: <span data-testid="nav-inspection-risk">{t('insp.tab.risk')}</span>,
    });
  children.push({
    key: INSPECTION_ROUTES.evidence,
    label: <span data-testid="nav-inspection-evidence">{t('insp.tab.evidence')}</span>,
  });
  return [{ key: 'inspections', label: <span data-testid="nav-inspections">{t('nav.inspections')}</span>, children }];
}

/**
 * Puts the inspection entries into the header: inside the "Đánh giá" menu as a group when the user has one (the
 * header of the offices must still fit a 1366 px screen), else as their own "Kiểm tra" menu.
 */
export function withInspectionNav(evalItems: NavItem[], access: Access, t: I18n['t']): NavItem[] {
  const [inspection] = inspectionNavItems(access, t);
  if (!inspection) return evalItems;
  const children = (inspection as { children: NavItem[] }).children;
  const hasGroup = evalItems.some((i) => i?.key === 'evaluation');
  if (!hasGroup) return [...evalItems, inspection];
  return evalItems.map((i) =>
    i?.key === 'evaluation'
      ? ({
          ...i,
          children: [
            ...((i as { children: NavItem[] }).children ?? []),
            { type: 'group', key: 'inspections-group', label: t('nav.inspections'), children },
          ],
        } as NavItem)
      : i,
  );
}

/** The menu entry a plan or visit page belongs to. */
export function inspectionNavSelected(path: string): string | null {
  return planIdOf(path) !== null || visitIdOf(path) !== null ? INSPECTION_ROUTES.plans : null;
}
