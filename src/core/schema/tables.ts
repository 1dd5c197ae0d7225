/**
 * Every ward table, declared once. The sheet builder, in-sheet validation, parser, messages,
 * .xlsx template and docs/ are all generated from these declarations.
 */

import type { Choice, Column, Table } from './types';

export const GENDERS = [
  { value: 'Nam', aliases: ['M', 'Male', 'Trai'] },
  { value: 'Nữ', aliases: ['F', 'Female', 'Nư', 'Nũ', 'Nứ', 'Gái'] },
] as const satisfies readonly Choice[];
export const HOUSEHOLD_STATUSES = [
  { value: 'Nghèo', aliases: ['Hộ nghèo', 'HN'] },
  { value: 'Cận nghèo', aliases: ['Hộ cận nghèo', 'CN', 'Can ngheo'] },
  { value: 'Không', aliases: ['K', 'Ko', '-'] },
] as const satisfies readonly Choice[];
/** Club board roles (Ban chủ nhiệm); any other role is an ordinary member. */
export const BOARD_ROLES = ['Chủ nhiệm', 'Phó chủ nhiệm', 'Thư ký', 'Thủ quỹ', 'Kế toán'] as const;
export const ROLES = [
  ...BOARD_ROLES.map((value) => ({ value })),
  { value: 'Tổ trưởng' },
  { value: 'Thành viên', aliases: ['Hội viên', 'TV'] },
] as const satisfies readonly Choice[];
export const CLUB_STATUSES = [
  { value: 'Đang hoạt động', aliases: ['Hoạt động', 'HĐ', 'Active'] },
  { value: 'Tạm dừng', aliases: ['Tạm ngừng'] },
  { value: 'Giải thể', aliases: ['Đã giải thể'] },
] as const satisfies readonly Choice[];
export const ACTIVE_STATUS = CLUB_STATUSES[0].value;
export const PAUSED_STATUS = CLUB_STATUSES[1].value;
export const DISSOLVED_STATUS = CLUB_STATUSES[2].value;
export const TRAINING_KINDS = [
  { value: 'Ban đầu', aliases: ['Tập huấn ban đầu', 'Lần đầu'] },
  { value: 'Nhắc lại', aliases: ['Tập huấn nhắc lại', 'Bồi dưỡng lại'] },
] as const satisfies readonly Choice[];

/** The 8 activity contents of a club, in the plans' order. */
export const CONTENTS = [
  { key: 'c1', header: '1. Tăng thu nhập', headerEn: '1. Income generation' },
  { key: 'c2', header: '2. Chăm sóc sức khỏe', headerEn: '2. Health care' },
  { key: 'c3', header: '3. Chăm sóc tại nhà', headerEn: '3. Volunteer home care' },
  { key: 'c4', header: '4. Tự giúp nhau, hỗ trợ cộng đồng', headerEn: '4. Self-help, community support' },
  { key: 'c5', header: '5. Quyền và lợi ích', headerEn: '5. Rights and entitlements' },
  { key: 'c6', header: '6. Truyền thông, học tập suốt đời', headerEn: '6. Awareness, lifelong learning' },
  { key: 'c7', header: '7. Văn hóa, văn nghệ, thể thao', headerEn: '7. Culture, arts, sports' },
  { key: 'c8', header: '8. Vận động nguồn lực', headerEn: '8. Resource mobilisation' },
] as const;
/** The three integrated themes tracked per meeting. */
export const THEMES = [
  { key: 'digital', header: 'Chuyển đổi số', headerEn: 'Digital transformation' },
  { key: 'green', header: 'Chuyển đổi xanh', headerEn: 'Green transition' },
  { key: 'startup', header: 'Khởi nghiệp / việc làm', headerEn: 'Start-up / jobs' },
] as const;

/** A Có/Không column; generic in its key so the record types know it. */
const yesNo = <K extends string>(key: K, header: string, headerEn: string, help: string, aliases?: readonly string[]) =>
  ({ key, header, headerEn, type: 'yesNo', help, aliases, width: 90 }) as const satisfies Column;

export const GROUPS = {
  id: 'groups',
  scope: 'ward',
  sheet: 'Tổ dân phố',
  title: 'DANH SÁCH TỔ DÂN PHỐ / THÔN',
  titleEn: 'RESIDENTIAL GROUPS',
  blankRows: 30,
  columns: [
    {
      key: 'code',
      header: 'Mã tổ',
      headerEn: 'Group code',
      type: 'text',
      required: true,
      anchor: true,
      help: 'Mã ngắn, không trùng, ví dụ TDP01',
      width: 80,
    },
    {
      key: 'name',
      header: 'Tên tổ dân phố / thôn',
      headerEn: 'Group name',
      type: 'text',
      required: true,
      anchor: true,
      aliases: ['Tên tổ dân phố', 'Tổ dân phố', 'Thôn'],
      help: 'Tên tổ dân phố, thôn hoặc xóm',
      width: 200,
    },
    {
      key: 'population',
      header: 'Dân số',
      headerEn: 'Population',
      type: 'integer',
      min: 0,
      help: 'Số dân của tổ (dùng làm mẫu số chỉ tiêu tuyên truyền)',
      width: 90,
    },
  ],
} as const satisfies Table;

export const CLUBS = {
  id: 'clubs',
  scope: 'ward',
  sheet: 'Danh mục CLB',
  title: 'DANH MỤC CÂU LẠC BỘ LIÊN THẾ HỆ TỰ GIÚP NHAU',
  titleEn: 'CLUB REGISTRY',
  blankRows: 30,
  columns: [
    {
      key: 'code',
      header: 'Mã CLB',
      headerEn: 'Club code',
      type: 'text',
      required: true,
      anchor: true,
      help: 'Mã CLB, cũng là tên trang tính của CLB',
      width: 80,
    },
    {
      key: 'name',
      header: 'Tên CLB',
      headerEn: 'Club name',
      type: 'text',
      required: true,
      anchor: true,
      aliases: ['Tên câu lạc bộ'],
      help: 'Tên đầy đủ của câu lạc bộ',
      width: 240,
    },
    {
      key: 'group',
      header: 'Tổ dân phố',
      headerEn: 'Residential group',
      type: 'text',
      required: true,
      aliases: ['Thôn', 'Tổ dân phố / thôn'],
      help: 'Mã hoặc tên tổ dân phố trong trang "Tổ dân phố"',
      width: 150,
    },
    {
      key: 'established',
      header: 'Ngày thành lập',
      headerEn: 'Established on',
      type: 'date',
      help: 'Ngày quyết định thành lập, dạng dd/mm/yyyy',
      width: 110,
    },
    { key: 'decision', header: 'Số quyết định', headerEn: 'Decision number', type: 'text', help: 'Ví dụ 12/QĐ-UBND', width: 120 },
    {
      key: 'status',
      header: 'Trạng thái',
      headerEn: 'Status',
      type: 'choice',
      choices: CLUB_STATUSES,
      help: 'Đang hoạt động, Tạm dừng hoặc Giải thể',
      width: 120,
    },
    {
      key: 'boardEmails',
      header: 'Email Ban chủ nhiệm',
      headerEn: 'Board e-mails',
      type: 'email',
      help: 'Các email cách nhau bằng dấu phẩy',
      width: 220,
    },
  ],
} as const satisfies Table;

export const ACTIVITIES = {
  id: 'activities',
  scope: 'ward',
  sheet: 'Hoạt động phường',
  title: 'HOẠT ĐỘNG TRUYỀN THÔNG CỦA PHƯỜNG',
  titleEn: 'WARD COMMUNICATION ACTIVITIES',
  blankRows: 30,
  columns: [
    {
      key: 'date',
      header: 'Ngày',
      headerEn: 'Date',
      type: 'date',
      required: true,
      anchor: true,
      help: 'Ngày tổ chức, dạng dd/mm/yyyy',
      width: 100,
    },
    {
      key: 'title',
      header: 'Nội dung',
      headerEn: 'Content',
      type: 'text',
      required: true,
      anchor: true,
      help: 'Nội dung tuyên truyền',
      width: 260,
    },
    { key: 'form', header: 'Hình thức', headerEn: 'Form', type: 'text', help: 'Hội nghị, loa truyền thanh, mạng xã hội…', width: 140 },
    {
      key: 'reached',
      header: 'Số người được tuyên truyền',
      headerEn: 'People reached',
      type: 'integer',
      required: true,
      anchor: true,
      min: 0,
      help: 'Số người được tiếp cận (số nguyên ≥ 0)',
      width: 120,
    },
    { key: 'club', header: 'Mã CLB', headerEn: 'Club code', type: 'text', help: 'Để trống nếu là hoạt động chung của phường', width: 80 },
  ],
} as const satisfies Table;

export const TARGETS = {
  id: 'targets',
  scope: 'ward',
  sheet: 'Chỉ tiêu',
  title: 'CHỈ TIÊU KẾ HOẠCH',
  titleEn: 'PLAN TARGETS',
  blankRows: 0,
  columns: [
    {
      key: 'id',
      header: 'Mã chỉ tiêu',
      headerEn: 'Indicator id',
      type: 'text',
      required: true,
      anchor: true,
      help: 'Không sửa cột này',
      width: 170,
    },
    { key: 'name', header: 'Chỉ tiêu', headerEn: 'Indicator', type: 'text', help: 'Tên chỉ tiêu', width: 360 },
    { key: 'unit', header: 'Đơn vị', headerEn: 'Unit', type: 'text', help: 'Đơn vị tính', width: 70 },
    {
      key: 'p1',
      header: 'Giai đoạn 1 (2025–2030)',
      headerEn: 'Phase 1 (2025–2030)',
      type: 'target',
      anchor: true,
      aliases: ['GĐ1', 'Giai đoạn 1'],
      help: 'Ví dụ: ≥ 300; 40–50%; 100%. Để trống nếu không giao.',
      width: 150,
    },
    {
      key: 'p2',
      header: 'Giai đoạn 2 (2031–2035)',
      headerEn: 'Phase 2 (2031–2035)',
      type: 'target',
      anchor: true,
      aliases: ['GĐ2', 'Giai đoạn 2'],
      help: 'Ví dụ: ≥ 400; 50–60%; 100%. Để trống nếu không giao.',
      width: 150,
    },
  ],
} as const satisfies Table;

export const SETTINGS_TABLE = {
  id: 'settings',
  scope: 'ward',
  sheet: 'Cấu hình',
  title: 'CẤU HÌNH SỔ PHƯỜNG',
  titleEn: 'WARD SETTINGS',
  blankRows: 0,
  columns: [
    { key: 'key', header: 'Mã', headerEn: 'Key', type: 'text', required: true, anchor: true, help: 'Không sửa cột này', width: 170 },
    { key: 'label', header: 'Thông số', headerEn: 'Setting', type: 'text', anchor: true, help: 'Tên thông số', width: 320 },
    { key: 'value', header: 'Giá trị', headerEn: 'Value', type: 'text', anchor: true, help: 'Giá trị của thông số', width: 260 },
  ],
} as const satisfies Table;

export const MEMBERS = {
  id: 'members',
  scope: 'club',
  title: 'I. SỔ THÀNH VIÊN',
  titleEn: 'I. MEMBER REGISTER',
  blankRows: 75,
  columns: [
    { key: 'no', header: 'STT', headerEn: 'No.', type: 'integer', help: 'Số thứ tự', width: 45 },
    {
      key: 'name',
      header: 'Họ và tên',
      headerEn: 'Full name',
      type: 'text',
      required: true,
      anchor: true,
      aliases: ['Họ tên'],
      help: 'Họ và tên đầy đủ',
      width: 190,
    },
    {
      key: 'birth',
      header: 'Năm sinh',
      headerEn: 'Birth year',
      type: 'yearOrDate',
      required: true,
      anchor: true,
      aliases: ['Ngày sinh', 'Ngày/năm sinh'],
      help: 'Năm sinh (1950) hoặc ngày sinh (05/06/1950)',
      width: 95,
    },
    {
      key: 'gender',
      header: 'Giới tính',
      headerEn: 'Gender',
      type: 'choice',
      required: true,
      anchor: true,
      choices: GENDERS,
      help: 'Nam hoặc Nữ',
      width: 70,
    },
    {
      key: 'household',
      header: 'Hộ nghèo/cận nghèo',
      headerEn: 'Poor / near-poor household',
      type: 'choice',
      choices: HOUSEHOLD_STATUSES,
      aliases: ['Hộ nghèo / cận nghèo'],
      help: 'Nghèo, Cận nghèo hoặc Không',
      width: 100,
    },
    yesNo('disabled', 'Khuyết tật', 'Disability', 'Có hoặc Không'),
    yesNo('minority', 'Dân tộc thiểu số', 'Ethnic minority', 'Có hoặc Không'),
    yesNo('hardship', 'Cô đơn / hoàn cảnh khó khăn', 'Lonely / hardship', 'Có hoặc Không', ['Hoàn cảnh khó khăn']),
    yesNo('pension', 'Có lương hưu', 'Has a pension', 'Có nếu đang hưởng lương hưu hoặc trợ cấp BHXH hằng tháng'),
    {
      key: 'pensionAmount',
      header: 'Mức lương hưu/trợ cấp (đồng/tháng)',
      headerEn: 'Pension / allowance (VND a month)',
      type: 'money',
      min: 0,
      help: 'Số tiền lương hưu hoặc trợ cấp BHXH hằng tháng; để trống nếu không biết',
      width: 110,
    },
    yesNo('healthCard', 'Thẻ BHYT', 'Health-insurance card', 'Có hoặc Không'),
    yesNo('volunteer', 'Tình nguyện viên chăm sóc tại nhà', 'Home-care volunteer', 'Có hoặc Không', ['Tình nguyện viên']),
    yesNo('loanNeed', 'Nhu cầu vay vốn', 'Needs a loan', 'Có nếu thành viên cần vay vốn / hỗ trợ sinh kế'),
    yesNo('loanServed', 'Được vay / hỗ trợ sinh kế', 'Got a loan / livelihood support', 'Có nếu đã được vay hoặc hỗ trợ sinh kế', [
      'Được vay',
    ]),
    {
      key: 'joined',
      header: 'Ngày tham gia',
      headerEn: 'Joined on',
      type: 'date',
      help: 'dd/mm/yyyy; để trống nếu tham gia từ khi thành lập',
      width: 105,
    },
    { key: 'left', header: 'Ngày rời', headerEn: 'Left on', type: 'date', help: 'dd/mm/yyyy; để trống nếu vẫn sinh hoạt', width: 105 },
    {
      key: 'role',
      header: 'Chức vụ',
      headerEn: 'Role',
      type: 'choice',
      choices: ROLES,
      help: 'Chủ nhiệm, Phó chủ nhiệm, Thư ký, Thủ quỹ, Kế toán, Tổ trưởng hoặc Thành viên',
      width: 120,
    },
    { key: 'note', header: 'Ghi chú', headerEn: 'Notes', type: 'text', help: 'Ghi chú', width: 160 },
  ],
} as const satisfies Table;

export const MEETINGS = {
  id: 'meetings',
  scope: 'club',
  title: 'II. SINH HOẠT ĐỊNH KỲ HẰNG THÁNG',
  titleEn: 'II. MONTHLY MEETINGS',
  blankRows: 14,
  columns: [
    { key: 'month', header: 'Tháng', headerEn: 'Month', type: 'month', anchor: true, help: 'Tháng/năm, ví dụ 06/2026', width: 80 },
    {
      key: 'date',
      header: 'Ngày sinh hoạt',
      headerEn: 'Meeting date',
      type: 'date',
      required: true,
      anchor: true,
      help: 'dd/mm/yyyy',
      width: 105,
    },
    {
      key: 'attendance',
      header: 'Số người dự',
      headerEn: 'Attendance',
      type: 'integer',
      required: true,
      anchor: true,
      min: 0,
      help: 'Số thành viên dự (không vượt quá số thành viên)',
      width: 80,
    },
    ...CONTENTS.map((c) => yesNo(c.key, c.header, c.headerEn, `Có nếu buổi sinh hoạt có nội dung "${c.header.slice(3)}"`)),
    ...THEMES.map((t) => yesNo(t.key, t.header, t.headerEn, `Có nếu buổi sinh hoạt lồng ghép "${t.header}"`)),
  ],
} as const satisfies Table;

export const FUNDS = {
  id: 'funds',
  scope: 'club',
  title: 'III. QUỸ CỦA CÂU LẠC BỘ',
  titleEn: 'III. CLUB FUNDS',
  blankRows: 14,
  columns: [
    {
      key: 'month',
      header: 'Tháng',
      headerEn: 'Month',
      type: 'month',
      required: true,
      anchor: true,
      help: 'Tháng/năm, ví dụ 06/2026',
      width: 80,
    },
    {
      key: 'incomeFund',
      header: 'Quỹ tăng thu nhập (đồng)',
      headerEn: 'Income-generation fund (VND)',
      type: 'money',
      required: true,
      anchor: true,
      min: 0,
      aliases: ['Quỹ tăng thu nhập'],
      help: 'Số dư cuối tháng, ví dụ 25.000.000 hoặc 25 triệu',
      width: 140,
    },
    {
      key: 'activityFund',
      header: 'Quỹ hoạt động (đồng)',
      headerEn: 'Activity fund (VND)',
      type: 'money',
      required: true,
      anchor: true,
      min: 0,
      aliases: ['Quỹ hoạt động'],
      help: 'Số dư cuối tháng',
      width: 130,
    },
    {
      key: 'loansOutstanding',
      header: 'Dư nợ cho vay (đồng)',
      headerEn: 'Loans outstanding (VND)',
      type: 'money',
      min: 0,
      aliases: ['Dư nợ'],
      help: 'Tổng dư nợ thành viên đang vay',
      width: 130,
    },
  ],
} as const satisfies Table;

export const LOANS = {
  id: 'loans',
  scope: 'club',
  title: 'IV. CHO VAY QUỸ TĂNG THU NHẬP',
  titleEn: 'IV. LOANS',
  blankRows: 20,
  columns: [
    {
      key: 'name',
      header: 'Người vay',
      headerEn: 'Borrower',
      type: 'text',
      required: true,
      anchor: true,
      aliases: ['Họ và tên người vay'],
      help: 'Họ và tên đúng như trong sổ thành viên',
      width: 190,
    },
    {
      key: 'date',
      header: 'Ngày vay',
      headerEn: 'Borrowed on',
      type: 'date',
      required: true,
      anchor: true,
      help: 'dd/mm/yyyy',
      width: 105,
    },
    {
      key: 'amount',
      header: 'Số tiền vay (đồng)',
      headerEn: 'Amount (VND)',
      type: 'money',
      required: true,
      anchor: true,
      min: 0,
      aliases: ['Số tiền vay', 'Số tiền'],
      help: 'Ví dụ 5.000.000 hoặc 5 triệu',
      width: 130,
    },
    { key: 'purpose', header: 'Mục đích', headerEn: 'Purpose', type: 'text', help: 'Chăn nuôi, buôn bán nhỏ…', width: 160 },
    { key: 'due', header: 'Hạn trả', headerEn: 'Due on', type: 'date', help: 'dd/mm/yyyy', width: 105 },
    {
      key: 'repaid',
      header: 'Ngày trả hết',
      headerEn: 'Repaid on',
      type: 'date',
      aliases: ['Ngày trả'],
      help: 'dd/mm/yyyy; để trống nếu chưa trả',
      width: 105,
    },
  ],
} as const satisfies Table;

export const TRAININGS = {
  id: 'trainings',
  scope: 'club',
  title: 'V. TẬP HUẤN BAN CHỦ NHIỆM',
  titleEn: 'V. BOARD TRAININGS',
  blankRows: 10,
  columns: [
    {
      key: 'name',
      header: 'Người được tập huấn',
      headerEn: 'Trainee',
      type: 'text',
      required: true,
      anchor: true,
      aliases: ['Họ và tên người được tập huấn'],
      help: 'Họ và tên đúng như trong sổ thành viên',
      width: 190,
    },
    {
      key: 'kind',
      header: 'Loại tập huấn',
      headerEn: 'Training kind',
      type: 'choice',
      required: true,
      anchor: true,
      choices: TRAINING_KINDS,
      help: 'Ban đầu hoặc Nhắc lại',
      width: 110,
    },
    {
      key: 'date',
      header: 'Ngày tập huấn',
      headerEn: 'Trained on',
      type: 'date',
      required: true,
      anchor: true,
      help: 'dd/mm/yyyy',
      width: 105,
    },
    { key: 'organiser', header: 'Đơn vị tổ chức', headerEn: 'Organiser', type: 'text', help: 'Ví dụ Hội NCT tỉnh', width: 160 },
  ],
} as const satisfies Table;

/** The parts of a report the officer writes, once per period (the rest the report computes). */
export const NARRATIVE_SECTIONS = [
  { value: 'Ưu điểm', aliases: ['Kết quả nổi bật'] },
  { value: 'Hạn chế', aliases: ['Tồn tại', 'Tồn tại, hạn chế'] },
  { value: 'Nguyên nhân' },
  { value: 'Phương hướng, nhiệm vụ', aliases: ['Phương hướng', 'Nhiệm vụ'] },
  { value: 'Đề xuất, kiến nghị', aliases: ['Đề xuất', 'Kiến nghị'] },
] as const satisfies readonly Choice[];

export const NARRATIVES = {
  id: 'narratives',
  scope: 'ward',
  sheet: 'Nội dung báo cáo',
  title: 'NỘI DUNG ĐÁNH GIÁ CỦA BÁO CÁO (cán bộ phường ghi, mỗi kỳ một lần)',
  titleEn: 'REPORT NARRATIVE (written by the ward officer, once per period)',
  blankRows: 40,
  columns: [
    {
      key: 'period',
      header: 'Kỳ báo cáo',
      headerEn: 'Period',
      type: 'text',
      required: true,
      anchor: true,
      help: 'Mã kỳ: 2026-H1 (6 tháng đầu năm), 2026 (cả năm), 2025-2026 (sơ kết 2 năm), P1 (tổng kết giai đoạn)',
      width: 110,
    },
    {
      key: 'section',
      header: 'Phần',
      headerEn: 'Section',
      type: 'choice',
      required: true,
      anchor: true,
      choices: NARRATIVE_SECTIONS,
      help: 'Ưu điểm, Hạn chế, Nguyên nhân, Phương hướng, nhiệm vụ hoặc Đề xuất, kiến nghị',
      width: 170,
    },
    {
      key: 'text',
      header: 'Nội dung',
      headerEn: 'Text',
      type: 'text',
      required: true,
      anchor: true,
      help: 'Một đoạn văn; nhiều đoạn thì ghi nhiều dòng cùng kỳ và phần',
      width: 640,
    },
  ],
} as const satisfies Table;

export const WARD_TABLES: readonly Table[] = [SETTINGS_TABLE, TARGETS, GROUPS, CLUBS, ACTIVITIES, NARRATIVES];
export const CLUB_TABLES: readonly Table[] = [MEMBERS, MEETINGS, FUNDS, LOANS, TRAININGS];
export const ALL_TABLES: readonly Table[] = [...WARD_TABLES, ...CLUB_TABLES];
