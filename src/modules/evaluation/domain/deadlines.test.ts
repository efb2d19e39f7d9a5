import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import {
  addDays,
  daysBetween,
  fromEpochDay,
  isWorkingDay,
  loadCalendar,
  toEpochDay,
  getRuleSet,
} from '../../reference/index.ts';
import { DEADLINES_26_2026, citeEn, citeVi } from './deadline-rules.ts';
import {
  certificateExpiry,
  checkReevaluationFiling,
  communeDeadline,
  isCertificateValidOn,
  reevaluationCompletionDeadline,
  reevaluationWindow,
  revocationDeadline,
} from './deadlines.ts';

const cal = loadCalendar();

describe('Art. 7.2: the commune has 15 working days from receipt', () => {
  it('Art. 7.2: the commune has 15 working days from receipt, the day of receipt not counted (Fri 22/5/2026 → Fri 12/6/2026)', () => {
    const d = communeDeadline('2026-05-22', cal);
    expect(d).toMatchObject({ receivedOn: '2026-05-22', dueOn: '2026-06-12', workingDays: 15, article: 'Art. 7.2' });
    expect(d.message.vi).toContain('chậm nhất ngày 12/06/2026');
    expect(d.message.vi).toContain('khoản 2 Điều 7 Quyết định 26/2026/QĐ-TTg');
    expect(d.message.en).toContain('by 2026-06-12');
  });

  it('Art. 7.2: a dossier received on a Saturday (in the software, Art. 7.1) starts counting on Monday', () => {
    expect(communeDeadline('2026-05-23', cal).dueOn).toBe('2026-06-12');
  });

  it('Art. 7.2: Tết 2026 (16–20/2) is skipped: received Fri 13/2 → Fri 13/3', () => {
    expect(communeDeadline('2026-02-13', cal).dueOn).toBe('2026-03-13');
  });

  it('Art. 7.2: Giỗ Tổ compensatory day 27/4 and 30/4–1/5 are skipped: received Fri 24/4/2026 → Wed 20/5/2026', () => {
    expect(communeDeadline('2026-04-24', cal).dueOn).toBe('2026-05-20');
  });

  it('Art. 7.2: an announced make-up Saturday counts as a working day: received Fri 9/1/2026 → Thu 29/1/2026', () => {
    expect(communeDeadline('2026-01-09', cal).dueOn).toBe('2026-01-29');
  });

  it('Art. 7.2: Tết 2024 as announced (8–14/2, VPCP 8662/VPCP-KGVX) is skipped: received Wed 7/2/2024 → Wed 6/3/2024', () => {
    // By hand: 8–14/2 off; 15, 16 (2), 19–23 (7), 26–29/2 and 1/3 (12), 4, 5, 6/3 (15). The Labour Code default
    // (9–15/2 off) would have counted Thursday 8/2 and given Tuesday 5/3.
    const d = communeDeadline('2024-02-07', cal);
    expect(d.dueOn).toBe('2024-03-06');
    expect(d.defaultedHolidays).toEqual([]);
    expect(d.holidayNote).toBeNull();
  });

  it('Art. 7.2: across Tết 2027, whose days nobody has announced yet, the deadline says it rests on the Labour Code default', () => {
    // By hand with the default days off (5–9/2 and 10–11/2 in lieu of the weekend): 2, 3, 4/2 (3), 12/2 (4),
    // 15–19/2 (9), 22–26/2 (14), 1/3 (15).
    const d = communeDeadline('2027-02-01', cal);
    expect(d.dueOn).toBe('2027-03-01');
    expect(d.defaultedHolidays.map((h) => [h.year, h.group])).toEqual([[2027, 'tet-am-lich']]);
    expect(d.holidayNote?.vi).toContain(
      'Ngày nghỉ Tết Âm lịch năm 2027 (05/02/2027–11/02/2027) là mặc định theo Bộ luật Lao động, chưa có văn bản công bố',
    );
    expect(d.holidayNote?.en).toContain('is the Labour Code default; no government announcement is recorded');
    expect(communeDeadline('2027-05-03', cal).holidayNote).toBeNull(); // May 2027: no holiday the Prime Minister fixes
  });
});

describe('Art. 4.3: a certificate is valid 36 months from the issuing date', () => {
  it('Art. 4.3: the last valid day is the same date 36 months later, not the day before (BLDS 147.2, 148.3)', () => {
    const e = certificateExpiry('2026-06-15');
    expect(e).toMatchObject({ issuedOn: '2026-06-15', expiresOn: '2029-06-15', months: 36, article: 'Art. 4.3' });
    expect(e.message.vi).toContain('đến hết ngày 15/06/2029');
  });

  it("Art. 4.3: a date missing from the last month ends on that month's last day (29/2/2028 → 28/2/2031)", () => {
    expect(certificateExpiry('2028-02-29').expiresOn).toBe('2031-02-28');
    expect(certificateExpiry('2026-05-31').expiresOn).toBe('2029-05-31');
  });

  it('Art. 4.3: valid on every day from the issuing date through expiry, inclusive at both ends', () => {
    expect(isCertificateValidOn('2026-06-14', '2026-06-15')).toBe(false);
    expect(isCertificateValidOn('2026-06-15', '2026-06-15')).toBe(true);
    expect(isCertificateValidOn('2029-06-15', '2026-06-15')).toBe(true);
    expect(isCertificateValidOn('2029-06-16', '2026-06-15')).toBe(false);
  });
});

describe('Art. 7.6.a: re-evaluation is filed no earlier than 180 and no later than 120 days before expiry', () => {
  it('Art. 7.6.a: the window for a certificate expiring 15/6/2029 is 17/12/2028 – 15/2/2029', () => {
    const w = reevaluationWindow('2029-06-15');
    expect(w).toMatchObject({ opensOn: '2028-12-17', closesOn: '2029-02-15', article: 'Art. 7.6.a' });
    expect(daysBetween(w.opensOn, '2029-06-15')).toBe(180);
    expect(daysBetween(w.closesOn, '2029-06-15')).toBe(120);
    expect(w.message.vi).toContain('điểm a khoản 6 Điều 7');
  });

  it('Art. 7.6.a: both bounds are inclusive; one day outside is too early / too late, with the dates to file', () => {
    expect(checkReevaluationFiling('2028-12-17', '2029-06-15')).toEqual({
      ok: true,
      opensOn: '2028-12-17',
      closesOn: '2029-02-15',
    });
    expect(checkReevaluationFiling('2029-02-15', '2029-06-15').ok).toBe(true);
    const early = checkReevaluationFiling('2028-12-16', '2029-06-15');
    expect(early).toMatchObject({ ok: false, reason: 'too-early', opensOn: '2028-12-17', closesOn: '2029-02-15' });
    if (!early.ok) expect(early.message.vi).toContain('quá sớm 1 ngày');
    const late = checkReevaluationFiling('2029-02-16', '2029-06-15');
    expect(late).toMatchObject({ ok: false, reason: 'too-late' });
    if (!late.ok) expect(late.message.en).toContain('1 day(s) late: the last day was 2029-02-15');
  });

  it('Art. 7.6.a property: accepted exactly when 120 ≤ days to expiry ≤ 180', () => {
    const day = fc.integer({ min: toEpochDay('2026-01-01'), max: toEpochDay('2040-12-31') }).map(fromEpochDay);
    fc.assert(
      fc.property(day, fc.integer({ min: -30, max: 400 }), (expiresOn, before) => {
        const r = checkReevaluationFiling(addDays(expiresOn, -before), expiresOn);
        expect(r.ok).toBe(before >= 120 && before <= 180);
        if (!r.ok) expect(r.reason).toBe(before > 180 ? 'too-early' : 'too-late');
      }),
    );
  });
});

describe('Art. 7.6.g and Art. 8.4: calendar-day deadlines', () => {
  it('Art. 7.6.g: re-evaluation finishes within 45 days of the complete dossier (20/5/2026 → 4/7/2026)', () => {
    expect(reevaluationCompletionDeadline('2026-05-20')).toMatchObject({
      dueOn: '2026-07-04',
      rolledOver: false,
      days: 45,
      article: 'Art. 7.6.g',
    });
  });

  it('Art. 7.6.g with a calendar: a last day on Saturday 4/7/2026 moves to Monday 6/7 (BLDS 148.5)', () => {
    const d = reevaluationCompletionDeadline('2026-05-20', cal);
    expect(d).toMatchObject({ dueOn: '2026-07-06', nominalDueOn: '2026-07-04', rolledOver: true });
    expect(d.message.vi).toContain('04/07/2026 là ngày nghỉ');
  });

  it('Art. 8.4: revocation within 15 calendar days of the conclusion (15/4/2026 → 30/4/2026)', () => {
    const d = revocationDeadline('2026-04-15');
    expect(d).toMatchObject({ dueOn: '2026-04-30', days: 15, article: 'Art. 8.4' });
    expect(d.message.vi).toContain('khoản 4 Điều 8');
  });

  it('Art. 8.4 with a calendar: 30/4 and 1/5 are holidays and 2–3/5 a weekend, so Monday 4/5/2026', () => {
    expect(revocationDeadline('2026-04-15', cal)).toMatchObject({ dueOn: '2026-05-04', rolledOver: true });
  });

  it('Art. 8.4 property: with a calendar the due day is the first working day on or after conclusion + 15', () => {
    const day = fc.integer({ min: toEpochDay('2019-01-01'), max: toEpochDay('2035-11-30') }).map(fromEpochDay);
    fc.assert(
      fc.property(day, (d) => {
        const r = revocationDeadline(d, cal);
        expect(r.nominalDueOn).toBe(addDays(d, 15));
        expect(isWorkingDay(r.dueOn, cal)).toBe(true);
        for (let x = r.nominalDueOn; x < r.dueOn; x = addDays(x, 1)) expect(isWorkingDay(x, cal)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('DEADLINES_26_2026: the numbers of the Decision, as data', () => {
  it('Art. 4.3, 7.2, 11.1: agree with resources/rule-sets.json', () => {
    const rs = getRuleSet('26-2026')!;
    expect(rs.effectiveFrom).toBe(DEADLINES_26_2026.inForceFrom);
    expect(rs.certificateValidityMonths).toBe(DEADLINES_26_2026.certificateValidity.months);
    expect(rs.levels.find((l) => l.level === 'commune')!.deadlineWorkingDays).toBe(
      DEADLINES_26_2026.communeReview.workingDays,
    );
  });

  it('cites articles the Vietnamese way and the English way', () => {
    expect(citeVi('Art. 12.2.a')).toBe('điểm a khoản 2 Điều 12 Quyết định 26/2026/QĐ-TTg');
    expect(citeVi('Art. 4.3')).toBe('khoản 3 Điều 4 Quyết định 26/2026/QĐ-TTg');
    expect(citeEn('Art. 8.4')).toBe('Art. 8.4 of Decision 26/2026/QĐ-TTg');
  });

  // The Decision's text lives outside the repository (../shared/reference); the check is skipped where it is absent.
  const lawPath = join(
    dirname(fileURLToPath(import.meta.url)),
    '..',
    '..',
    '..',
    '..',
    '..',
    'shared',
    'reference',
    'qd-26-2026-QD-TTg.txt',
  );
  it.skipIf(!existsSync(lawPath))(
    'every number is the one written in the Decision (Art. 4.3, 5.1, 5.2, 7.2, 7.6, 8.4, 11, 12)',
    () => {
      const law = readFileSync(lawPath, 'utf8').replace(/\s+/g, ' ');
      const d = DEADLINES_26_2026;
      for (const phrase of [
        `thời hạn ${d.certificateValidity.months} tháng kể từ ngày cơ quan có thẩm quyền ban hành`,
        'Đợt 01 trước ngày 30 tháng 6 đối với các hồ sơ được UBND cấp xã đề nghị trước ngày 30 tháng 4',
        'đợt 02 trước ngày 30 tháng 12 đối với các hồ sơ được UBND cấp xã đề nghị trước ngày 30 tháng 10',
        'Đợt 01 trước ngày 30 tháng 9 đối với các hồ sơ được UBND cấp tỉnh đề nghị trước ngày 30 tháng 7',
        'đợt 02 trước ngày 30 tháng 3 đối với các hồ sơ được UBND cấp tỉnh đề nghị trước ngày 30 tháng 01',
        `Trong thời hạn ${d.communeReview.workingDays} ngày làm việc kể từ ngày tiếp nhận`,
        `không sớm hơn ${d.reevaluationFiling.earliestDaysBeforeExpiry} ngày và không muộn hơn ${d.reevaluationFiling.latestDaysBeforeExpiry} ngày tính đến ngày hết thời hạn`,
        `không quá ${d.reevaluationCompletion.days} ngày kể từ ngày nhận đủ hồ sơ`,
        `Thời gian thu hồi giấy chứng nhận là ${d.revocation.days} ngày kể từ ngày có kết luận`,
        'có hiệu lực thi hành từ ngày 22 tháng 5 năm 2026',
        `không quá ${d.transition.pendingFirstOrUpgrade.days} ngày, kể từ ngày Quyết định này có hiệu lực`,
        `không quá ${d.transition.pendingReevaluation.days} ngày, kể từ ngày Quyết định này có hiệu lực`,
        `không quá ${d.transition.lateReevaluation.maxDaysAfterExpiry} ngày tính từ ngày hết thời hạn`,
      ])
        expect(law, phrase).toContain(phrase);
    },
  );
});
