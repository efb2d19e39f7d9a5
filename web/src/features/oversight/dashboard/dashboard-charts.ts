// The dashboard's charts as descriptions (DashboardChart draws each and lists its figures): categories, series and
// colours, and the filtered list a click opens — the certificate register by star or status, the products list by
// product set or unit (both read their filters from the address).
import type { I18n } from '../../../i18n/index.tsx';
import type { ScopeLevel } from '../../me/permissions.ts';
import type { ChartSpec } from './DashboardChart.tsx';
import type { Dashboard, StarCount } from './dashboard.ts';

/** 0 = no certificate in force; the greens deepen with the star, 5★ gold. */
export const STAR_COLORS: Record<number, string> = { 0: '#bfbfbf', 3: '#8cc08a', 4: '#17694a', 5: '#d4a017' };
const STATUS_COLORS: Record<string, string> = {
  valid: '#17694a',
  reevaluation_window: '#d4a017',
  under_reevaluation: '#13a8a8',
  extended: '#722ed1',
  expired: '#8c8c8c',
  revoked: '#cf1322',
  superseded: '#2f54eb',
};

const count = (rows: StarCount[], star: number) => rows.find((r) => r.star === star)?.count ?? 0;

export function dashboardCharts(
  d: Dashboard,
  t: I18n['t'],
  pick: I18n['pick'],
  scopeLevel: ScopeLevel,
  open: (to: string) => void,
) {
  const starName = (star: number) => (star === 0 ? t('dash.noStar') : `${star}★`);
  const productStars = d.products.byStar.map((r) => r.star);
  const starSeries = (rows: { byStar: StarCount[] }[]) =>
    productStars.map((star) => ({
      name: starName(star),
      color: STAR_COLORS[star]!,
      data: rows.map((r) => count(r.byStar, star)),
    }));
  // The products list reads its area from the address: ?province= for national readers, ?commune= below.
  const area = (): Record<string, string> => {
    const u = d.unit;
    if (u.level === 'national') return {};
    if (u.level === 'province') return scopeLevel === 'national' ? { province: u.code! } : {};
    return scopeLevel === 'commune' ? {} : { province: u.provinceCode!, commune: u.code! };
  };
  const products = (extra: Record<string, string>) => `/products?${new URLSearchParams({ ...area(), ...extra })}`;
  const results = (extra: Record<string, string>) => `/results?${new URLSearchParams(extra)}`;

  const productsByStar: ChartSpec = {
    kind: 'bar',
    categories: d.products.byStar.map((r) => starName(r.star)),
    series: [{ name: t('dash.products'), color: STAR_COLORS[4]!, data: d.products.byStar.map((r) => r.count) }],
    colors: d.products.byStar.map((r) => STAR_COLORS[r.star]!),
    linkOf: (i) => {
      const star = d.products.byStar[i]!.star;
      return star ? results({ star: String(star) }) : products({});
    },
    onOpen: open,
  };
  const inForceByStar: ChartSpec = {
    kind: 'pie',
    categories: d.certificates.inForce.byStar.map((r) => starName(r.star)),
    series: [
      { name: t('dash.certificates'), color: STAR_COLORS[4]!, data: d.certificates.inForce.byStar.map((r) => r.count) },
    ],
    colors: d.certificates.inForce.byStar.map((r) => STAR_COLORS[r.star]!),
    linkOf: (i) => results({ star: String(d.certificates.inForce.byStar[i]!.star) }),
    onOpen: open,
  };
  const certsByStatus: ChartSpec = {
    kind: 'bar',
    horizontal: true,
    categories: d.certificates.byStatus.map((r) => pick(r.label)),
    series: [
      { name: t('dash.certificates'), color: STATUS_COLORS.valid!, data: d.certificates.byStatus.map((r) => r.count) },
    ],
    colors: d.certificates.byStatus.map((r) => STATUS_COLORS[r.status] ?? '#8c8c8c'),
    linkOf: (i) => results({ status: d.certificates.byStatus[i]!.status }),
    onOpen: open,
  };
  const expiringStars = d.certificates.inForce.byStar.map((r) => r.star);
  const expiring: ChartSpec = {
    kind: 'bar',
    categories: d.certificates.expiring.byMonth.map((m) => `${m.month.slice(5)}/${m.month.slice(2, 4)}`),
    series: expiringStars.map((star) => ({
      name: starName(star),
      color: STAR_COLORS[star]!,
      data: d.certificates.expiring.byMonth.map((m) => count(m.byStar, star)),
    })),
  };
  const productsBySet: ChartSpec = {
    kind: 'bar',
    horizontal: true,
    categories: d.products.bySet.map((s) => `${s.setNo}. ${s.name}`),
    series: starSeries(d.products.bySet),
    linkOf: (i) => products({ set: String(d.products.bySet[i]!.setNo) }),
    onOpen: open,
  };
  const productsByUnit: ChartSpec = {
    kind: 'bar',
    horizontal: true,
    categories: d.products.byUnit.map((u) => u.name),
    series: starSeries(d.products.byUnit),
    linkOf: (i) => {
      const code = d.products.byUnit[i]!.code;
      return d.products.unitLevel === 'province' ? products({ province: code }) : products({ commune: code });
    },
    onOpen: open,
  };
  const dossiersByState: ChartSpec = {
    kind: 'bar',
    horizontal: true,
    categories: d.dossiers.byState.map((s) => pick(s.label)),
    series: [{ name: t('dash.dossiers'), color: '#1677ff', data: d.dossiers.byState.map((s) => s.count) }],
  };
  return { productsByStar, inForceByStar, certsByStatus, expiring, productsBySet, productsByUnit, dossiersByState };
}
