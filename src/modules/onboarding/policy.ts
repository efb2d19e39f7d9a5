// Who may import a province's register: the provincial OCOP office of that province (and the administrator). The
// import creates producers and products and records past results, so it is given to those who may do all three
// (registry 'producers.create' and 'products.create', evaluation 'history.record'): commune officers create producers
// of their commune but do not record past results, so they do not import; a batch's province is the actor's own.
import { definePermissions, scopeCovers } from '../../platform/auth/policy.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { forbidden } from '../../platform/errors.ts';

export const onboardingPolicy = definePermissions({
  'onboarding.import': ['admin', 'province_office'],
});

/** The actor may import for the province (national admins anywhere, province staff their own province only). */
export function assertMayImport(actor: Actor, provinceCode: string): void {
  onboardingPolicy.assertCan(actor, 'onboarding.import');
  if (!scopeCovers(actor, { provinceCode }))
    throw forbidden({
      vi: 'Bạn chỉ nhập được sổ đăng ký của tỉnh mình phụ trách',
      en: 'You may import the register of your own province only',
    });
}
