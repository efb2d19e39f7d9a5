// The shape of a criteria sheet (Appendix II of Decision 26/2026/QĐ-TTg), as data.
// Part → section → criterion → option. A section scored directly by its options (e.g. set 1, "7. DINH DƯỠNG")
// holds exactly one criterion whose code is the section code.

/** Minimum star an option is required for: `***` = 3, `****` = 4, `*****` = 5 (Appendix II, note under each sheet). */
export type StarMark = 3 | 4 | 5;

export interface CriterionOption {
  text: string;
  points: number;
  minStar: StarMark | null;
  /** For criteria with alternative cases ("Trường hợp 1 / Trường hợp 2", set 26): the 1-based case this option belongs to. */
  branch?: number;
}

/** Condition under which a criterion is scored at all, e.g. 5.2 "Chỉ áp dụng khi có câu chuyện sản phẩm". */
export interface AppliesWhen {
  /** The criterion whose answer decides applicability. */
  criterion: string;
  /** Applicable only when that criterion's chosen option scores at least this many points. */
  minPoints: number;
  /** The sheet's words. */
  text: string;
}

export interface Branch {
  no: number;
  title: string;
}

export interface Criterion {
  /** The number printed in the sheet: "1.1", "2.4", or a section number ("7") when the section is scored directly. */
  code: string;
  title: string;
  maxPoints: number;
  /** "choice": pick one listed option; "yesno": no listed options, yes scores maxPoints, no scores 0. */
  kind: 'choice' | 'yesno';
  /** Options in the order the sheet lists them (answers refer to them by 0-based index). Empty for yes/no. */
  options: CriterionOption[];
  /** "Yêu cầu: …" lines attached to the criterion. */
  requirements?: string[];
  /** "Ghi chú: …" lines and other explanatory text attached to the criterion. */
  notes?: string[];
  appliesWhen?: AppliesWhen;
  /** Alternative cases; when present every option carries `branch`. */
  branches?: Branch[];
  /** Code of the CriterionGroup this criterion sits under, if its section has groups (e.g. "6.1" for "6.1.1"). */
  group?: string;
  /** 1-based line of the criterion's heading in the source text (for review against the law). */
  line: number;
}

/**
 * An intermediate heading with its own points between a section and its criteria, e.g. set 11
 * "6.1. Ngoại hình | 4" over "6.1.1. Tạp chất | 2" and "6.1.2. … | 2". Not scored itself: its criteria are.
 */
export interface CriterionGroup {
  code: string;
  title: string;
  maxPoints: number;
  line: number;
}

export interface Section {
  code: string;
  title: string;
  maxPoints: number;
  criteria: Criterion[];
  /** True when the section is scored directly by its options (its single criterion has the section's code). */
  direct?: boolean;
  /** Intermediate headings (sets 11 and 13, section 6); their criteria carry `group`. */
  groups?: CriterionGroup[];
  line: number;
}

export type PartCode = 'A' | 'B' | 'C';

export interface Part {
  code: PartCode;
  title: string;
  maxPoints: number;
  sections: Section[];
  line: number;
}

/** A place where the legal text is inconsistent, and what the data does about it. Never fix numbers silently. */
export interface DataNote {
  /** 1-based line in ../shared/reference/qd-26-2026-QD-TTg.txt */
  line: number;
  /** Criterion/section/part code concerned, if any. */
  code?: string;
  issue: string;
  choice: string;
}

export interface ProductSet {
  setNo: number;
  name: string;
  /** Appendix I: sector (I–VI), e.g. "Thực phẩm". */
  sector: string;
  /** Appendix I group, e.g. "Thực phẩm tươi sống". */
  group: string;
  /** Appendix I subgroup, when the group is subdivided, e.g. "Rau, củ, quả, hạt tươi". */
  subgroup: string | null;
  /** Appendix I: managing ministry or ministries (cơ quan chủ trì quản lý). */
  ministries: string[];
  /** "Hồ sơ bị loại khi: …" conditions, each as one sentence. */
  disqualification: string[];
  parts: Part[];
  notes: DataNote[];
  line: number;
}

export interface Catalogue {
  ruleSet: string; // "26-2026"
  source: string;
  sets: ProductSet[];
}

/** Star bands are rule-set data (Art. 3.3); the type lives with the rule sets. */
export type { StarBand } from '../../reference/domain/rule-sets.ts';
