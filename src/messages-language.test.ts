// Every message for people is whole in one language (vi all Vietnamese, en all English): a scan of every { vi, en }
// pair and every (vi, en) pair of arguments written in src/, and a sample of the refusals the domain composes from
// data (articles, outcomes, states, rounds, validation reasons), checked by platform/message-language.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { Message } from './platform/errors.ts';
import { languageMix } from './platform/message-language.ts';
import { validationReason } from './platform/validation.ts';
import { ROLES } from './platform/auth/roles.ts';
import { check, overdueDeadlines, TRANSITIONS } from './modules/evaluation/domain/dossier-lifecycle.ts';
import { CHECKS as RULE_CHECKS } from './modules/evaluation/domain/dossier-lifecycle-rules.ts';
import {
  CENTRAL_OUTCOMES,
  draftOf,
  PROVINCE_OUTCOMES,
  roundFor,
} from './modules/evaluation/domain/dossier-lifecycle-fixtures.ts';
import { checkRoundAssignment, validateRound } from './modules/evaluation/domain/rounds.ts';

const VI = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'testing' ? [] : sources(p);
    return /\.ts$/.test(f) && !/\.test\.ts$|test-kit|fixtures/.test(f) ? [p] : [];
  });
}

/** A literal's text, interpolations as "…". */
function text(n: ts.Node): string | null {
  if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return n.text;
  if (ts.isTemplateExpression(n)) return n.head.text + n.templateSpans.map((s) => `…${s.literal.text}`).join('');
  return null;
}

const mixed = (m: Message) => languageMix({ vi: m.vi, en: m.en.replace(/"[^"]*"/g, '""') });

describe('every message in one language', () => {
  it('no { vi, en } pair nor (vi, en) argument pair written in src/ mixes its languages', () => {
    const found: string[] = [];
    for (const file of sources(join(process.cwd(), 'src'))) {
      const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const where = (n: ts.Node) =>
        `${file.slice(process.cwd().length + 1)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
      const visit = (n: ts.Node): void => {
        if (ts.isObjectLiteralExpression(n)) {
          const prop = (k: string) =>
            n.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText() === k);
          const vi = prop('vi');
          const en = prop('en');
          if (vi && en)
            found.push(
              ...mixed({ vi: text(vi.initializer) ?? '', en: text(en.initializer) ?? '' }).map(
                (m) => `${where(n)} ${m}`,
              ),
            );
        }
        if (ts.isCallExpression(n)) {
          const a = n.arguments.map(text);
          for (let i = 0; i + 1 < a.length; i++) {
            const [vi, en] = [a[i], a[i + 1]];
            if (vi != null && en != null && VI.test(vi) && !VI.test(en))
              found.push(...mixed({ vi, en }).map((m) => `${where(n)} ${m}`));
          }
        }
        ts.forEachChild(n, visit);
      };
      visit(sf);
    }
    expect(found).toEqual([]);
  });

  it('refusals composed from data stay in one language: roles (with the article), outcomes, rounds, deadlines', () => {
    const messages: Message[] = [];
    // Every step of the lifecycle table refused to every role it is not for (the article behind it in the text).
    for (const row of TRANSITIONS) {
      const d = { ...draftOf(row.kinds?.[0] ?? 'first'), state: row.from };
      for (const role of ROLES.filter((r) => !row.roles.includes(r))) {
        const r = check(
          d,
          row.action,
          { id: 'u', role, provinceCode: '12', communeCode: '03390' } as never,
          '2026-07-02',
        );
        if (!r.ok) messages.push(r.message);
      }
    }
    // Every outcome check given every outcome that does not fit it ("Kết quả của Hội đồng (… 4 sao)").
    const outcomes = [...Object.values(PROVINCE_OUTCOMES), ...Object.values(CENTRAL_OUTCOMES)];
    for (const [name, fn] of Object.entries(RULE_CHECKS).filter(([k]) => k.startsWith('outcome'))) {
      for (const outcome of outcomes) {
        const row = TRANSITIONS.find((t) => t.requires?.includes(name as never))!;
        const d = { ...draftOf('first'), outcome };
        try {
          const r = fn(d, { on: '2026-10-01', outcome } as never, row);
          if (r) messages.push(r.message);
        } catch {
          // A check that needs more of the context than a sample gives is covered by the lifecycle's own tests.
        }
      }
    }
    // Rounds (Art. 5.1, 5.2): a statutory round with wrong dates, an extra round without its basis, a late dossier.
    const d = {
      ...draftOf('first'),
      state: 'province_accepted' as const,
      forwardedOn: '2026-09-10',
      submittedOn: '2026-09-07',
    };
    for (const level of ['province', 'central'] as const) {
      const extra = roundFor(d, '2026-09-20', level);
      for (const r of [
        { ...extra, extra: null, number: 2, cutoff: '2026-01-01', finishBy: '2027-06-01' },
        { ...extra, extra: { councilRulesDecision: '', planReference: '' } },
        { ...extra, number: 7, extra: null },
      ]) {
        messages.push(...validateRound(r).map((i) => i.message));
        const a = checkRoundAssignment(d as never, r, '2026-09-20');
        if (!a.ok) messages.push(a.message);
      }
    }
    // Missed deadlines (Art. 7.2 and the rounds').
    messages.push(
      ...overdueDeadlines(
        { ...d, state: 'commune_received', communeDueOn: '2026-09-01', roundFinishBy: '2026-09-01' } as never,
        '2026-12-01',
      ).map((o) => o.message),
    );
    // Validation reasons: types, formats, values.
    messages.push(
      validationReason('invalid_type', { expected: 'string', input: 1 }, ''),
      validationReason('invalid_format', { format: 'email' }, ''),
      validationReason('invalid_format', { format: 'uuid' }, ''),
      validationReason('custom', {}, 'Invalid input'),
    );
    expect(messages.length).toBeGreaterThan(50);
    expect(messages.flatMap(mixed)).toEqual([]);
  });
});
