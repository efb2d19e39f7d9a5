// Shapes the web app reads from the API. Criteria sheet types come from the server's domain (types only).
import type { ProductSet, StarBand } from '../../src/modules/criteria/domain/types.ts';

export type {
  ProductSet,
  Part,
  Section,
  Criterion,
  CriterionOption,
  CriterionGroup,
  DataNote,
  StarMark,
  StarBand,
  Branch,
} from '../../src/modules/criteria/domain/types.ts';

export type Lang = 'vi' | 'en';

/** A message for people, as the server sends it. */
export interface LocalText {
  vi: string;
  en: string;
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: string;
  unitCode: string | null;
  mustChangePassword: boolean;
}

export interface RuleSetInfo {
  code: string;
  name: string;
  title: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  hasCatalogue: boolean;
  bands: StarBand[];
}

export type ProductSetSummary = Pick<ProductSet, 'setNo' | 'name' | 'sector' | 'group' | 'subgroup' | 'ministries'>;

export type Sheet = ProductSet & { ruleSet: string };

/** One answer: 0-based option index in sheet order, null = no option met, boolean for yes/no criteria. */
export type Answer = number | boolean | null;
export type Answers = Record<string, Answer>;

/** The engine's result, as POST /api/scoring/evaluate returns it (types only; the engine runs on the server). */
export type {
  ScoreResult as Evaluation,
  Blocking,
  CriterionScore,
  QuickWins,
  QuickWinChange,
} from '../../src/modules/criteria/domain/engine.ts';
