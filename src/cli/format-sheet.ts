// Plain-text rendering of a criteria sheet for the terminal.
import type { ProductSet } from '../modules/criteria/index.ts';

const stars = (n: number | null) => (n ? ' ' + '★'.repeat(n) : '');

export function formatSheet(set: ProductSet): string {
  const lines = [
    `Bộ sản phẩm ${set.setNo}: ${set.name}`,
    `${set.sector} › ${set.group}${set.subgroup ? ' › ' + set.subgroup : ''}`,
  ];
  for (const d of set.disqualification) lines.push(`  Hồ sơ bị loại khi: ${d}`);
  const kind = (k: ProductSet['knockouts'][number]) => (k.kind === 'exclusion' ? 'loại' : 'dừng đánh giá');
  for (const part of set.parts) {
    lines.push('', `Phần ${part.code}: ${part.title} (${part.maxPoints} điểm)`);
    for (const section of part.sections) {
      lines.push(`  ${section.code}. ${section.title} (${section.maxPoints})`);
      for (const c of section.criteria) {
        if (!section.direct)
          lines.push(`    ${c.code}. ${c.title} (${c.maxPoints})${c.kind === 'yesno' ? ' [có/không]' : ''}`);
        if (c.appliesWhen) lines.push(`      (${c.appliesWhen.text})`);
        if (c.applicability) lines.push(`      Điều kiện áp dụng [${c.applicability.id}]: ${c.applicability.text}`);
        for (const f of c.flags ?? []) lines.push(`      ⚠ ${f.note.vi}`);
        for (const k of set.knockouts.filter((x) => x.criterion === c.code))
          lines.push(`      ⛔ ${kind(k)} [${k.id}]: ${k.text}`);
        let branch: number | undefined;
        c.options.forEach((o, i) => {
          if (o.branch !== undefined && o.branch !== branch) {
            branch = o.branch;
            lines.push(`      ${c.branches?.find((b) => b.no === o.branch)?.title ?? `Trường hợp ${o.branch}`}`);
          }
          lines.push(`      [${i}] ${o.points} đ — ${o.text}${stars(o.minStar)}`);
        });
      }
    }
  }
  return lines.join('\n');
}
