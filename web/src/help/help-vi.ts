// The guide shown by the header's "Hướng dẫn" button, as data: for each role what its work is, and for each page (keyed
// by its address; the longest matching prefix wins) what the page is for, what comes next and the article of Decision
// 26/2026/QĐ-TTg behind its deadline. Vietnamese first; help-en.ts has the same keys.
export interface PageGuide {
  title: string;
  purpose: string;
  next: string;
  law?: string;
}

export type EmptyList =
  | 'products'
  | 'producers'
  | 'myDossiers'
  | 'queue'
  | 'users'
  | 'pending'
  | 'history'
  | 'certificates'
  | 'decisions'
  | 'revocations';

export interface Guide {
  labels: { button: string; title: string; role: string; purpose: string; next: string; law: string };
  roles: Record<string, string>;
  /** What an empty list says to do first, by list. */
  empty: Record<EmptyList, string>;
  /** The first steps' button labels, by list. */
  emptyAction: Record<EmptyList, string>;
  pages: Record<string, PageGuide>;
  fallback: PageGuide;
}

export const HELP_VI: Guide = {
  labels: {
    button: 'Hướng dẫn',
    title: 'Hướng dẫn',
    role: 'Công việc của bạn',
    purpose: 'Trang này dùng để',
    next: 'Việc tiếp theo',
    law: 'Căn cứ, thời hạn',
  },
  roles: {
    producer:
      'Chủ thể OCOP: đăng ký sản phẩm, tự đánh giá theo Bộ tiêu chí (Mẫu 02), lập hồ sơ (Mẫu 01, 02 và minh chứng) rồi nộp cho UBND cấp xã; theo dõi kết quả và giấy chứng nhận.',
    commune_officer:
      'Cán bộ xã: tiếp nhận hồ sơ của chủ thể, kiểm tra, lập Mẫu 03 và gửi UBND cấp tỉnh trong 15 ngày làm việc (khoản 2 Điều 7).',
    province_office:
      'Cơ quan tham mưu OCOP cấp tỉnh: tiếp nhận hồ sơ xã gửi, lập đợt đánh giá và Hội đồng, trình quyết định công nhận, cấp giấy chứng nhận; kiểm tra sau chứng nhận và thu hồi khi có căn cứ (Điều 7, 8, 9).',
    province_council_chair:
      'Chủ tịch Hội đồng cấp tỉnh: điều hành chấm điểm, xử lý chênh lệch điểm giữa các thành viên và kết thúc chấm điểm, thông qua kết quả (điểm d khoản 3 Điều 7).',
    province_council_member:
      'Thành viên Hội đồng cấp tỉnh: chấm điểm từng hồ sơ theo Bộ tiêu chí, độc lập, rồi nộp phiếu chấm (điểm d khoản 3 Điều 7).',
    advisory_member:
      'Tổ tư vấn: đánh giá hồ sơ, khảo sát thực tế khi cần và báo cáo Chủ tịch Hội đồng trước khi chấm điểm (điểm c khoản 3 Điều 7).',
    ministry_office:
      'Cơ quan tham mưu OCOP của Bộ: nhận hồ sơ tỉnh đề nghị đánh giá 5 sao, lập đợt và Hội đồng cấp trung ương, trình Bộ trưởng công nhận (khoản 4 Điều 7).',
    central_council_member:
      'Thành viên Hội đồng cấp trung ương: chấm điểm hồ sơ đề nghị công nhận 5 sao (khoản 4 Điều 7).',
    admin: 'Quản trị hệ thống: quản lý tài khoản, vai trò và phạm vi đơn vị hành chính của người dùng.',
  },
  empty: {
    products: 'Đăng ký sản phẩm đầu tiên để có thể tự đánh giá và lập hồ sơ OCOP.',
    producers: 'Đăng ký chủ thể (hợp tác xã, doanh nghiệp, hộ kinh doanh) trước, rồi đến sản phẩm của chủ thể.',
    myDossiers: 'Tạo hồ sơ cho một sản phẩm đã đăng ký, điền Mẫu 01, Mẫu 02 và nộp cho UBND cấp xã.',
    queue: 'Hồ sơ cần bạn xử lý sẽ xuất hiện ở đây; xem hàng đợi khác hoặc danh sách sản phẩm.',
    users: 'Tạo tài khoản cho cán bộ, hoặc duyệt tài khoản chủ thể tự đăng ký.',
    pending: 'Chủ thể tự đăng ký tài khoản sẽ chờ duyệt ở đây.',
    history: 'Ghi nhận các kết quả, giấy chứng nhận đã cấp trước khi dùng OCOP Hub, từng kết quả hoặc từ tệp Excel.',
    certificates: 'Giấy chứng nhận xuất hiện khi có quyết định công nhận, hoặc khi ghi nhận kết quả trước đây.',
    decisions: 'Quyết định được ghi nhận khi trình công nhận hoặc phê duyệt kết quả của một hồ sơ.',
    revocations: 'Đề nghị thu hồi đến từ kiểm tra sau chứng nhận, báo cáo của xã hoặc phản ánh của người tiêu dùng.',
  },
  emptyAction: {
    products: 'Đăng ký sản phẩm',
    producers: 'Đăng ký chủ thể',
    myDossiers: 'Tạo hồ sơ',
    queue: '',
    users: '',
    pending: '',
    history: '',
    certificates: '',
    decisions: '',
    revocations: '',
  },
  pages: {
    '/dashboard': {
      title: 'Tổng quan',
      purpose:
        'Số sản phẩm, giấy chứng nhận còn hiệu lực, sắp hết hạn, hồ sơ đang xử lý và các tín hiệu cần xử lý của đơn vị.',
      next: 'Bấm vào một chỉ số để mở danh sách tương ứng; xử lý trước các hồ sơ quá hạn.',
    },
    '/queues': {
      title: 'Hàng đợi công việc',
      purpose: 'Các hồ sơ đang chờ bạn xử lý, theo từng bước của quy trình.',
      next: 'Mở hồ sơ, thực hiện bước được đề xuất (tiếp nhận, gửi tỉnh, đưa vào đợt…); hồ sơ quá hạn nằm trong hàng "Hồ sơ quá hạn".',
      law: 'Xã kiểm tra, gửi tỉnh trong 15 ngày làm việc kể từ ngày tiếp nhận (khoản 2 Điều 7); tỉnh kiểm tra hồ sơ khi nhận (điểm a khoản 3 Điều 7).',
    },
    '/my-dossiers': {
      title: 'Hồ sơ của tôi',
      purpose: 'Các hồ sơ đánh giá, phân hạng sản phẩm của bạn và trạng thái từng hồ sơ.',
      next: 'Tạo hồ sơ cho một sản phẩm, điền Mẫu 01 và Mẫu 02, đính kèm minh chứng rồi nộp. Sau khi nộp: in, ký Mẫu 01 và mang mẫu sản phẩm đến UBND cấp xã.',
      law: 'Thành phần hồ sơ theo khoản 1 Điều 6; xã xử lý trong 15 ngày làm việc (khoản 2 Điều 7).',
    },
    '/dossiers': {
      title: 'Hồ sơ',
      purpose: 'Toàn bộ một hồ sơ: các mẫu, minh chứng, thời hạn, lịch sử xử lý và các bước bạn được thực hiện.',
      next: 'Các nút ở đầu trang là những bước bạn được làm lúc này; thời hạn của bước hiện tại hiển thị cùng điều khoản.',
      law: 'Trình tự đánh giá, phân hạng cấp tỉnh tại Điều 7; giấy chứng nhận có giá trị 36 tháng (khoản 3 Điều 4).',
    },
    '/scoring': {
      title: 'Chấm điểm',
      purpose: 'Các hồ sơ Hội đồng của bạn cần chấm và tiến độ nộp phiếu.',
      next: 'Mở hồ sơ, chấm từng tiêu chí, lưu nháp khi cần và nộp phiếu khi đã chấm đủ; phiếu đã nộp không sửa được.',
      law: 'Hội đồng chấm điểm theo Bộ tiêu chí (điểm d khoản 3 Điều 7, điểm d khoản 4 Điều 7).',
    },
    '/rounds': {
      title: 'Đợt đánh giá',
      purpose: 'Các đợt đánh giá, phân hạng trong năm và Hội đồng của từng đợt.',
      next: 'Lập đợt, ghi nhận Hội đồng và Tổ tư vấn, rồi đưa các hồ sơ đã tiếp nhận vào đợt; đóng đợt khi mọi hồ sơ đã có kết quả.',
      law: 'Đợt cấp tỉnh theo khoản 1 Điều 5, cấp trung ương theo khoản 2 Điều 5; đợt bổ sung cần quy chế và kế hoạch.',
    },
    '/results': {
      title: 'Kết quả',
      purpose: 'Kết quả đánh giá, phân hạng và các quyết định đã ghi nhận.',
      next: 'Xuất Excel để báo cáo; mở giấy chứng nhận để in.',
      law: 'Quyết định công nhận và cấp giấy chứng nhận (điểm e khoản 3 Điều 7, điểm e khoản 4 Điều 7).',
    },
    '/history': {
      title: 'Kết quả trước đây',
      purpose: 'Ghi nhận các kết quả, giấy chứng nhận được cấp trước khi dùng OCOP Hub.',
      next: 'Nhập từng kết quả hoặc tải mẫu Excel, điền và tải lên.',
    },
    '/certificates': {
      title: 'Giấy chứng nhận',
      purpose: 'Giấy chứng nhận OCOP: hạng sao, hiệu lực và tình trạng hôm nay.',
      next: 'In giấy chứng nhận; theo dõi thời gian nộp hồ sơ đánh giá lại.',
      law: 'Giá trị 36 tháng (khoản 3 Điều 4); hồ sơ đánh giá lại nộp từ 180 đến 120 ngày trước khi hết hạn (điểm a khoản 6 Điều 7).',
    },
    '/revocations': {
      title: 'Thu hồi giấy chứng nhận',
      purpose: 'Các đề nghị thu hồi đang chờ xử lý và các quyết định thu hồi.',
      next: 'Xác minh căn cứ, rồi ghi nhận quyết định thu hồi hoặc đóng đề nghị kèm lý do.',
      law: 'Căn cứ thu hồi tại khoản 1 Điều 8; quyết định trong 15 ngày kể từ ngày có kết luận (khoản 4 Điều 8).',
    },
    '/certificate-reminders': {
      title: 'Nhắc hạn giấy chứng nhận',
      purpose: 'Các mốc nhắc trước khi giấy chứng nhận hết hạn.',
      next: 'Chọn mốc nhắc phù hợp với tỉnh; chủ thể và xã nhận thông báo theo các mốc này.',
      law: 'Thời gian nộp hồ sơ đánh giá lại (điểm a khoản 6 Điều 7).',
    },
    '/inspections': {
      title: 'Kiểm tra sau chứng nhận',
      purpose: 'Kế hoạch và các lượt kiểm tra sản phẩm đã được chứng nhận, các nội dung chưa đạt và việc khắc phục.',
      next: 'Lập kế hoạch, ghi kết quả từng nội dung kiểm tra; nội dung chưa khắc phục có thể chuyển thành đề nghị thu hồi.',
      law: 'Kiểm tra định kỳ, đột xuất (Điều 9).',
    },
    '/public-reports': {
      title: 'Phản ánh của người tiêu dùng',
      purpose: 'Phản ánh gửi từ trang tra cứu công khai về sản phẩm OCOP của tỉnh.',
      next: 'Xem xét từng phản ánh: đóng kèm lý do hoặc chuyển thành đề nghị thu hồi.',
      law: 'Đề nghị thu hồi (khoản 3 Điều 8).',
    },
    '/stamps': {
      title: 'Tem QR',
      purpose: 'In tờ tem QR có số sê-ri và theo dõi số lượt quét từng tem.',
      next: 'In tờ tem cho sản phẩm còn hiệu lực; tem quét bất thường được đánh dấu.',
    },
    '/reports': {
      title: 'Báo cáo',
      purpose: 'Các báo cáo định kỳ của đơn vị tại một ngày, dạng Excel hoặc PDF.',
      next: 'Chọn loại báo cáo, đơn vị và ngày, rồi tải về.',
    },
    '/programme/plans': {
      title: 'Kế hoạch OCOP',
      purpose: 'Kế hoạch năm với các chỉ tiêu; tiến độ được tính từ dữ liệu.',
      next: 'Lập kế hoạch và chỉ tiêu; theo dõi tiến độ trong năm.',
    },
    '/programme/activities': {
      title: 'Hoạt động',
      purpose: 'Hoạt động tập huấn, xúc tiến thương mại của chương trình.',
      next: 'Ghi nhận hoạt động với kinh phí và người tham gia.',
    },
    '/programme/funding': {
      title: 'Hỗ trợ',
      purpose: 'Nội dung, nguồn hỗ trợ và các đề nghị hỗ trợ của chủ thể.',
      next: 'Xét duyệt đề nghị; một nội dung không được hỗ trợ trùng cho cùng sản phẩm.',
    },
    '/programme/cycle': {
      title: 'Chu trình OCOP',
      purpose: 'Các bước trước khi có hồ sơ: khảo sát, ý tưởng, phương án kinh doanh.',
      next: 'Ghi nhận ý tưởng, phương án; ý tưởng được chấp thuận có thể tạo thành sản phẩm.',
    },
    '/producers': {
      title: 'Chủ thể OCOP',
      purpose: 'Danh sách chủ thể (hợp tác xã, doanh nghiệp, hộ kinh doanh…) trong phạm vi của bạn.',
      next: 'Đăng ký chủ thể, rồi đăng ký sản phẩm của chủ thể.',
    },
    '/products': {
      title: 'Sản phẩm',
      purpose: 'Danh sách sản phẩm, hạng sao và giấy chứng nhận hiện có.',
      next: 'Đăng ký sản phẩm; sản phẩm đã có thể tự đánh giá và lập hồ sơ.',
    },
    '/self-assessment': {
      title: 'Tự đánh giá',
      purpose: 'Chấm thử sản phẩm theo Bộ tiêu chí để biết điểm và hạng sao dự kiến.',
      next: 'Chọn bộ sản phẩm, trả lời từng tiêu chí; kết quả hiện ngay. Khi đủ điều kiện, lập hồ sơ tại "Hồ sơ của tôi".',
      law: 'Hạng sao theo tổng điểm (khoản 3 Điều 3).',
    },
    '/criteria': {
      title: 'Bộ tiêu chí',
      purpose: 'Bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP theo từng bộ sản phẩm.',
      next: 'Tra cứu tiêu chí và thang điểm trước khi tự đánh giá.',
    },
    '/users': {
      title: 'Người dùng',
      purpose: 'Tài khoản, vai trò và phạm vi đơn vị hành chính.',
      next: 'Duyệt tài khoản chủ thể tự đăng ký; tạo tài khoản cán bộ.',
    },
    '/import': {
      title: 'Nhập dữ liệu',
      purpose: 'Nhập danh sách chủ thể, sản phẩm, giấy chứng nhận sẵn có của tỉnh từ Excel.',
      next: 'Tải mẫu, ghép cột, chạy thử, xem các dòng bị loại rồi ghi vào sổ.',
    },
  },
  fallback: {
    title: 'OCOP Hub',
    purpose: 'Phần mềm quản lý Chương trình OCOP theo Quyết định 26/2026/QĐ-TTg.',
    next: 'Chọn một mục trong thanh điều hướng để bắt đầu.',
  },
};
