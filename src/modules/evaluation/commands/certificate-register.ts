// The port through which evaluation reaches the certificate register (src/modules/certificates/, which sits above
// evaluation and implements it; app.ts, the CLI, the demo and the test server hand it in). Evaluation decides *that*
// a certificate is issued, replaced or extended (the lifecycle's effects, Art. 4.1, 4.3, 12.3) and keeps past results;
// the register numbers, stores and audits certificates. Every method takes the caller's transaction client, so a
// certificate's gapless number (certificate_counters) and its row commit or roll back with the step that caused them.
//
// What stays in evaluation's domain: the pure validity rules (domain/certificate.ts: CertificateFacts, expiryOf,
// certificateStatus, the Art. 7.6.a re-evaluation window and the Art. 12.3 extension), because the dossier lifecycle
// applies them to decide which dossier may be filed. They are law evaluation applies; the certificates module re-uses
// them through evaluation's index.ts. The arrows stay one way: certificates → evaluation, never back.
import type { CommandContext } from '../../../platform/command-context.ts';
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import type { Message } from '../../../platform/errors.ts';

/** A certificate as evaluation reads it (the register's rows carry these fields and more). */
export interface RegisteredCertificate {
  id: string;
  provinceCode: string;
  productId: string;
  number: string;
  star: number;
  issuedOn: string;
  expiresOn: string;
  status: string;
  revokedOn: string | null;
}

/** A certificate a recognition decision issues (Art. 4.1, 4.3): the register gives it its number. */
export interface CertificateToIssue {
  /** The province's (3★/4★, Art. 4.1.a) or the Ministry's (5★, Art. 4.1.b) counter and number format. */
  issuer: 'province' | 'ministry';
  provinceCode: string;
  productId: string;
  dossierId: string;
  decisionId: string | null;
  /** The recognition decision: its day is the issue day, its year the numbering year. */
  decision: { number: string; date: string };
  star: number;
  points: number | null;
  expiresOn: string;
  /** The number of the product's previous certificate that this one replaces (upgrade, re-evaluation), if any. */
  supersedes: string | null;
}

/** A certificate decided before OCOP Hub, as its paper gives it (number included). */
export interface PastCertificate {
  provinceCode: string;
  productId: string;
  dossierId: string;
  decisionId: string | null;
  number: string;
  star: number;
  points: number | null;
  issuedOn: string;
  expiresOn: string;
  status: 'valid' | 'expired';
  productCode: string | null;
}

export interface CertificateRegister {
  /** The product's certificate an upgrade or re-evaluation builds on: the latest neither revoked nor replaced. */
  currentOf(db: Db, productId: string): Promise<RegisteredCertificate | undefined>;
  /** The product's certificate in force before `date` (a past upgrade or re-evaluation decided that day replaces it). */
  before(db: Db, productId: string, date: string): Promise<RegisteredCertificate | undefined>;
  /** Which of `numbers` are already taken (certificate numbers are unique across the country). */
  usedNumbers(db: Db, numbers: readonly string[]): Promise<Set<string>>;
  /** The lifecycle of the given certificates on `today`, by id (what a list of past results shows beside each). */
  statesOf(db: Db, ids: readonly string[], today: string): Promise<Map<string, CertificateToday>>;
  /** The number of the certificate each of `dossierIds` earned, by dossier id (the dossiers' Excel export). */
  numbersOfDossiers(db: Db, dossierIds: readonly string[]): Promise<Map<string, string>>;
  /** Numbers (gapless, per issuer per year), stores and audits a new certificate; replaces `supersedes` if given. */
  issue(tx: Db, actor: Actor, c: CertificateToIssue): Promise<RegisteredCertificate>;
  /** Marks `previous` replaced by `by`, audited. */
  supersede(tx: Db, actor: Actor, previous: RegisteredCertificate, by: { id: string; number: string }): Promise<void>;
  /** Art. 12.3: the certificate stays in force until `until` (a late re-evaluation pending). */
  extend(tx: Db, number: string, until: string): Promise<void>;
  /** Stores a past certificate as its paper numbers it (a taken number fails with the database's unique violation). */
  recordPast(tx: Db, c: PastCertificate): Promise<RegisteredCertificate>;
  /** Stores many past certificates in one statement (a bulk import); numbers are checked free by the caller. */
  recordPastMany(tx: Db, c: readonly PastCertificate[]): Promise<RegisteredCertificate[]>;
}

/** A certificate's lifecycle status on a day as the certificates module derives it (valid, in its re-evaluation
 *  window, being re-evaluated, extended, expired, revoked, superseded), with its words. */
export interface CertificateToday {
  status: string;
  label: Message;
  message: Message;
  expiresOn: string;
  /** The last day in force (the expiry, or the end of an Art. 12.3 extension). */
  validUntil: string;
  /** The re-evaluation filing window (Art. 7.6.a: 180 to 120 days before expiry). */
  window: { opensOn: string; closesOn: string; phase: 'not_yet' | 'open' | 'closed' };
}

/** What evaluation's commands need from the modules above it and from the app (the clock, the job queues), passed
 *  in explicitly (never a module global). */
export interface EvaluationDeps extends CommandContext {
  certificates: CertificateRegister;
}
