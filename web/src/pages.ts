// The app's pages, each loaded when first shown (shared/lazy-page.tsx): App.tsx routes to these. The log-in page stays
// in the entry chunk, since it is the first screen of anyone not signed in.
import { lazyPage } from './shared/lazy-page.tsx';

const p = lazyPage;
export const ChangePasswordPage = p(() => import('./features/me/ChangePassword.tsx'), 'ChangePasswordPage');
export const RegisterPage = p(() => import('./features/me/Register.tsx'), 'RegisterPage');
export const CriteriaBrowserPage = p(() => import('./features/criteria/CriteriaBrowser.tsx'), 'CriteriaBrowserPage');
export const SelfAssessmentPage = p(() => import('./features/criteria/SelfAssessment.tsx'), 'SelfAssessmentPage');
export const ProducersPage = p(() => import('./features/registry/Producers.tsx'), 'ProducersPage');
export const ProducerDetailPage = p(() => import('./features/registry/ProducerDetail.tsx'), 'ProducerDetailPage');
export const ProductsPage = p(() => import('./features/registry/Products.tsx'), 'ProductsPage');
export const UsersPage = p(() => import('./features/users/Users.tsx'), 'UsersPage');
export const WorkQueuesPage = p(() => import('./features/evaluation/WorkQueues.tsx'), 'WorkQueuesPage');
export const DossierPage = p(() => import('./features/evaluation/Dossier.tsx'), 'DossierPage');
export const ScoringListPage = p(() => import('./features/evaluation/scoring/ScoringListPage.tsx'), 'ScoringListPage');
export const ScoringPage = p(() => import('./features/evaluation/scoring/ScoringPage.tsx'), 'ScoringPage');
export const RoundsPage = p(() => import('./features/evaluation/rounds/RoundsPage.tsx'), 'RoundsPage');
export const ResultsPage = p(() => import('./features/evaluation/Results.tsx'), 'ResultsPage');
export const HistoryPage = p(() => import('./features/evaluation/History.tsx'), 'HistoryPage');
export const ImportPage = p(() => import('./features/onboarding/ImportPage.tsx'), 'ImportPage');
export const CertificatePage = p(() => import('./features/certificates/Certificate.tsx'), 'CertificatePage');
export const RevocationProposalsPage = p(
  () => import('./features/certificates/RevocationProposals.tsx'),
  'RevocationProposalsPage',
);
export const RemindersPage = p(() => import('./features/certificates/Reminders.tsx'), 'RemindersPage');
export const PublicReportsPage = p(() => import('./features/public-reports/PublicReports.tsx'), 'PublicReportsPage');
export const StampsPage = p(() => import('./features/public-reports/StampsPage.tsx'), 'StampsPage');
export const ReportsPage = p(() => import('./features/oversight/reports/Reports.tsx'), 'ReportsPage');
export const PlansPage = p(() => import('./features/inspections/PlansPage.tsx'), 'PlansPage');
export const PlanPage = p(() => import('./features/inspections/PlanPage.tsx'), 'PlanPage');
export const VisitPage = p(() => import('./features/inspections/VisitPage.tsx'), 'VisitPage');
export const FindingsPage = p(() => import('./features/inspections/FindingsPage.tsx'), 'FindingsPage');
export const RiskPage = p(() => import('./features/inspections/RiskPage.tsx'), 'RiskPage');
export const EvidencePage = p(() => import('./features/inspections/EvidencePage.tsx'), 'EvidencePage');
export const ActivitiesPage = p(() => import('./features/programme/ActivitiesPage.tsx'), 'ActivitiesPage');
export const FundingPage = p(() => import('./features/programme/FundingPage.tsx'), 'FundingPage');
export const ProgrammePlansPage = p(() => import('./features/programme/PlansPage.tsx'), 'ProgrammePlansPage');
export const ProgrammePlanPage = p(() => import('./features/programme/PlanPage.tsx'), 'ProgrammePlanPage');
export const CyclePage = p(() => import('./features/programme/CyclePage.tsx'), 'CyclePage');

/**
 * The page at the address the app opens on starts downloading at once, beside the server's "who is signed in" and
 * permissions answers, instead of after them (a slow link's round trips add up). Only for the pages a producer or a
 * commune opens first; any other page loads when shown.
 */
const FIRST_PAGES: [RegExp, { preload(): void }][] = [
  [/^\/dossiers\/[^/]+$/, DossierPage],
  [/^\/(my-dossiers|queues)$/, WorkQueuesPage],
  [/^\/self-assessment$/, SelfAssessmentPage],
  [/^\/scoring\/[^/]+\/[^/]+$/, ScoringPage],
  [/^\/scoring$/, ScoringListPage],
  [/^\/products$/, ProductsPage],
  [/^\/producers$/, ProducersPage],
];
if (typeof location !== 'undefined') {
  FIRST_PAGES.find(([path]) => path.test(location.pathname))?.[1].preload();
}
