// When a stamp's serial is scanned implausibly often. The law says nothing of it: this is our rule, a named policy with
// defaults. One package is scanned by a few buyers; a serial scanned dozens of times a day, or hundreds in all, has
// most likely been copied onto other packages (a fake label reusing a genuine code).
export interface ScanFlagPolicy {
  /** Scans of one serial within one day (Vietnam time) above which it is flagged. */
  maxPerDay: number;
  /** Scans of one serial in all above which it is flagged. */
  maxTotal: number;
}

export const DEFAULT_SCAN_FLAG_POLICY: ScanFlagPolicy = { maxPerDay: 30, maxTotal: 300 };

/** The reason a serial is flagged after its counts, or null when they are plausible. */
export function scanFlag(
  counts: { dayCount: number; total: number },
  policy: ScanFlagPolicy = DEFAULT_SCAN_FLAG_POLICY,
): { vi: string; en: string } | null {
  if (counts.dayCount > policy.maxPerDay) {
    return {
      vi: `Quét ${counts.dayCount} lần trong một ngày (ngưỡng ${policy.maxPerDay}): nghi tem bị sao chép.`,
      en: `Scanned ${counts.dayCount} times in one day (threshold ${policy.maxPerDay}): the stamp may be copied.`,
    };
  }
  if (counts.total > policy.maxTotal) {
    return {
      vi: `Quét tổng cộng ${counts.total} lần (ngưỡng ${policy.maxTotal}): nghi tem bị sao chép.`,
      en: `Scanned ${counts.total} times in all (threshold ${policy.maxTotal}): the stamp may be copied.`,
    };
  }
  return null;
}
