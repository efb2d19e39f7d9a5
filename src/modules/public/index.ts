// The face of the public module (rank 7): the register and certificate verification for anybody, without login.
// It reads certificates through the register view of its migration and evaluation's validity rules, proposes
// revocations through the certificates module's index, and signs the QR codes the certificate PDF prints.

// What the routes share (keys, caches, the scan counter), made once by app.ts; its certificateQrUrl is THE function
// that makes a certificate's signed QR address (passed to certificateRoutes for the PDF).
export { publicServices } from './commands/public-services.ts';
// Open consumer reports per product, for the inspection risk list (certificates' ConsumerReportCounts port).
export { openReportCounts } from './data/report-store.ts';
export type { PublicServices, CertificateQrFacts } from './commands/public-services.ts';

// The one function that reads a certificate's public status (valid / expired / revoked / unknown).
export { publicStatus, PUBLIC_STATE_LABELS } from './domain/verify-status.ts';
export type { PublicState, PublicStatus } from './domain/verify-status.ts';

// The signed code: pure parse and verification, for offline verifiers and tests.
export { parseQr, qrMessage, signQr, verifyQrSignature } from './domain/qr-code.ts';
export type { QrFacts } from './domain/qr-code.ts';

// Who handles consumer reports, stamps and keys (GET /api/me/permissions lists it).
export { publicPolicy } from './policy.ts';

// HTTP: the public API (/api/public/…, /.well-known/ocop-keys.json), the light pages (/tra-cuu, /verify), the staff
// routes (consumer reports, stamp sheets, key rotation), and the 404 page the app shows for unknown addresses.
export { publicApiRoutes } from './routes/public-routes.ts';
export { publicPageRoutes } from './routes/page-routes.ts';
export { publicStaffRoutes } from './routes/staff-routes.ts';
export { notFoundPage } from './pages/not-found-page.ts';
