// The face of the criteria module: everything other modules, app.ts, the CLI, scripts and benches may use of it.
// Nothing else under src/modules/criteria/ is imported from outside (npm run deps checks it).

// The catalogue's shape: the law's criteria sheets as data (resources/criteria, written by scripts/derive-criteria.ts).
export type {
  Applicability,
  AppliesWhen,
  Bilingual,
  Branch,
  Catalogue,
  Criterion,
  CriterionFlag,
  CriterionGroup,
  CriterionOption,
  DataNote,
  KnockOut,
  Part,
  PartCode,
  ProductSet,
  Section,
  StarBand,
  StarMark,
} from './domain/types.ts';
// The committed catalogues (resources/criteria), read once each, and pure helpers over a sheet's tree.
export { CATALOGUE_RULE_SETS, getCatalogue, getProductSet, listProductSets } from './data/catalogue.ts';
export { allCriteria, findCriterion, findSection, totalPoints } from './domain/catalogue.ts';
export type { CriterionRef, ProductSetSummary } from './domain/catalogue.ts';
// The check a derived catalogue must pass (scripts/derive-criteria.ts).
export { checkCatalogueIntegrity } from './domain/integrity.ts';

// The scoring engine (pure): one scorecard, many, a council's aggregate, and the council's scoring policies.
export {
  aggregate,
  applyQuickWins,
  bandOf,
  DEFAULT_SCORING_POLICY,
  evaluate,
  SCORING_POLICY_DESCRIPTORS,
  scoreMany,
  ScoringError,
  truncate2,
} from './domain/engine.ts';
export type {
  AggregateResult,
  Answer,
  KnockedOut,
  MarkWaived,
  MemberScore,
  PolicyDescriptor,
  PolicyValue,
  ScoreInput,
  ScoreResult,
  ScoringPolicy,
  Star,
} from './domain/engine.ts';

// HTTP: the criteria sheets and the scoring API.
export { criteriaRoutes } from './routes/criteria-routes.ts';
export { scoringRoutes } from './routes/scoring-routes.ts';
