// The face of the registry module: everything other modules, app.ts, the CLI, scripts and benches may use of it.
// Nothing else under src/modules/registry/ is imported from outside (npm run deps checks it).

// Legal types of producers and the product sets they may file (Appendix I).
export { LEGAL_TYPE_NAMES, LEGAL_TYPES, legalTypeAllowsSet, TOURISM_SET_NO } from './domain/legal-types.ts';
export type { LegalType } from './domain/legal-types.ts';

// Who may do what in the registry, and where: the permission table, an actor's access, whether it covers a record.
export { accessOf, actsForOwnProducer, covers, registryPolicy } from './policy.ts';
export type { RegistryAccess, RegistryPlace } from './policy.ts';

// Products for other modules (evaluation), read and locked in the caller's transaction.
export {
  findProductView,
  findProductViews,
  lockProduct,
  lockProducts,
  productViewsInSight,
} from './commands/product-lookups.ts';
export type { ProductView } from './commands/product-lookups.ts';
// The condition "the product a row points at matches a search", for a query of another module over such rows.
export { productSearchLike } from './data/product-store.ts';
// Product codes (Appendix II), allocated inside the caller's transaction (the decision that certifies the product).
export { allocateProductCode } from './commands/allocate-product-code.ts';
// The register of one province at once (onboarding matches an office's own list against it), and the duplicate
// key of a producer's name ("HTX Miến dong Bình Lư" = "Hợp tác xã miến dong Bình Lư") it matches by.
export { provinceRegister } from './data/province-register.ts';
export type { RegisteredProducer, RegisteredProduct } from './data/province-register.ts';
export { foldVietnamese, producerNameKey } from './domain/producer-name.ts';
// Registry lists in the actor's scope.
export { listProducts } from './commands/read-registry.ts';

// Producers and their accounts: create, find candidates for a registering account, link an account.
export { createProducer } from './commands/create-producer.ts';
export type { ProducerInput } from './commands/producer-rules.ts';
export { createProduct } from './commands/create-product.ts';
// The same, many at once in the caller's transaction (the onboarding import): one statement per few hundred records.
export { createProducersMany, createProductsMany } from './commands/create-many.ts';
export { findProducerCandidates } from './commands/find-producer-candidates.ts';
export type { ProducerCandidate } from './commands/find-producer-candidates.ts';
export { linkProducerAccount, linkProducerAccountIn } from './commands/link-producer-account.ts';

// Today's date in Vietnam (UTC+7), the date every act of the procedure carries.
export { todayInVietnam } from './today.ts';

// HTTP: the registry routes, and the producer's output schema (presenter) that other routes embed.
export { registryRoutes } from './routes/registry-routes.ts';
// The port the product list's export reads each product's current certificate through (app.ts wires certificates in).
export type { ProductCertificate, ProductCertificates } from './commands/product-certificates.ts';
export { producerOut } from './routes/schemas.ts';
