// Vietnamese strings of "Phản ánh của người tiêu dùng" (reports sent from the public product pages). Spread into
// vi.ts; en.ts has the same keys (public-reports-en.ts).
export const publicReportsVi = {
  'nav.publicReports': 'Phản ánh',
  'pr.title': 'Phản ánh của người tiêu dùng',
  'pr.lead':
    'Phản ánh gửi từ trang tra cứu công khai về sản phẩm OCOP của tỉnh. Đóng phản ánh kèm ghi chú, hoặc chuyển thành đề nghị thu hồi giấy chứng nhận (khoản 3 Điều 8).',
  'pr.filter.open': 'Chưa xử lý',
  'pr.filter.all': 'Tất cả',
  'pr.createdAt': 'Ngày gửi',
  'pr.kind': 'Vấn đề',
  'pr.message': 'Nội dung',
  'pr.product': 'Xem sản phẩm',
  'pr.state': 'Trạng thái',
  'pr.state.open': 'Chưa xử lý',
  'pr.state.closed': 'Đã đóng',
  'pr.state.proposed': 'Đã đề nghị thu hồi',
  'pr.close': 'Đóng phản ánh',
  'pr.propose': 'Đề nghị thu hồi',
  'pr.confirm': 'Xác nhận',
  'pr.closeHint': 'Ghi chú kết quả xử lý (ít nhất 3 ký tự).',
  'pr.proposeHint': 'Tóm tắt căn cứ đề nghị thu hồi giấy chứng nhận (ít nhất 10 ký tự).',
  'pr.closed': 'Đã đóng phản ánh',
  'pr.proposed': 'Đã tạo đề nghị thu hồi',
};
