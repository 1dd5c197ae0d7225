/** The Hướng dẫn tab's text, in the user's language. */
import type { Lang } from './messages';

const GUIDE: Record<Lang, string[]> = {
  vi: [
    'HƯỚNG DẪN SỬ DỤNG SỔ THEO DÕI CÂU LẠC BỘ LIÊN THẾ HỆ TỰ GIÚP NHAU',
    '1. Cán bộ phường: điền trang "Cấu hình" (tên phường, năm, người ký…), "Tổ dân phố" và "Chỉ tiêu" (có thể sửa theo kế hoạch của phường).',
    '2. Thêm từng câu lạc bộ bằng menu Tiện ích mở rộng → CLB LTHTGN → Thêm câu lạc bộ. Mỗi CLB có một trang tính riêng mang mã CLB.',
    '3. Ban chủ nhiệm CLB nhập vào trang của CLB mình: sổ thành viên, sinh hoạt hằng tháng, quỹ, cho vay, tập huấn. Có thể chèn thêm dòng; không đổi tên các cột.',
    '4. Ngày ghi dạng dd/mm/yyyy (ví dụ 05/06/2026); số tiền ghi 1.000.000 hoặc 25 triệu; Có/Không chọn trong danh sách.',
    '5. "Kiểm tra dữ liệu" liệt kê mọi lỗi ở trang "Kiểm tra", mỗi lỗi có đường dẫn tới ô cần sửa.',
    '6. "Tổng hợp chỉ tiêu" ghi trang "Tổng hợp" (chỉ tiêu của phường so với kế hoạch) và "Theo CLB" (từng CLB, đạt chuẩn hay chưa).',
    '7. "Tạo báo cáo 6 tháng" tạo báo cáo Google Docs trong thư mục Drive "Báo cáo CLB LTHTGN". Số liệu báo cáo tự tính từ sổ; phần đánh giá (ưu điểm, hạn chế, nguyên nhân, phương hướng, đề xuất) lấy từ trang "Nội dung báo cáo": mỗi dòng ghi mã kỳ (ví dụ 2026-H1), phần và một đoạn văn.',
    '8. "Danh sách chính sách (riêng cán bộ)" lập danh sách mừng thọ và hưu trí xã hội (có tên người) thành một Google Doc mà chỉ người bấm mở được.',
    'Các trang Tổng hợp, Theo CLB, Kiểm tra, Nhật ký do tiện ích ghi; không nhập tay vào các trang này. Các trang đó không ghi tên người.',
    'Phân quyền: cán bộ phụ trách (email ở trang "Cấu hình") sửa được mọi trang và chạy mọi chức năng; Ban chủ nhiệm (email ở "Danh mục CLB") chỉ sửa trang CLB của mình; người khác chỉ xem. Đổi email xong, chọn "Cập nhật phân quyền".',
    'Ai mở được bảng tính này đều đọc được mọi trang, kể cả sổ thành viên: chỉ chia sẻ với cán bộ phụ trách và Ban chủ nhiệm CLB cần nhập liệu.',
  ],
  en: [
    'HOW TO USE THE INTERGENERATIONAL SELF-HELP CLUB WARD WORKBOOK',
    '1. Ward officer: fill in "Cấu hình" (ward, year, signer…), "Tổ dân phố" and "Chỉ tiêu" (targets may follow the ward plan).',
    '2. Add each club from Extensions → CLB LTHTGN → Add club. Each club gets its own tab named by its code.',
    '3. Club boards enter their members, monthly meetings, funds, loans and trainings in their tab. Rows may be inserted; keep the column names.',
    '4. Dates as dd/mm/yyyy (e.g. 05/06/2026); money as 1.000.000 or 25 triệu; pick Có/Không from the list.',
    '5. "Check data" lists every problem in the "Kiểm tra" tab with a link to its cell.',
    '6. "Roll up indicators" writes "Tổng hợp" (ward indicators against targets) and "Theo CLB" (each club and its standard check).',
    '7. "Create 6-month report" makes a Google Doc in the Drive folder "Báo cáo CLB LTHTGN". Its figures come from the workbook; its assessment (strengths, weaknesses, causes, next steps, proposals) from the "Nội dung báo cáo" tab: each row a period id (e.g. 2026-H1), a section and a paragraph.',
    '8. "Policy lists (officers only)" makes the longevity and social pension lists (with names) as a Google Doc only the user who runs it can open.',
    'The Tổng hợp, Theo CLB, Kiểm tra and Nhật ký tabs are written by the add-on; do not type into them. They name no one.',
    'Roles: the officers (e-mails in "Cấu hình") edit every tab and run every action; each club board (e-mails in "Danh mục CLB") edits only its club tab; everyone else reads. After changing e-mails, choose "Update permissions".',
    'Whoever can open this spreadsheet can read every tab, member registers included: share it only with the officers and club boards who enter data.',
  ],
};

export function guideLines(lang: Lang = 'vi'): string[] {
  return GUIDE[lang];
}
