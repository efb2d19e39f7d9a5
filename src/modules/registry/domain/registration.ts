// Registration numbers (số ĐKKD / mã số doanh nghiệp / số đăng ký HTX) are typed with stray spaces and mixed case
// ("62a8 000123"); one spelling lets the province-wide uniqueness check catch the same number typed twice.

export function normaliseRegistrationNo(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const v = value.normalize('NFC').replace(/\s+/g, '').toUpperCase();
  return v === '' ? null : v;
}
