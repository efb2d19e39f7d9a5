// Opens a draft dossier for a product (Art. 6.1): the producer, or the commune officer entering a paper filing for
// the producer (Art. 7.1). An upgrade or a re-evaluation builds on the product's current certificate; a
// re-evaluation is opened only inside its filing window (Art. 7.6.a) — or, for a certificate of the transition, late
// but before expiry, when the certificate then lasts until the result (Art. 12.3) — and the window is shown when it
// is refused.
import type { Db } from '../../../db/pool.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { audit } from '../../../platform/audit.ts';
import { loadCalendar } from '../../reference/index.ts';
import {
  accessOf as registryAccessOf,
  covers as registryCovers,
  findProductView,
  lockProduct,
  TOURISM_SET_NO,
} from '../../registry/index.ts';
import { certificateStatus } from '../domain/certificate.ts';
import { certificateBasis, newDossier, TERMINAL_STATES, type DossierKind } from '../domain/dossier-lifecycle.ts';
import { rulesForDossier } from '../domain/rule-set-for-dossier.ts';
import { findOpenDossierOfProduct, insertDossier } from '../data/dossier-store.ts';
import { certificateFactsOf } from '../certificate-facts.ts';
import { evaluationPolicy } from '../policy.ts';
import { presentDossier, presentFacts, type PublicDossier } from '../presenters.ts';
import { conflict, conflictWith, invalid } from './errors.ts';
import type { EvaluationDeps, RegisteredCertificate } from './certificate-register.ts';

export interface CreateDossierInput {
  productId: string;
  kind: DossierKind;
  /** Upgrade: what changed since recognition (6.1.b); re-evaluation: what was updated (6.1.c). Form 02 may add them. */
  changes?: string[];
}

const factsOf = certificateFactsOf;

/** Art. 6.1.b–c, 7.6.a, 12.3 on the day the dossier is opened (the domain checks the same again on filing). */
function checkBasis(kind: DossierKind, cert: RegisteredCertificate | undefined, today: string): void {
  if (kind === 'first') {
    if (cert && certificateStatus(factsOf(cert), today).state !== 'expired' && cert.status !== 'revoked') {
      throw conflict(
        'product_certified',
        `Sản phẩm đang có giấy chứng nhận số ${cert.number} (${cert.star} sao): đăng ký nâng hạng hoặc đánh giá lại`,
        `The product holds certificate ${cert.number} (${cert.star}★): file an upgrade or a re-evaluation`,
        { certificate: { id: cert.id, number: cert.number } },
      );
    }
    return;
  }
  if (!cert) {
    throw conflict(
      'missing_certificate',
      'Sản phẩm chưa có giấy chứng nhận OCOP: chỉ đăng ký đánh giá lần đầu (khoản 1 Điều 6)',
      'The product has no OCOP certificate: only a first evaluation can be filed (Art. 6.1)',
    );
  }
  // The same rule as on filing (domain: certificateBasis), refused with the re-evaluation window when there is one.
  const refused = certificateBasis(kind, factsOf(cert), today);
  if (refused) {
    const { code, message } = refused.failure;
    throw conflictWith(code, message, refused.window ? { window: refused.window } : undefined);
  }
}

export async function createDossier(
  db: Db,
  actor: Actor,
  input: CreateDossierInput,
  deps: EvaluationDeps,
): Promise<PublicDossier> {
  evaluationPolicy.assertCan(actor, 'dossiers.create');
  const today = deps.clock.today();
  return db.transaction(async (tx) => {
    const view = await findProductView(tx, input.productId);
    // A product outside the actor's area (or not the producer's own) is answered as unknown.
    if (!view || !registryCovers(await registryAccessOf(tx, actor), view)) {
      throw invalid('body.productId', 'unknown', 'Không tìm thấy sản phẩm này', 'No such product');
    }
    if (view.status !== 'active')
      throw conflict(
        'product_inactive',
        'Sản phẩm đã ngừng, không thể đăng ký đánh giá',
        'The product is inactive; it cannot be filed',
      );
    // The product's row lock serialises "one open dossier per product".
    await lockProduct(tx, view.id);
    const open = await findOpenDossierOfProduct(tx, view.id, TERMINAL_STATES);
    if (open) {
      throw conflict(
        'dossier_open',
        'Sản phẩm đã có một hồ sơ đang trong quy trình đánh giá',
        'The product already has a dossier in the procedure',
        { existing: { id: open.id, state: open.state } },
      );
    }
    const cert = await deps.certificates.currentOf(tx, view.id);
    checkBasis(input.kind, cert, today);
    const base = input.kind === 'first' || !cert ? null : factsOf(cert);
    const changes = (input.changes ?? []).map((c) => c.trim()).filter(Boolean);
    const facts = newDossier({
      kind: input.kind,
      provinceCode: view.provinceCode,
      communeCode: view.communeCode,
      tourism: view.setNo === TOURISM_SET_NO,
      baseCertificate: base,
      changes,
    });
    const rules = rulesForDossier({ kind: input.kind, submittedOn: today }, { pendingOn: today });
    const row = await insertDossier(tx, {
      provinceCode: view.provinceCode,
      communeCode: view.communeCode,
      producerId: view.producerId,
      productId: view.id,
      productName: view.name,
      producerName: view.producerName,
      kind: input.kind,
      ruleSet: rules.ruleSet.code,
      setNo: view.setNo,
      state: 'draft',
      facts,
      year: Number(today.slice(0, 4)),
      previousCertificateId: base ? cert!.id : null,
      upgradeChanges: changes.length ? changes.join('\n') : null,
      createdBy: actor.id,
    });
    await audit(tx, actor, {
      action: 'dossier.create',
      entityType: 'dossier',
      entityId: row.id,
      provinceCode: row.provinceCode,
      toState: 'draft',
      after: { ...presentFacts(facts), productId: view.id, ruleSet: row.ruleSet },
    });
    return presentDossier(row, actor, today, loadCalendar());
  });
}
