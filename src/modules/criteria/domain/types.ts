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
  /** The sheet limits the products the criterion binds ("Áp dụng bắt buộc đối với …", set 21 §7). */
  applicability?: Applicability;
  /** Where the printed text is doubtful: shown to scorers beside the criterion, never silently corrected. */
  flags?: CriterionFlag[];
  /** 1-based line of the criterion's heading in the source text (for review against the law). */
  line: number;
}

/** A vi + en text for people. */
export interface Bilingual {
  vi: string;
  en: string;
}

/**
 * A knock-out condition of a sheet (Appendix II): "Hồ sơ bị loại khi …", "Bị loại nếu …" (kind `exclusion`) or
 * "… sẽ không đánh giá các bước tiếp theo" / "Không xem xét các chỉ tiêu khác nếu …" (kind `stop`). When it holds the
 * product gets no star. Derived by scripts/criteria-conditions.ts; every one is listed in resources/criteria/NOTES.md.
 */
export interface KnockOut {
  /** Stable key, the same for the same condition on every sheet ("foreign-matter", "imported-material", …). */
  id: string;
  kind: 'exclusion' | 'stop';
  /** The criterion the sheet writes it beside; null for the "Hồ sơ bị loại khi" paragraph above the table. */
  criterion: string | null;
  /** The sheet's exact words. */
  text: string;
  /** 1-based line in the Decision's text. */
  line: number;
  /** What holds when the knock-out applies, put to the scorer to tick (ticked = the knock-out holds). */
  statement: Bilingual;
  /**
   * How it is decided: `answer` = the scorer answers the question; `zero-points` = it holds when any listed criterion
   * scores 0 (set 16 §6 "Nếu được 0 điểm tại một trong các chỉ tiêu trên"), no question is asked.
   */
  decidedBy: 'answer' | 'zero-points';
  /** For `zero-points`: the criteria concerned. */
  criteria?: string[];
}

/**
 * "Áp dụng bắt buộc đối với các sản phẩm phải công bố chất lượng theo quy định; khuyến khích các sản phẩm còn lại"
 * (set 21 §7): the criterion's star mark binds only the products the sentence names. The scorer answers `question`
 * ("yes" = the product is one the sentence names); unanswered, the mark binds (the literal default).
 */
export interface Applicability {
  id: string;
  text: string;
  line: number;
  question: Bilingual;
  /** What happens when the answer is "no": `mark-not-binding` = points still count (the sheet encourages it), the star mark does not bind. */
  otherwise: 'mark-not-binding';
}

/**
 * A doubt about the printed text shown beside a criterion: `suspected-misprint` (the sheet is kept as printed but
 * looks wrong against the other sheets) or `mark-out-of-scope` (a star mark plainly about another kind of product, e.g.
 * a food-safety certificate on the handicraft sheet; a council may adopt a reading of its own, see council policies).
 */
export interface CriterionFlag {
  kind: 'suspected-misprint' | 'mark-out-of-scope';
  line: number;
  note: Bilingual;
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
  /** "Hồ sơ bị loại khi: …" conditions, each as one sentence (as printed above the table). */
  disqualification: string[];
  /** Every knock-out condition of the sheet, the paragraph's and those written beside criteria, in line order. */
  knockouts: KnockOut[];
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
export type { StarBand } from '../../reference/index.ts';
