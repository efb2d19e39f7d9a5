// The 404 page, public and staff alike: a real 404 status with a way back, not the staff log-in.
import { h, page } from './html.ts';

export const notFoundPage = (path: string): string =>
  page(
    'Không tìm thấy trang — Page not found',
    h`<div class="status s-unknown">404<span class="en">Không tìm thấy trang · Page not found</span></div>
<p>Không có trang <code>${path}</code>.<span class="en">There is no page <code>${path}</code>.</span></p>
<p><a href="/tra-cuu">Tra cứu sản phẩm OCOP</a><span class="en">Search the OCOP register</span></p>
<p><a href="/">Trang cán bộ (đăng nhập)</a><span class="en">Staff app (log in)</span></p>`,
  );
