// Vietnamese strings of the sheet's knock-outs, applicability questions and doubtful text (Appendix II of Decision
// 26/2026/QĐ-TTg), of the outcomes they lead to, and of the council policies (quy định của Hội đồng: OCOP Hub's
// choices where the Decision is silent, never shown as the law). Spread into vi.ts; en.ts has the same keys.
export const conditionsVi = {
  'ko.blockTitle': 'Điều kiện loại hồ sơ / dừng đánh giá',
  'ko.blockLead': 'Đánh dấu điều kiện đúng với sản phẩm. Khi một điều kiện đúng, sản phẩm không được xếp hạng sao.',
  'ko.blockLeadReadOnly': 'Khi một điều kiện dưới đây đúng, sản phẩm không được xếp hạng sao.',
  'ko.kind.exclusion': 'Loại',
  'ko.kind.stop': 'Dừng đánh giá',
  'ko.zeroPoints': 'Tự động khi được 0 điểm tại một trong các chỉ tiêu {criteria}',
  'ko.holds': 'Đang áp dụng',

  'ap.tag': 'Phạm vi áp dụng',
  'ap.notBinding': 'Dấu sao của tiêu chí này không bắt buộc với sản phẩm; điểm vẫn được tính.',
  'ap.unanswered': 'Chưa trả lời: dấu sao áp dụng như văn bản.',

  'flag.suspected-misprint': 'Nghi vấn lỗi in trong văn bản',
  'flag.mark-out-of-scope': 'Dấu sao không phù hợp loại sản phẩm',

  'outcome.excluded': 'Loại',
  'outcome.stopped': 'Dừng đánh giá',
  'outcome.excludedLead': 'Hồ sơ bị loại theo điều kiện của phiếu:',
  'outcome.stoppedLead': 'Không đánh giá tiếp theo điều kiện của phiếu:',
  'outcome.notCertifiable': 'Không xếp hạng sao nên không được công nhận',
  'outcome.waived': 'Dấu sao không bắt buộc',
  'outcome.waived.not-applicable': 'sản phẩm không thuộc diện phiếu nêu',
  'outcome.waived.council-policy': 'theo quy định của Hội đồng',

  'pol.title': 'Quy định của Hội đồng',
  'pol.lead':
    'Lựa chọn của OCOP Hub ở những điểm Quyết định 26/2026/QĐ-TTg không quy định — không phải quy định của pháp luật.',
  'pol.source.default': 'mặc định',
  'pol.source.province': 'của tỉnh',
  'pol.source.council': 'của Hội đồng',
  'pol.law': 'Văn bản nói gì',
  'pol.provinceTitle': 'Quy định của Hội đồng cấp tỉnh',
  'pol.provinceLead': 'Các Hội đồng của tỉnh áp dụng những quy định này, trừ khi Hội đồng có quy định riêng.',
  'pol.edit': 'Sửa quy định',
  'pol.save': 'Lưu quy định',
  'pol.saved': 'Đã lưu quy định của Hội đồng cấp tỉnh',
  'pol.inherit': 'Theo tỉnh: {value}',
  'pol.default': 'Mặc định: {value}',
  'pol.councilHint': 'Để trống để áp dụng quy định của tỉnh.',
} as const;
