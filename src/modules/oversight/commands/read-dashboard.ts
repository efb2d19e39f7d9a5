// GET /api/dashboard: "where do we stand?" for one unit (issue 10) — products by star, product set and unit; the
// certificates in force and those expiring in the next 6 months; dossiers by state and overdue; open findings,
// proposals and consumer reports — on a day (asOf, by default today). The unit must lie in the reader's scope.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { scopeCovers } from '../../../platform/auth/policy.ts';
import { badRequest, forbidden, type Message } from '../../../platform/errors.ts';
import { LIFECYCLE_LABELS, LIFECYCLE_STATUSES, IN_FORCE } from '../../certificates/index.ts';
import { listProductSets } from '../../criteria/index.ts';
import { DOSSIER_STATES, overdueDeadlines, STATE_LABELS } from '../../evaluation/index.ts';
import { getUnit, loadCalendar, unitLabel, unitNamesOf, type IsoDate } from '../../reference/index.ts';
import { unitFundsPaid, unitPlanProgress } from '../../programme/index.ts';
import { dashboardPolicy } from '../dashboard-policy.ts';
import {
  certificateCounts,
  dossierCounts,
  overdueCandidates,
  openSignals,
  productCounts,
  soonestExpiring,
  type DashboardScope,
} from '../data/dashboard-store.ts';
import {
  byStar,
  CERTIFIED_STARS,
  expiringUntil,
  NOT_REPRODUCIBLE,
  NOT_YET_AVAILABLE,
  total,
  type DashboardUnit,
} from '../domain/dashboard.ts';
import { dashboardUnits } from './dashboard-units.ts';
import { cachedFigures } from './dashboard-cache.ts';

/** The sets' names and groups (Appendix I) come from the catalogue in force. */
const CATALOGUE = '26-2026';
const PRODUCT_STARS = [0, ...CERTIFIED_STARS];
const NATIONAL: DashboardUnit = { code: null, level: 'national', name: 'Toàn quốc', provinceCode: null };

const issue = (field: string, code: string, vi: string, en: string) =>
  badRequest([{ field, code, message: { vi, en } }]);

/** The unit asked for (the reader's own by default), or a 400 naming `query.unit`. */
async function resolveUnit(db: Db, actor: Actor, code: string | undefined): Promise<DashboardUnit> {
  const wanted = code ?? actor.unitCode ?? 'national';
  if (wanted === 'national') return NATIONAL;
  const u = await getUnit(db, 2025, wanted);
  if (!u || (u.level !== 'province' && u.level !== 'commune'))
    throw issue(
      'querystring.unit',
      'unknown_unit',
      `Không có tỉnh, thành phố hoặc xã, phường mã ${wanted} trong danh mục đơn vị hành chính 2025`,
      `No province or commune has the code ${wanted} in the 2025 administrative units`,
    );
  return { code: u.code, level: u.level, name: unitLabel(u), provinceCode: u.provinceCode };
}

export interface DashboardQuery {
  unit?: string;
  asOf?: IsoDate;
}

export async function readDashboard(db: Db, actor: Actor, query: DashboardQuery, today: IsoDate) {
  dashboardPolicy.assertCan(actor, 'dashboard.read');
  const asOf = query.asOf ?? today;
  if (asOf > today)
    throw issue(
      'querystring.asOf',
      'future_date',
      `Ngày số liệu không được sau hôm nay (${today})`,
      `The as-of date cannot be after today (${today})`,
    );
  const unit = await resolveUnit(db, actor, query.unit);
  const communeCode = unit.level === 'commune' ? unit.code : null;
  if (!scopeCovers(actor, { provinceCode: unit.provinceCode, communeCode }))
    throw forbidden({
      vi: `${unit.name} nằm ngoài địa bàn bạn phụ trách`,
      en: `${unit.name} lies outside your administrative area`,
    } satisfies Message);
  const scope: DashboardScope = { provinceCode: unit.provinceCode, communeCode };
  const until = expiringUntil(asOf);
  // The register's figures (the same for every reader of the unit) are kept until the data changes
  // (dashboard-cache.ts); what depends on the reader (the units it may pick, its plans) is read each time.
  const figures = () =>
    Promise.all([
      productCounts(db, scope, asOf, today),
      certificateCounts(db, scope, asOf, until),
      soonestExpiring(db, scope, asOf, until, 10),
      dossierCounts(db, scope),
      overdueCandidates(db, scope, today),
      openSignals(db, scope),
    ]);
  const [[products, certificates, expiring, states, open, signals], units] = await Promise.all([
    cachedFigures(db, `${unit.code ?? 'national'}|${asOf}|${today}`, figures),
    dashboardUnits(db, actor, unit),
  ]);
  // The programme's plans of the unit and the support paid (a nation has no plan of its own here).
  const programme =
    unit.level === 'national'
      ? null
      : {
          targets: await unitPlanProgress(db, actor, unit.code!, asOf, today),
          funds: await unitFundsPaid(db, unit.provinceCode!, communeCode, asOf),
        };
  const names = await unitNamesOf(
    db,
    products.filter((r) => r.by === 'unit').map((r) => r.unitCode),
  );

  const sets = new Map(listProductSets(CATALOGUE).map((s) => [s.setNo, s]));
  const bySet = [...new Set(products.filter((r) => r.by === 'set').map((r) => r.setNo!))]
    .sort((a, b) => a - b)
    .map((setNo) => {
      const stars = byStar(
        products.filter((r) => r.by === 'set' && r.setNo === setNo),
        PRODUCT_STARS,
      );
      return {
        setNo,
        name: sets.get(setNo)?.name ?? `Bộ ${setNo}`,
        group: sets.get(setNo)?.group ?? '',
        total: total(stars),
        byStar: stars,
      };
    });
  const groups = new Map<string, number>();
  for (const s of bySet) groups.set(s.group, (groups.get(s.group) ?? 0) + s.total);
  const byUnit = [...new Set(products.filter((r) => r.by === 'unit').map((r) => r.unitCode!))]
    .map((code) => {
      const stars = byStar(
        products.filter((r) => r.by === 'unit' && r.unitCode === code),
        PRODUCT_STARS,
      );
      return { code, name: names.get(code) ?? code, total: total(stars), byStar: stars };
    })
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, 'vi'));
  const productStars = byStar(
    products.filter((r) => r.by === 'all'),
    PRODUCT_STARS,
  );

  const statusRows = certificates.filter((r) => !r.byMonth);
  const inForceRows = statusRows.filter((r) => IN_FORCE.includes(r.status!));
  const monthRows = certificates.filter((r) => r.byMonth && r.month);
  const months = monthsFrom(asOf, until);
  const calendar = loadCalendar();
  const overdue = open.candidates.filter((d) => overdueDeadlines(d, today, calendar).length > 0).length;
  const past = asOf < today;

  return {
    unit,
    asOf,
    today,
    units,
    products: {
      total: total(productStars),
      byStar: productStars,
      bySet,
      byGroup: [...groups].map(([group, count]) => ({ group, count })).sort((a, b) => b.count - a.count),
      unitLevel: unit.level === 'national' ? ('province' as const) : ('commune' as const),
      byUnit,
    },
    certificates: {
      total: total(statusRows),
      byStatus: LIFECYCLE_STATUSES.map((status) => ({
        status,
        label: LIFECYCLE_LABELS[status],
        count: total(statusRows.filter((r) => r.status === status)),
      })),
      inForce: { total: total(inForceRows), byStar: byStar(inForceRows, CERTIFIED_STARS) },
      expiring: {
        until,
        total: total(monthRows),
        byMonth: months.map((month) => ({
          month,
          byStar: byStar(
            monthRows.filter((r) => r.month === month),
            CERTIFIED_STARS,
          ),
        })),
        soonest: expiring,
      },
    },
    dossiers: {
      asOf: today,
      total: total(states),
      byState: DOSSIER_STATES.filter((s) => states.some((r) => r.state === s)).map((state) => ({
        state,
        label: STATE_LABELS[state],
        count: states.find((r) => r.state === state)!.count,
      })),
      open: open.open,
      overdue,
    },
    signals: {
      asOf: today,
      openFindings: signals.findings,
      openProposals: signals.proposals,
      openReports: signals.reports,
    },
    // The programme module's plans and funding: a nation-wide view has no plan of its own, and says so.
    targets: programme
      ? { available: true as const, ...programme.targets }
      : { available: false as const, note: NOT_YET_AVAILABLE },
    funds: programme
      ? { available: true as const, ...programme.funds }
      : { available: false as const, note: NOT_YET_AVAILABLE },
    notReproducible: past
      ? (['dossiers', 'signals', 'superseded', 'uncertifiedProducts'] as const).map((block) => ({
          block,
          message: NOT_REPRODUCIBLE[block],
        }))
      : [],
  };
}

/** YYYY-MM of every month from `from` to `to`, both included. */
function monthsFrom(from: IsoDate, to: IsoDate): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const end = to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= end) return out;
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
}

export type Dashboard = Awaited<ReturnType<typeof readDashboard>>;
