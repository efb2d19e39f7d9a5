// Vietnamese strings of "Báo cáo" (the standard reports sent upward, issue 10). Spread into vi.ts; en.ts has the
// same keys (reports-en.ts).
export const reportsVi = {
  'nav.reports': 'Báo cáo',
  'rep.title': 'Báo cáo định kỳ',
  'rep.lead':
    'Lập các báo cáo gửi cấp trên dưới dạng Excel hoặc PDF, cho một đơn vị và tại một ngày bất kỳ: số liệu của ngày đã qua được dựng lại từ ngày tháng và sự kiện (ngày đăng ký, ngày cấp, hết hạn, thu hồi, ngày quyết định).',
  'rep.unit': 'Đơn vị',
  'rep.national': 'Toàn quốc',
  'rep.wholeProvince': 'Toàn tỉnh',
  'rep.province': 'Tỉnh, thành phố',
  'rep.commune': 'Xã, phường (để trống: toàn tỉnh)',
  'rep.asOf': 'Số liệu tính đến ngày',
  'rep.asOfHint': 'Để trống: hôm nay',
  'rep.year': 'Năm',
  'rep.from': 'Từ ngày',
  'rep.to': 'Đến ngày',
  'rep.excel': 'Tải Excel',
  'rep.pdf': 'Tải PDF',
  'rep.none': 'Tài khoản của bạn không lập báo cáo.',
  'rep.downloaded': 'Đã tải báo cáo',
};
