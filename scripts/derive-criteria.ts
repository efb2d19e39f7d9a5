// Derives resources/criteria/26-2026.json (the 26 criteria sheets of Decision 26/2026/QĐ-TTg, Appendix II, with the
// product classification of Appendix I) from ../shared/reference/qd-26-2026-QD-TTg.txt.
// Re-runnable: `npx tsx scripts/derive-criteria.ts`. Never edit the JSON by hand: corrections and recorded
// discrepancies live in scripts/criteria-overrides.ts, each with its line and reason.
// The parser is strict: a row it cannot classify stops it with the line number, so nothing is dropped silently.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import {
  type Catalogue,
  type Criterion,
  type CriterionOption,
  type Part,
  type PartCode,
  type ProductSet,
  type Section,
  type StarMark,
  checkCatalogueIntegrity,
} from '../src/modules/criteria/index.ts';
import { overrides, type Override } from './criteria-overrides.ts';
import { deriveApplicability, deriveKnockouts, type ConditionContext } from './criteria-conditions.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The Decision's text, relative to the repository root; it is not copied into the repository. */
export const SOURCE = '../shared/reference/qd-26-2026-QD-TTg.txt';
export const SOURCE_PATH = join(root, SOURCE);
export const OUT = join(root, 'resources', 'criteria', '26-2026.json');

let lines: string[] = []; // the source, set by deriveCatalogue

/** 1-based line → text. */
const at = (line: number): string => lines[line - 1] ?? '';

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

function fail(line: number, message: string): never {
  throw new Error(`${SOURCE}:${line}: ${message}\n  > ${at(line)}`);
}

/** Cells of a `| a | b |` row, trimmed. */
function cells(text: string): string[] {
  const t = text.trim();
  return t
    .slice(1, t.endsWith('|') ? -1 : undefined)
    .split('|')
    .map(norm);
}

/** Points cell: "" → null; "3", "3 điểm", "1,5" → number; anything else stops the parser. */
function parsePoints(raw: string, line: number): number | null {
  const t = raw.replace(/điểm/i, '').trim();
  if (t === '') return null;
  if (!/^\d+([.,]\d+)?$/.test(t)) fail(line, `unreadable points cell "${raw}"`);
  return Number(t.replace(',', '.'));
}

const findLine = (re: RegExp, from = 1): number => {
  for (let l = from; l <= lines.length; l++) if (re.test(at(l))) return l;
  throw new Error(`${SOURCE}: no line matches ${re} after line ${from}`);
};

// ── Overrides ─────────────────────────────────────────────────────────────────────────────────────────────────────
const byLine = new Map<number, Override[]>();
for (const o of overrides) byLine.set(o.line, [...(byLine.get(o.line) ?? []), o]);
let used = new Set<Override>();
const overridesAt = <K extends Override['kind']>(line: number, kind: K) =>
  (byLine.get(line) ?? []).filter((o): o is Extract<Override, { kind: K }> => o.kind === kind);
const hasNote = (line: number) => (byLine.get(line) ?? []).length > 0;

// ── Appendix I: sector → group → subgroup, with the managing ministries ─────────────────────────────────────────
interface Leaf {
  sector: string;
  group: string;
  subgroup: string | null;
  ministries: string[];
}

const sentenceCase = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1).toLocaleLowerCase('vi');

function parseAppendixI(): Leaf[] {
  const start = findLine(/^PHỤ LỤC I$/);
  const end = findLine(/^PHỤ LỤC II$/, start);
  const leaves: Leaf[] = [];
  let sector = '';
  let group = '';
  for (let l = start; l < end; l++) {
    if (!at(l).startsWith('|')) continue;
    const [stt = '', label = '', ministry = ''] = cells(at(l));
    const ministries = ministry.split(';').map(norm).filter(Boolean);
    if (/^[IVX]+$/.test(stt)) sector = sentenceCase(label.replace(/^SẢN PHẨM\s+/, ''));
    else if (/^\d+$/.test(stt)) {
      group = label.replace(/^Nhóm:\s*/, '');
      if (ministries.length) leaves.push({ sector, group, subgroup: null, ministries }); // no subgroups
    } else if (/^[a-z]$/.test(stt)) {
      leaves.push({ sector, group, subgroup: label.replace(/^Phân nhóm:\s*/, ''), ministries });
    }
  }
  if (leaves.length !== 26) throw new Error(`Appendix I: expected 26 product classes, found ${leaves.length}`);
  return leaves;
}

// ── Appendix II index: the 26 set names ─────────────────────────────────────────────────────────────────────────
function parseIndex(): { names: string[]; end: number } {
  const start = findLine(/^\| STT \| Nội dung \|$/, findLine(/^PHỤ LỤC II$/));
  const names: string[] = [];
  let l = start + 1;
  for (; at(l).startsWith('|'); l++) {
    const [no = '', content = ''] = cells(at(l));
    if (Number(no) !== names.length + 1) fail(l, 'index rows out of order');
    names.push(content.replace(/^Bộ sản phẩm:\s*/, ''));
  }
  if (names.length !== 26) throw new Error(`Appendix II index: expected 26 sets, found ${names.length}`);
  return { names, end: l };
}

// ── One sheet ───────────────────────────────────────────────────────────────────────────────────────────────────
const STAR = /\s*(\*(?:\s?\*){2,4})\s*/; // "***", "*****", and once "* * * *"

/** Option text → clean text, star mark, and a "Ghi chú" that some cells carry after the mark. */
function splitOption(raw: string, line: number): { text: string; minStar: StarMark | null; note?: string } {
  let text = raw;
  let note: string | undefined;
  const g = text.search(/\s*Ghi chú:/);
  if (g > 0) [text, note] = [text.slice(0, g), norm(text.slice(g))];
  let minStar: StarMark | null = null;
  const m = STAR.exec(text);
  if (m) {
    const stars = m[1]!.replace(/\s/g, '').length;
    if (m.index + m[0].length !== text.length) fail(line, 'star mark in the middle of an option');
    minStar = stars as StarMark;
    text = text.slice(0, m.index);
  }
  // A stray " :" ends one option (set 25, 6.2); it is not part of the wording.
  return { text: norm(text).replace(/\s+:$/, ''), minStar, note };
}

interface SheetResult {
  set: ProductSet;
  headingName: string;
  headingGroup: string | null;
  statedTotal: number;
}

function parseSheet(setNo: number, from: number, name: string, leaf: Leaf): { result: SheetResult; next: number } {
  const heading = findLine(new RegExp(`^${setNo}\\.(\\s|$)`), from);
  if (heading - from > 12) fail(heading, `heading of set ${setNo} found unexpectedly far from the previous sheet`);
  const table = findLine(/^\| Các tiêu chí \| Thang điểm \|$/, heading);

  // "(Sản phẩm: …. Nhóm: …)" may wrap over two lines; the group named there is compared with Appendix I.
  let headingGroup: string | null = null;
  const classLine = findLine(/^\s*\(Sản phẩm:/, heading);
  let classText = '';
  for (let l = classLine; l < table; l++) {
    classText += ' ' + at(l);
    if (at(l).includes(')')) break;
  }
  const gm = /Nhóm:\s*([^)]*)\)/.exec(norm(classText));
  if (gm) headingGroup = norm(gm[1]!);
  const headingName = norm(lines.slice(heading - 1, classLine - 1).join(' ')).replace(/^\d+\.\s*/, '');

  // "Hồ sơ bị loại khi: …" (set 19: "Bị loại khi:"); set 1 prints the paragraph twice.
  const paragraphs: string[] = [];
  let open = false;
  let paragraphLine = 0;
  for (let l = heading; l < table; l++) {
    if (/^(Hồ sơ )?[Bb]ị loại khi:/.test(at(l))) {
      paragraphLine ||= l;
      paragraphs.push(at(l));
      open = true;
    } else if (open && at(l).trim() !== '') paragraphs[paragraphs.length - 1] += ' ' + at(l);
  }
  const texts = [...new Set(paragraphs.map(norm))];
  if (texts.length > 1) fail(heading, 'different "Hồ sơ bị loại khi" paragraphs in one sheet');
  const disqualification = texts[0] ? splitConditions(texts[0].replace(/^(Hồ sơ )?[Bb]ị loại khi:\s*/, '')) : [];

  const set: ProductSet = {
    setNo,
    name,
    sector: leaf.sector,
    group: leaf.group,
    subgroup: leaf.subgroup,
    ministries: leaf.ministries,
    disqualification,
    knockouts: [],
    parts: [],
    notes: [],
    line: heading,
  };

  let part: Part | undefined;
  let section: Section | undefined;
  let criterion: Criterion | undefined;
  let branch: number | undefined;
  let sectionNote: string | undefined; // explanatory sentence of a section heading, for its direct criterion
  let statedTotal!: number; // set by the TỔNG CỘNG line, which ends every sheet
  let l = table + 1;

  const newCriterion = (code: string, title: string, maxPoints: number, line: number): Criterion => {
    const c: Criterion = { code, title, maxPoints, kind: 'yesno', options: [], line };
    section!.criteria.push(c);
    branch = undefined;
    return c;
  };
  // Rows that belong to "the criterion": in a section without numbered criteria, that is the section itself.
  const target = (line: number): Criterion => {
    if (criterion) return criterion;
    if (!section) fail(line, 'row outside any section');
    section.direct = true;
    criterion = newCriterion(section.code, section.title, section.maxPoints, section.line);
    if (sectionNote) [criterion.notes, sectionNote] = [[sectionNote], undefined];
    return criterion;
  };
  const cell = (line: number, raw: string): number | null => {
    const o = overridesAt(line, 'points')[0];
    if (!o) return parsePoints(raw, line);
    if (o.from !== raw) fail(line, `override expects points "${o.from}", the text has "${raw}"`);
    used.add(o);
    return o.to;
  };
  const required = (line: number, raw: string): number => {
    const p = cell(line, raw);
    if (p === null) fail(line, 'row without points');
    return p;
  };

  for (; ; l++) {
    const text = at(l);
    if (!text.startsWith('|')) fail(l, 'table ended before "TỔNG CỘNG"');
    const [label = '', raw = ''] = cells(text);
    let m: RegExpExecArray | null;

    if (/^TỔNG CỘNG$/.test(label)) {
      statedTotal = required(l, raw);
      break;
    } else if ((m = /^Phần\s*([ABC])\b\s*:?\s*(.*)$/i.exec(label))) {
      const title = norm(m[2]!.replace(/\(\s*(\d+)\s*điểm\s*\)\s*$/i, ''));
      const stated = /\(\s*(\d+)\s*điểm\s*\)\s*$/i.exec(m[2]!);
      part = { code: m[1]!.toUpperCase() as PartCode, title, maxPoints: required(l, raw), sections: [], line: l };
      if (stated && Number(stated[1]) !== part.maxPoints && !hasNote(l)) {
        fail(l, `part title says ${stated[1]} points, cell says ${part.maxPoints}: add a note override`);
      }
      set.parts.push(part);
      section = criterion = undefined;
    } else if ((m = /^(\d+)\.(\d+)\.(\d+)\.?\s+(.+)$/.exec(label))) {
      // Third level (sets 11, 13): the "x.y" heading just read was a group heading, not a criterion.
      const groupCode = `${m[1]}.${m[2]}`;
      if (!section || m[1] !== section.code) fail(l, 'criterion outside its section');
      if (criterion?.code === groupCode && !criterion.options.length && !criterion.notes && !criterion.requirements) {
        section.criteria.pop();
        (section.groups ??= []).push({
          code: groupCode,
          title: criterion.title,
          maxPoints: criterion.maxPoints,
          line: criterion.line,
        });
      } else if (section.groups?.at(-1)?.code !== groupCode) fail(l, `no group heading ${groupCode}`);
      criterion = newCriterion(`${groupCode}.${m[3]}`, m[4]!, required(l, raw), l);
      criterion.group = groupCode;
    } else if ((m = /^(\d+)\.(\d+)\.?\s+(.+)$/.exec(label))) {
      if (!section || m[1] !== section.code) fail(l, 'criterion outside its section');
      if (section.direct) fail(l, 'numbered criterion after options of a directly scored section');
      if (sectionNote) fail(l, 'explanatory sentence on a section that has numbered criteria');
      const [title, requirement] = splitRequirement(m[3]!);
      criterion = newCriterion(`${m[1]}.${m[2]}`, title, required(l, raw), l);
      if (requirement) criterion.requirements = [requirement];
    } else if ((m = /^(\d+)\.?\s+(\D.*)$/.exec(label)) && raw !== '') {
      if (!part) fail(l, 'section outside any part');
      // Set 21 "7. CÔNG BỐ CHẤT LƯỢNG SẢN PHẨM Áp dụng bắt buộc đối với …": the applicability sentence is a note.
      const [title, applies] = norm(m[2]!).split(/\s+(?=Áp dụng )/, 2) as [string, string?];
      section = { code: m[1]!, title, maxPoints: required(l, raw), criteria: [], line: l };
      part.sections.push(section);
      criterion = undefined;
      if (applies) sectionNote = applies;
    } else if ((m = /^(?:□|o\s)\s*(.*)$/.exec(label))) {
      const c = target(l);
      const { text: optionText, minStar, note } = splitOption(m[1]!, l);
      const option: CriterionOption = { text: optionText, points: required(l, raw), minStar };
      if (branch !== undefined) option.branch = branch;
      else if (c.branches) fail(l, 'option before the first case of a criterion with cases');
      c.options.push(option);
      c.kind = 'choice';
      if (note) (c.notes ??= []).push(note);
    } else if (raw !== '') {
      fail(l, 'unrecognised row with points');
    } else if ((m = /^Yêu cầu:\s*(.*)$/.exec(label))) {
      (target(l).requirements ??= []).push(m[1]!);
    } else if (/^Chỉ áp dụng khi có câu chuyện sản phẩm/.test(label)) {
      const c = target(l);
      c.appliesWhen = storyCondition(section!, c, label, l);
    } else if ((m = /^[a-z]\.\s*Trường hợp\s*(\d+)\s*:\s*(.*)$/.exec(label))) {
      const c = target(l);
      branch = Number(m[1]);
      if (branch !== (c.branches?.length ?? 0) + 1) fail(l, 'cases out of order');
      (c.branches ??= []).push({ no: branch, title: m[2]! });
    } else if (label !== '') {
      (target(l).notes ??= []).push(label); // "Ghi chú: …", "Chú ý: …", "(Gồm: …)", "Lựa chọn một trong …"
    }
  }
  const ctx: ConditionContext = { paragraphLine, lineOf: (text, from) => lineOf(text, from, l), fail };
  for (const c of set.parts.flatMap((p) => p.sections.flatMap((s) => s.criteria))) {
    const applicability = deriveApplicability(c, ctx);
    if (applicability) c.applicability = applicability;
  }
  set.knockouts = deriveKnockouts(set, ctx);
  return { result: { set, headingName, headingGroup, statedTotal }, next: l + 1 };
}

/** The first line in [from, to] whose text (spacing folded) contains `text`: where a note was printed. */
function lineOf(text: string, from: number, to: number): number {
  for (let l = from; l <= to; l++) if (norm(at(l)).includes(text)) return l;
  fail(from, `cannot find the line of "${text}"`);
}

/** "5.3. Trí tuệ/bản sắc địa phương Yêu cầu: Nội dung …" → title and requirement. */
function splitRequirement(cellText: string): [string, string | undefined] {
  const i = cellText.search(/\s*Yêu cầu:/);
  if (i < 0) return [norm(cellText), undefined];
  return [norm(cellText.slice(0, i)), norm(cellText.slice(i).replace(/^\s*Yêu cầu:\s*/, ''))];
}

/**
 * "Chỉ áp dụng khi có câu chuyện sản phẩm": the criterion applies only when the section's story criterion
 * (the one offering "Không có câu chuyện sản phẩm") scored above that option.
 */
function storyCondition(section: Section, c: Criterion, text: string, line: number) {
  const story = section.criteria.find((x) => x !== c && x.options.some((o) => /^Không có câu chuyện/.test(o.text)));
  if (!story) fail(line, 'no criterion with "Không có câu chuyện sản phẩm" before this condition');
  const none = story.options.filter((o) => /^Không có câu chuyện/.test(o.text)).map((o) => o.points);
  const rest = story.options.filter((o) => !/^Không có câu chuyện/.test(o.text)).map((o) => o.points);
  if (Math.max(...none) >= Math.min(...rest)) fail(line, 'story criterion: "no story" does not score lowest');
  return { criterion: story.code, minPoints: Math.min(...rest), text };
}

/**
 * "Giả mạo hồ sơ hoặc không tuân thủ …; hoặc không đáp ứng …" → one condition per alternative.
 * Splits on "hoặc" and ";" outside parentheses ("(hoặc tương đương)" stays whole).
 */
function splitConditions(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  const words = text.split(/(\s+|;|\(|\))/).filter((w) => w !== '');
  for (const w of words) {
    if (w === '(') depth++;
    if (w === ')') depth--;
    if (depth === 0 && (w === ';' || w === 'hoặc')) {
      if (norm(cur)) out.push(norm(cur));
      cur = '';
    } else cur += w;
  }
  if (norm(cur)) out.push(norm(cur));
  return out.map((s) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1));
}

/** Heading rows of a set (parts, sections, groups, criteria) with their codes, in line order. */
function headings(set: ProductSet): { code: string; line: number }[] {
  const out = set.parts.flatMap((p) => [
    { code: p.code as string, line: p.line },
    ...p.sections.flatMap((s) => [
      { code: s.code, line: s.line },
      ...(s.groups ?? []).map((g) => ({ code: g.code, line: g.line })),
      ...s.criteria.map((c) => ({ code: c.code, line: c.line })),
    ]),
  ]);
  return out.sort((a, b) => a.line - b.line);
}

// The sheet heading names the set and its group again; where it disagrees with the index or Appendix I the data
// uses those, and the disagreement must be recorded by a note override on the heading line.
const letters = (x: string) =>
  x
    .toLocaleLowerCase('vi')
    .replace(/^(bộ )?sản phẩm:?\s*/, '')
    .replace(/[^\p{L}]/gu, '');

/** Parses the Decision's text (the whole file) into the catalogue. Pure apart from reading the overrides table. */
export function deriveCatalogue(sourceText: string): Catalogue {
  lines = sourceText.split(/\r?\n/);
  used = new Set();
  const leaves = parseAppendixI();
  const { names, end: indexEnd } = parseIndex();
  const sets: ProductSet[] = [];
  let cursor = indexEnd;
  for (let n = 1; n <= 26; n++) {
    const { result, next } = parseSheet(n, cursor, names[n - 1]!, leaves[n - 1]!);
    const { set, statedTotal } = result;
    const sum = set.parts.reduce((s, p) => s + p.maxPoints, 0);
    if (statedTotal !== sum && !hasNote(next - 1)) fail(next - 1, `TỔNG CỘNG ${statedTotal} but parts sum to ${sum}`);
    if (letters(result.headingName) !== letters(set.name) && !hasNote(set.line)) {
      fail(
        set.line,
        `heading name "${result.headingName}" differs from the index name "${set.name}": add a note override`,
      );
    }
    if (result.headingGroup && letters(result.headingGroup) !== letters(set.group) && !hasNote(set.line)) {
      fail(
        set.line,
        `heading group "${result.headingGroup}" differs from Appendix I "${set.group}": add a note override`,
      );
    }
    sets.push(set);
    cursor = next;
  }

  // Attach every override as a DataNote of the set whose sheet holds its line; a note naming a code must point at a
  // row inside that heading's block, so a mistyped line or code is caught here rather than by a reviewer.
  for (const o of overrides) {
    const set = o.setNo ? sets[o.setNo - 1] : [...sets].reverse().find((s) => s.line <= o.line);
    if (!set) throw new Error(`override at line ${o.line} lies before the first sheet and names no set`);
    if (o.kind !== 'note' && !used.has(o)) throw new Error(`override at line ${o.line} (${o.kind}) matched no row`);
    if (o.code) {
      const hs = headings(set);
      const i = hs.findLastIndex((h) => h.line <= o.line);
      const owner = hs.slice(0, i + 1).findLast((h) => !h.code.startsWith(`${o.code}.`));
      if (owner?.code !== o.code)
        throw new Error(`override at line ${o.line}: the row is not inside ${o.code} of set ${set.setNo}`);
    }
    set.notes.push({ line: o.line, ...(o.code ? { code: o.code } : {}), issue: o.issue, choice: o.choice });
    if (o.flag) {
      const c = set.parts.flatMap((p) => p.sections.flatMap((s) => s.criteria)).find((x) => x.code === o.code);
      if (!c) throw new Error(`override at line ${o.line}: a flag needs the code of a criterion`);
      (c.flags ??= []).push(o.flag);
    }
  }
  for (const s of sets) s.notes.sort((a, b) => a.line - b.line);
  return { ruleSet: '26-2026', source: 'qd-26-2026-QD-TTg.txt', sets: sets.map(canonical) };
}

/** Same content with keys in one fixed order (short fields first, long lists last), so the JSON diffs and reads well. */
function canonical(s: ProductSet): ProductSet {
  const { setNo, name, line, sector, group, subgroup, ministries, disqualification, knockouts, notes } = s;
  return {
    setNo,
    name,
    line,
    sector,
    group,
    subgroup,
    ministries,
    disqualification,
    knockouts,
    notes,
    parts: s.parts.map(({ code, title, maxPoints, line, sections }) => ({
      code,
      title,
      maxPoints,
      line,
      sections: sections.map((x) => ({
        code: x.code,
        title: x.title,
        maxPoints: x.maxPoints,
        line: x.line,
        ...(x.direct ? { direct: true } : {}),
        ...(x.groups ? { groups: x.groups } : {}),
        criteria: x.criteria.map((c) => ({
          code: c.code,
          title: c.title,
          maxPoints: c.maxPoints,
          kind: c.kind,
          line: c.line,
          ...(c.group ? { group: c.group } : {}),
          ...(c.requirements ? { requirements: c.requirements } : {}),
          ...(c.appliesWhen ? { appliesWhen: c.appliesWhen } : {}),
          ...(c.applicability ? { applicability: c.applicability } : {}),
          ...(c.flags ? { flags: c.flags } : {}),
          ...(c.branches ? { branches: c.branches } : {}),
          ...(c.notes ? { notes: c.notes } : {}),
          options: c.options,
        })),
      })),
    })),
  };
}

/**
 * The JSON exactly as committed, so a test can compare it byte for byte: pretty-printed, but every flat object
 * (an option, a note, a case, a group) on one line — one option per line reads like the sheet.
 */
export function serialise(catalogue: Catalogue): string {
  const oneLine = (obj: object) =>
    `{ ${Object.entries(obj)
      .map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)
      .join(', ')} }`;
  const flatObject = /\{\n\s+(?:"(?:[^"\\]|\\.)*": (?:"(?:[^"\\]|\\.)*"|-?[\d.]+|null|true|false),?\n\s+)+\}/g;
  return JSON.stringify(catalogue, null, 2).replace(flatObject, (text) => oneLine(JSON.parse(text) as object)) + '\n';
}

function main() {
  const catalogue = deriveCatalogue(readFileSync(SOURCE_PATH, 'utf8'));
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, serialise(catalogue));

  const issues = checkCatalogueIntegrity(catalogue);
  for (const s of catalogue.sets) {
    const criteria = s.parts.flatMap((p) => p.sections.flatMap((x) => x.criteria));
    const parts = s.parts.map((p) => `${p.code} ${p.maxPoints}`).join(' / ');
    const total = s.parts.reduce((a, p) => a + p.maxPoints, 0);
    const open = issues.filter((i) => i.setNo === s.setNo && !i.documented).length;
    console.log(
      `set ${String(s.setNo).padStart(2)}: ${String(criteria.length).padStart(2)} criteria, total ${total} (${parts}), ` +
        `${s.notes.length} notes, ${open} undocumented issues — ${s.name}`,
    );
  }
  const open = issues.filter((i) => !i.documented);
  for (const i of open) console.log(`  ${i.severity} set ${i.setNo} line ${i.line} ${i.code ?? ''}: ${i.message}`);
  console.log(`wrote ${OUT}`);
  if (open.some((i) => i.severity === 'error')) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
