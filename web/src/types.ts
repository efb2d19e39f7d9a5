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
  KnockOut,
  Applicability,
  CriterionFlag,
} from '../../src/modules/criteria/domain/types.ts';

export type Lang = 'vi' | 'en';

/** A message for people, as the server sends it. */
export interface LocalText {
  vi: string;
  en: string;
}

export type { Role } from '../../src/platform/auth/roles.ts';
export type { LegalType } from '../../src/modules/registry/domain/legal-types.ts';

/** The logged-in user (GET /api/auth/me). unitCode: commune or province code; null = national. */
export interface User {
  id: string;
  username: string;
  displayName: string;
  role: string;
  unitCode: string | null;
  provinceCode: string | null;
  mustChangePassword: boolean;
}

/** Registry records as the server presents them (types only). */
export type { PublicProducer as Producer, PublicProduct as Product } from '../../src/modules/registry/presenters.ts';
/** A user as the user administration API presents it. */
export type { PublicUser as ManagedUser, ListedUser } from '../../src/modules/users/commands/user-commands.ts';
/** A producer already registered that a self-registered account may stand for (the approval's duplicate check). */
export type { ProducerCandidate } from '../../src/modules/registry/commands/find-producer-candidates.ts';

export interface Paged<T> {
  items: T[];
  total: number;
}

/** An administrative unit (GET /api/admin-units). */
export interface AdminUnit {
  unitSet: number;
  code: string;
  level: string;
  name: string;
  type: string;
  parentCode: string | null;
  provinceCode: string;
  /** How the unit is written on a screen ("Xã Bình Lư", "Tỉnh Lai Châu"), from the server. */
  label: string;
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
  KnockedOut,
  MarkWaived,
  ScoringPolicy,
} from '../../src/modules/criteria/domain/engine.ts';
