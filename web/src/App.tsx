// The staff app: language and antd locale, session, header, pages.
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { QueryClientProvider, useQuery, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Layout, Result, Spin } from 'antd';
import { I18nProvider, useT } from './i18n/index.tsx';
import { antdLocales } from './shared/antd-locale.ts';
import { api, ApiError } from './shared/api.ts';
import { navigate, producerIdOf, useLocation, ROUTES } from './shared/router.ts';
import type { User } from './types.ts';
import { AppHeader } from './components/AppHeader.tsx';
import { NotFoundPage } from './components/NotFound.tsx';
import { LoginPage } from './features/me/Login.tsx';
import {
  ChangePasswordPage,
  CriteriaBrowserPage,
  SelfAssessmentPage,
  RegisterPage,
  ProducersPage,
  ProducerDetailPage,
  ProductsPage,
  UsersPage,
  WorkQueuesPage,
  DossierPage,
  ScoringListPage,
  ScoringPage,
  RoundsPage,
  ResultsPage,
  HistoryPage,
  ImportPage,
  CertificatePage,
  RevocationProposalsPage,
  RemindersPage,
  PublicReportsPage,
  StampsPage,
  ReportsPage,
  PlansPage,
  PlanPage,
  VisitPage,
  FindingsPage,
  RiskPage,
  EvidencePage,
  ActivitiesPage,
  FundingPage,
  ProgrammePlansPage,
  ProgrammePlanPage,
  CyclePage,
} from './pages.ts';
import { HISTORY_ROUTE } from './features/evaluation/history.ts';
import { ONBOARDING_ROUTE } from './features/onboarding/onboarding.ts';
import { CERT_ROUTES } from './features/certificates/certificates.ts';
import { PUBLIC_REPORTS_ROUTE } from './features/public-reports/public-reports-route.ts';
import { STAMPS_ROUTE } from './features/public-reports/stamps.ts';
import { REPORTS_ROUTE } from './features/oversight/reports/reports-route.ts';
import {
  certificateIdOf,
  dossierIdOf,
  EVAL_ROUTES,
  mayOpenEvalPage,
  scoringOf,
} from './features/evaluation/evaluation.ts';
import { AccessContext, accessOf, type Access } from './features/me/permissions.ts';
import { INSPECTION_ROUTES, mayOpenInspectionPage, planIdOf, visitIdOf } from './features/inspections/inspections.ts';
import { ACTIVITY_ROUTE, FUNDING_ROUTE, PROGRAMME_ROUTES, programmePlanIdOf } from './features/programme/programme.ts';
import { CYCLE_ROUTE } from './features/programme/cycle.ts';
import { keys, queryClient } from './shared/queries.ts';
import { DASHBOARD_ROUTE, startPage } from './features/oversight/dashboard/dashboard.ts';
// The dashboard and its charts load only when opened: the rest of the app never downloads them.
const DashboardPage = lazy(() => import('./features/oversight/dashboard/DashboardPage.tsx'));
import { useErrorText } from './shared/errors.ts';
import { OfflineBar } from './offline/OfflineBar.tsx';
import { clearOfflineData } from './offline/register.ts';
import { setOwner } from './shared/outbox.ts';

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <Themed />
      </I18nProvider>
    </QueryClientProvider>
  );
}

function Themed() {
  const { lang } = useT();
  return (
    <ConfigProvider
      locale={antdLocales[lang]}
      theme={{
        token: {
          colorPrimary: '#17694a',
          colorLink: '#17694a',
          borderRadius: 6,
          // antd derives these from colorPrimary; for this green they come out too dark.
          controlItemBgActive: '#e8f3ee',
          controlItemBgActiveHover: '#dcebe3',
          // antd's greys and its red are too faint to read on white (axe-core: color-contrast, 4.5:1): darker shades.
          colorTextPlaceholder: '#707070',
          colorTextTertiary: '#666666',
          colorTextDescription: '#666666',
          colorError: '#cf1322',
          fontFamily:
            '"Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", "Liberation Sans", "DejaVu Sans", Arial, sans-serif',
        },
        components: {
          // Tighter items so the header menu with the evaluation entries fits a 1366 px screen.
          Menu: {
            itemSelectedColor: '#17694a',
            horizontalItemSelectedColor: '#17694a',
            itemPaddingInline: 10,
            groupTitleColor: '#666666',
          },
        },
      }}
    >
      <AntApp>
        <Shell />
        <OfflineBar />
      </AntApp>
    </ConfigProvider>
  );
}

/** The signed-in user, or null when nobody is (a 401). */
async function readMe(): Promise<User | null> {
  try {
    return (await api.me()).user;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

function Shell() {
  const { t } = useT();
  const errorText = useErrorText();
  const loc = useLocation();
  const queryClient = useQueryClient();
  const me = useQuery({ queryKey: keys.me, queryFn: readMe, staleTime: Infinity });
  // The password typed at log-in, kept in memory only, so a forced change need not ask for it again.
  const [loginPassword, setLoginPassword] = useState<string | null>(null);
  const setUser = useCallback((user: User | null) => queryClient.setQueryData(keys.me, user), [queryClient]);

  const logout = useCallback(async () => {
    await api.logout().catch(() => undefined);
    setLoginPassword(null);
    setUser(null);
    // Nothing read for one user is shown to the next.
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== keys.me[0] });
    await clearOfflineData();
  }, [queryClient, setUser]);

  if (me.isPending || (me.isError && me.isFetching)) {
    return (
      <div className="center-page">
        <Spin size="large" />
      </div>
    );
  }
  if (me.isError) {
    return (
      <div className="center-page">
        <Result
          status="warning"
          title={t('error.title')}
          subTitle={errorText(me.error)}
          extra={<a onClick={() => void me.refetch()}>{t('action.retry')}</a>}
        />
      </div>
    );
  }
  const user = me.data;
  // The outbox sends and shows only what this user typed (a shared computer).
  setOwner(user?.id ?? null);
  if (!user) {
    if (loc.path === ROUTES.register) return <RegisterPage />;
    return (
      <LoginPage
        onLoggedIn={(user, password) => {
          setLoginPassword(user.mustChangePassword ? password : null);
          setUser(user);
        }}
      />
    );
  }
  if (user.mustChangePassword) {
    return (
      <ChangePasswordPage
        user={user}
        knownPassword={loginPassword}
        onChanged={(user) => {
          setLoginPassword(null);
          setUser(user);
        }}
        onLogout={logout}
      />
    );
  }
  return <Main user={user} onLogout={logout} />;
}

/**
 * Whether the signed-in user may open this page: true, false (a page of the app the user may not open, or "/": they
 * go to their home page), or null when no page of the app has this address (the "not found" page).
 */
function allowed(access: Access, user: User, path: string): boolean | null {
  const evaluation = mayOpenEvalPage(access, path);
  if (evaluation !== null) return evaluation;
  const inspection = mayOpenInspectionPage(access, path);
  if (inspection !== null) return inspection;
  switch (path) {
    case ROUTES.criteria:
    case ROUTES.selfAssessment:
    case ROUTES.producers:
    case ROUTES.products:
      return true;
    case ROUTES.users:
      return access.can('users.list') || access.can('users.approve-producer');
    case HISTORY_ROUTE:
      return access.can('history.record');
    case ONBOARDING_ROUTE:
      return access.mayImportRegister;
    case CERT_ROUTES.revocations:
      return access.can('revocations.read');
    case CERT_ROUTES.reminders:
      return access.can('certificates.reminders');
    case PUBLIC_REPORTS_ROUTE:
      return access.can('publicReports.read');
    case PROGRAMME_ROUTES.plans:
      return access.can('plans.read');
    case ACTIVITY_ROUTE:
      return access.can('activities.read');
    case FUNDING_ROUTE:
      return access.can('funding.read');
    case DASHBOARD_ROUTE:
      return access.can('dashboard.read');
    case STAMPS_ROUTE:
      return access.can('stamps.read');
    case '/':
    case ROUTES.register:
      return false;
    case REPORTS_ROUTE:
      return access.can('reports.read');
    case CYCLE_ROUTE:
      return access.can('cycle.read');
    default:
      if (programmePlanIdOf(path) !== null) return access.can('plans.read');
      return producerIdOf(path) !== null ? true : null;
  }
}

/** The signed-in app, once the server has said what this user may do (GET /api/me/permissions, once per log-in). */
function Main({ user, onLogout }: { user: User; onLogout: () => void }) {
  const { t } = useT();
  const errorText = useErrorText();
  const loaded = useQuery({ queryKey: keys.permissions(user.id, user.role), queryFn: api.myPermissions });
  const access = useMemo(() => (loaded.data ? accessOf(loaded.data) : null), [loaded.data]);
  if (!access) {
    return (
      <div className="center-page">
        {loaded.isError && !loaded.isFetching ? (
          <Result
            status="warning"
            title={t('error.title')}
            subTitle={errorText(loaded.error)}
            extra={<a onClick={() => void loaded.refetch()}>{t('action.retry')}</a>}
          />
        ) : (
          <Spin size="large" />
        )}
      </div>
    );
  }
  return (
    <AccessContext.Provider value={access}>
      <SignedIn user={user} access={access} onLogout={onLogout} />
    </AccessContext.Provider>
  );
}

function SignedIn({ user, access, onLogout }: { user: User; access: Access; onLogout: () => void }) {
  const { t } = useT();
  const loc = useLocation();
  const verdict = allowed(access, user, loc.path);
  const ok = verdict === true;
  useEffect(() => {
    if (verdict === false) navigate(startPage(access), { replace: true });
  }, [verdict, access]);
  const producerId = producerIdOf(loc.path);
  const dossierId = dossierIdOf(loc.path);
  const scoring = scoringOf(loc.path);
  const certificateId = certificateIdOf(loc.path);
  const planId = planIdOf(loc.path);
  const visitId = visitIdOf(loc.path);
  const programmePlanId = programmePlanIdOf(loc.path);
  return (
    <Layout className="app-layout">
      <AppHeader user={user} path={loc.path} onLogout={onLogout} />
      <Layout.Content className="app-content">
        {loc.path === DASHBOARD_ROUTE && ok && (
          <Suspense fallback={<Spin size="large" className="center-page" />}>
            <DashboardPage query={loc.query} />
          </Suspense>
        )}
        {loc.path === ROUTES.criteria && <CriteriaBrowserPage query={loc.query} />}
        {loc.path === ROUTES.selfAssessment && <SelfAssessmentPage />}
        {loc.path === ROUTES.producers && <ProducersPage user={user} query={loc.query} />}
        {producerId !== null && <ProducerDetailPage key={producerId} user={user} id={producerId} />}
        {loc.path === ROUTES.products && <ProductsPage user={user} query={loc.query} />}
        {loc.path === ROUTES.users && ok && <UsersPage user={user} query={loc.query} />}
        {(loc.path === EVAL_ROUTES.queues || loc.path === EVAL_ROUTES.myDossiers) && ok && (
          <WorkQueuesPage user={user} query={loc.query} />
        )}
        {dossierId !== null && <DossierPage key={dossierId} id={dossierId} query={loc.query} />}
        {loc.path === EVAL_ROUTES.scoring && ok && <ScoringListPage user={user} />}
        {scoring !== null && ok && (
          <ScoringPage
            key={`${scoring.councilId}:${scoring.dossierId}`}
            user={user}
            councilId={scoring.councilId}
            dossierId={scoring.dossierId}
          />
        )}
        {loc.path === EVAL_ROUTES.rounds && ok && <RoundsPage query={loc.query} />}
        {loc.path === EVAL_ROUTES.results && ok && <ResultsPage query={loc.query} />}
        {loc.path === HISTORY_ROUTE && ok && <HistoryPage user={user} query={loc.query} />}
        {loc.path === ONBOARDING_ROUTE && ok && <ImportPage query={loc.query} />}
        {loc.path === PUBLIC_REPORTS_ROUTE && ok && <PublicReportsPage />}
        {loc.path === STAMPS_ROUTE && ok && <StampsPage query={loc.query} />}
        {loc.path === REPORTS_ROUTE && ok && <ReportsPage />}
        {certificateId !== null && <CertificatePage key={certificateId} id={certificateId} />}
        {loc.path === CERT_ROUTES.revocations && ok && <RevocationProposalsPage query={loc.query} />}
        {loc.path === CERT_ROUTES.reminders && ok && <RemindersPage />}
        {loc.path === INSPECTION_ROUTES.plans && ok && <PlansPage />}
        {planId !== null && ok && <PlanPage key={planId} id={planId} />}
        {visitId !== null && ok && <VisitPage key={visitId} id={visitId} />}
        {loc.path === INSPECTION_ROUTES.findings && ok && <FindingsPage />}
        {loc.path === INSPECTION_ROUTES.risk && ok && <RiskPage />}
        {loc.path === INSPECTION_ROUTES.evidence && ok && <EvidencePage />}
        {loc.path === PROGRAMME_ROUTES.plans && ok && <ProgrammePlansPage user={user} query={loc.query} />}
        {loc.path === ACTIVITY_ROUTE && ok && <ActivitiesPage user={user} query={loc.query} />}
        {loc.path === FUNDING_ROUTE && ok && <FundingPage />}
        {loc.path === CYCLE_ROUTE && ok && <CyclePage user={user} />}
        {programmePlanId !== null && ok && (
          <ProgrammePlanPage key={programmePlanId} user={user} id={programmePlanId} query={loc.query} />
        )}
        {verdict === null && <NotFoundPage path={loc.path} home={startPage(access)} />}
      </Layout.Content>
      <Layout.Footer className="app-footer no-print">{t('app.footer')}</Layout.Footer>
    </Layout>
  );
}
