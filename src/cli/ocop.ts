// `npm run ocop -- <command>`: the command-line face of OCOP Hub.
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { getProductSet, listProductSets, evaluate, ScoringError } from '../modules/criteria/index.ts';
import { getRuleSet } from '../modules/reference/index.ts';
import { formatSheet } from './format-sheet.ts';

const HELP = `OCOP Hub CLI

  npm run ocop -- criteria list [--rule-set 26-2026] [--json]
  npm run ocop -- criteria show <setNo> [--rule-set 26-2026] [--json]
  npm run ocop -- score <setNo> --answers <file.json|-> [--rule-set 26-2026]
        answers: { "1.1": 2, "2.4": true, "7": 1, … } (0-based option index, true/false, or null)
  npm run ocop -- admin reset-password [username]   (prints a new one-time password; uses DATABASE_URL or ./data)
  npm run ocop -- demo                              (loads the Lai Châu demo: users of every role, producers, products)
  npm run ocop -- certificates daily [--today YYYY-MM-DD]
        runs the certificates' daily job once: notices 180/120/30 days before expiry and on expiry, each sent once
  npm run ocop -- import <file.xlsx|file.csv> --province <code> [--map "<column>=<field>"]… [--answer <old>=<new>]…
        [--legal-type htx|tht|dnnvv|trang_trai|ho_kinh_doanh] [--rejected out.xlsx] [--as admin] [--commit]
        imports a province's own register: columns guessed (--map changes one: header, letter or number), dry run
        printed (questions, problems by row); --commit writes it all or nothing once no question is left
  npm run ocop -- report <products|rounds|certificates|year-review|targets> --unit <code|national> --out <file.xlsx|file.pdf>
        [--as-of YYYY-MM-DD] [--year YYYY] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
        a standard report of a province or commune (2025 code) or the whole country, as of a day (default today)
  npm run ocop -- audit verify [--expect <id>:<hash>]
        seals the audit log's hash chain and checks it (exit 1 when broken); prints the head to record elsewhere
`;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    'rule-set': { type: 'string', default: '26-2026' },
    answers: { type: 'string' },
    today: { type: 'string' },
    province: { type: 'string' },
    map: { type: 'string', multiple: true, default: [] },
    answer: { type: 'string', multiple: true, default: [] },
    'legal-type': { type: 'string' },
    rejected: { type: 'string' },
    as: { type: 'string', default: 'admin' },
    commit: { type: 'boolean', default: false },
    unit: { type: 'string' },
    'as-of': { type: 'string' },
    year: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    out: { type: 'string' },
    expect: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
const [command, sub, arg] = positionals;
const ruleSet = values['rule-set']!;
const out = (v: unknown) => console.log(JSON.stringify(v, null, 2));

function setOrFail(no: string | undefined) {
  const setNo = Number(no);
  const set = Number.isInteger(setNo) ? getProductSet(ruleSet, setNo) : undefined;
  if (!set) fail(`Không có bộ sản phẩm "${no ?? ''}" trong ${ruleSet} / no product set "${no ?? ''}" in ${ruleSet}`);
  return set;
}

if (values.help || !command) {
  console.log(HELP);
} else if (command === 'criteria' && sub === 'list') {
  const sets = listProductSets(ruleSet);
  if (values.json) out(sets);
  else for (const s of sets) console.log(`${String(s.setNo).padStart(2)}  ${s.name}  (${s.sector} › ${s.group})`);
} else if (command === 'criteria' && sub === 'show') {
  const set = setOrFail(arg);
  if (values.json) out({ ruleSet, ...set });
  else console.log(formatSheet(set));
} else if (command === 'score') {
  const set = setOrFail(sub);
  if (!values.answers) fail('--answers <file.json|-> is required');
  const text = readFileSync(values.answers === '-' ? 0 : values.answers, 'utf8');
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text);
  } catch {
    fail('answers: not valid JSON / không phải JSON hợp lệ');
  }
  const card = 'answers' in body ? body : { answers: body };
  try {
    out(evaluate(set, card as never, getRuleSet(ruleSet)!.bands));
  } catch (err) {
    if (err instanceof ScoringError) {
      for (const i of err.issues) console.error(`${i.field}: ${i.message.vi} / ${i.message.en}`);
      process.exit(1);
    }
    throw err;
  }
} else if (command === 'demo') {
  const { runDemo } = await import('./demo.ts');
  await runDemo();
} else if (command === 'certificates' && sub === 'daily') {
  const { runCertificatesDaily } = await import('./certificates.ts');
  await runCertificatesDaily(values.today);
} else if (command === 'import') {
  if (!sub || !values.province) fail('import <file> --province <code> is required / cần tệp và --province');
  const { runImport } = await import('./import-register.ts');
  process.exitCode = await runImport({
    file: sub,
    province: values.province,
    map: values.map ?? [],
    answer: values.answer ?? [],
    legalType: values['legal-type'],
    commit: values.commit ?? false,
    as: values.as ?? 'admin',
    rejected: values.rejected,
  });
} else if (command === 'report') {
  const { runReport } = await import('./report.ts');
  await runReport(sub, {
    unit: values.unit,
    asOf: values['as-of'],
    year: values.year,
    from: values.from,
    to: values.to,
    out: values.out,
  });
} else if (command === 'admin' && sub === 'reset-password') {
  const { resetPassword } = await import('./reset-password.ts');
  await resetPassword(arg ?? 'admin');
} else if (command === 'audit' && sub === 'verify') {
  const { auditVerify } = await import('./audit.ts');
  await auditVerify(values.expect);
} else {
  fail(HELP);
}
