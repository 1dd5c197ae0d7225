// Writes test/fixtures/messy/*.xlsx: small ward workbooks filled the ways officers really fill them
// (test/cli/messy.test.ts runs the CLI on each). They are laid out here by hand, cell by cell, as a
// person would type or paste them, not drawn from the declarations, so they stay what they are when
// the code changes. Run `node scripts/messy-fixtures.mjs` and commit the files when this script changes.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

const DIR = 'test/fixtures/messy';

const SETTINGS = [
  ['CẤU HÌNH SỔ PHƯỜNG'],
  ['Mã', 'Thông số', 'Giá trị'],
  ['ward', 'Tên phường / xã', 'Phường Hòa Bình'],
  ['province', 'Tỉnh / thành phố', 'Tỉnh Thử'],
  ['year', 'Năm báo cáo', 2026],
];
const GROUPS = [
  ['DANH SÁCH TỔ DÂN PHỐ / THÔN'],
  ['Mã tổ', 'Tên tổ dân phố / thôn', 'Dân số'],
  ['TDP01', 'Tổ 1', 800],
  ['TDP02', 'Tổ 2', 700],
];
const registry = (...clubs) => [
  ['DANH MỤC CÂU LẠC BỘ LIÊN THẾ HỆ TỰ GIÚP NHAU'],
  ['Mã CLB', 'Tên CLB', 'Tổ dân phố', 'Ngày thành lập', 'Số quyết định', 'Trạng thái', 'Email Ban chủ nhiệm'],
  ...clubs.map(([code, group]) => [code, `CLB ${code}`, group, '01/03/2025', '', 'Đang hoạt động']),
];

const MEMBER_HEADER = [
  'STT',
  'Họ và tên',
  'Năm sinh',
  'Giới tính',
  'Hộ nghèo/cận nghèo',
  'Khuyết tật',
  'Dân tộc thiểu số',
  'Cô đơn / hoàn cảnh khó khăn',
  'Có lương hưu',
  'Thẻ BHYT',
  'Tình nguyện viên chăm sóc tại nhà',
  'Nhu cầu vay vốn',
  'Được vay / hỗ trợ sinh kế',
  'Ngày tham gia',
  'Ngày rời',
  'Chức vụ',
  'Ghi chú',
];
const CONTENTS = [
  '1. Tăng thu nhập',
  '2. Chăm sóc sức khỏe',
  '3. Chăm sóc tại nhà',
  '4. Tự giúp nhau, hỗ trợ cộng đồng',
  '5. Quyền và lợi ích',
  '6. Truyền thông, học tập suốt đời',
  '7. Văn hóa, văn nghệ, thể thao',
  '8. Vận động nguồn lực',
];
const MEETING_HEADER = [
  'Tháng',
  'Ngày sinh hoạt',
  'Số người dự',
  ...CONTENTS,
  'Chuyển đổi số',
  'Chuyển đổi xanh',
  'Khởi nghiệp / việc làm',
];
const FUND_HEADER = ['Tháng', 'Quỹ tăng thu nhập (đồng)', 'Quỹ hoạt động (đồng)', 'Dư nợ cho vay (đồng)'];
const LOAN_HEADER = ['Người vay', 'Ngày vay', 'Số tiền vay (đồng)', 'Mục đích', 'Hạn trả', 'Ngày trả hết'];
const TRAINING_HEADER = ['Người được tập huấn', 'Loại tập huấn', 'Ngày tập huấn', 'Đơn vị tổ chức'];

/** A member row in the declared column order: name, birth, gender, then any other columns by header. */
const member = (no, name, birth, gender, more = {}) =>
  MEMBER_HEADER.map((h, i) => (i === 0 ? no : i === 1 ? name : i === 2 ? birth : i === 3 ? gender : (more[h] ?? '')));
const allEight = CONTENTS.map(() => 'Có');

/** A club tab as the add-on draws it: heading lines, then the five sections, each titled. */
function clubTab(code, parts = {}) {
  return [
    [`CÂU LẠC BỘ LIÊN THẾ HỆ TỰ GIÚP NHAU: CLB ${code}`],
    [`Mã CLB: ${code}`],
    [],
    ['I. SỔ THÀNH VIÊN'],
    parts.memberHeader ?? MEMBER_HEADER,
    ...(parts.members ?? []),
    [],
    ['II. SINH HOẠT ĐỊNH KỲ HẰNG THÁNG'],
    MEETING_HEADER,
    ...(parts.meetings ?? []),
    [],
    ['III. QUỸ CỦA CÂU LẠC BỘ'],
    FUND_HEADER,
    ...(parts.funds ?? []),
    [],
    ['IV. CHO VAY QUỸ TĂNG THU NHẬP'],
    LOAN_HEADER,
    ...(parts.loans ?? []),
    [],
    ['V. TẬP HUẤN BAN CHỦ NHIỆM'],
    TRAINING_HEADER,
    ...(parts.trainings ?? []),
  ];
}

const FOUR = [
  member(1, 'Nguyễn Thị An', 1950, 'Nữ', { 'Chức vụ': 'Chủ nhiệm' }),
  member(2, 'Trần Văn Bình', 1958, 'Nam'),
  member(3, 'Lê Thị Cúc', 1970, 'Nữ'),
  member(4, 'Phạm Thị Dung', 1945, 'Nữ'),
];

function workbook(tabs, touch = () => {}) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ishc-sheets';
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = new Date(Date.UTC(2026, 0, 1));
  for (const [name, rows] of Object.entries(tabs)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, i) => {
      row.forEach((value, c) => {
        if (value !== '' && value !== undefined) ws.getRow(i + 1).getCell(c + 1).value = value;
      });
    });
  }
  touch(wb);
  return wb;
}

const ward = (clubs, extra = {}) => ({
  'Cấu hình': SETTINGS,
  'Tổ dân phố': GROUPS,
  'Danh mục CLB': registry(...clubs.map((c) => [c, 'TDP01'])),
  ...extra,
});

/** Columns in another order than the template's, and columns the officer added. */
function columnsReordered() {
  const order = [16, 3, 2, 1, 0, 5, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];
  const pick = (row) => [...order.map((i) => row[i]), row === MEMBER_HEADER ? 'SĐT' : '0912 345 678'];
  return workbook(ward(['CLB01'], { CLB01: clubTab('CLB01', { memberHeader: pick(MEMBER_HEADER), members: FOUR.map(pick) }) }));
}

/** Money as people write it: "25.000.000", "25 triệu", "30tr", "1.500.000 đ". */
function vietnameseNumbers() {
  return workbook(
    ward(['CLB01'], {
      CLB01: clubTab('CLB01', {
        members: FOUR,
        funds: [
          ['05/2026', '30tr', '1.500.000 đ', '5 triệu'],
          ['06/2026', '25 triệu', '2.000.000', '0'],
          ['07/2026', '25.000.000', '1.200.000 đồng', ''],
        ],
        loans: [['Trần Văn Bình', '01/04/2026', '5 triệu', 'Chăn nuôi', '01/04/2027', '']],
      }),
    }),
  );
}

/** Dates typed as text in every usual form, a two-digit year among them. */
function datesAsText() {
  return workbook(
    ward(['CLB01'], {
      CLB01: clubTab('CLB01', {
        members: [...FOUR.slice(0, 3), member(4, 'Phạm Thị Dung', 1945, 'Nữ', { 'Ngày tham gia': '1/3/2026' })],
        meetings: [
          ['', '5/6/26', 20, ...allEight],
          ['', '05-07-2026', 18, ...allEight],
          ['', '5.8.2026', 19, ...allEight],
        ],
      }),
    }),
  );
}

/** Birth years with a thousands dot ("1.950") and "Nu", "nữ", "NỮ" for Nữ. */
function yearsAndGenders() {
  return workbook(
    ward(['CLB01'], {
      CLB01: clubTab('CLB01', {
        members: [
          member(1, 'Nguyễn Thị An', '1.950', 'Nu'),
          member(2, 'Trần Văn Bình', '1.958', 'Nam'),
          member(3, 'Lê Thị Cúc', 1970, 'nữ'),
          member(4, 'Phạm Thị Dung', 1945, 'NỮ'),
        ],
      }),
    }),
  );
}

/** Titles merged across the table, as officers format them. */
function mergedCells() {
  const tab = clubTab('CLB01', { members: FOUR });
  return workbook(ward(['CLB01'], { CLB01: tab }), (wb) => {
    const ws = wb.getWorksheet('CLB01');
    ws.mergeCells('A1:Q1');
    tab.forEach((row, i) => {
      if (row.length === 1 && /^(I|II|III|IV|V)\. /.test(String(row[0]))) ws.mergeCells(`A${i + 1}:Q${i + 1}`);
    });
    wb.getWorksheet('Danh mục CLB').mergeCells('A1:G1');
  });
}

/** A register pasted from another file: two extra heading rows above the header, the header repeated at a page break. */
function pastedTable() {
  const tab = clubTab('CLB01', {
    members: [FOUR[0], FOUR[1], MEMBER_HEADER, FOUR[2], FOUR[3]],
  });
  const header = tab.indexOf(MEMBER_HEADER);
  tab.splice(header, 0, ['DANH SÁCH THÀNH VIÊN CÂU LẠC BỘ (bản in tháng 6)'], ['', 'Thông tin cá nhân', '', '', 'Hoàn cảnh']);
  return workbook(ward(['CLB01'], { CLB01: tab }));
}

/** A club's tab renamed by hand: the registry still says CLB02. */
function clubTabRenamed() {
  return workbook(
    ward(['CLB01', 'CLB02'], { CLB01: clubTab('CLB01', { members: FOUR }), 'CLB 02 (Tổ 5)': clubTab('CLB02', { members: FOUR }) }),
  );
}

/** Last year's output tabs kept under other names. */
function outputTabRenamed() {
  return workbook(
    ward(['CLB01'], {
      CLB01: clubTab('CLB01', { members: FOUR }),
      'Tổng hợp 2025': [
        ['TỔNG HỢP CHỈ TIÊU'],
        ['Cập nhật ngày 20/12/2025'],
        ['STT', 'Mã chỉ tiêu', 'Chỉ tiêu', 'Đơn vị', 'Kết quả'],
        [1, 'members', 'Thành viên', 'người', 180],
      ],
      'Kiểm tra (cũ)': [
        ['Kiểm tra dữ liệu'],
        [''],
        ['STT', 'Mức độ', 'Trang tính', 'Ô', 'Vấn đề'],
        [1, 'Lỗi', 'CLB01', 'C7', 'Năm sinh không hợp lệ'],
      ],
    }),
  );
}

/** A meeting typed into the member register, a member typed into the funds section. */
function wrongSection() {
  return workbook(
    ward(['CLB01'], {
      CLB01: clubTab('CLB01', {
        members: [...FOUR, ['06/2026', '10/06/2026', 25, 'Có', 'Có']],
        funds: [['Hoàng Văn Em', 1962, 'Nam']],
      }),
    }),
  );
}

/** Error cells, formulas with and without a cached result. */
function errorsAndFormulas() {
  const tab = clubTab('CLB01', { members: FOUR });
  const first = tab.indexOf(FOUR[0]) + 1;
  return workbook(ward(['CLB01'], { CLB01: tab }), (wb) => {
    const ws = wb.getWorksheet('CLB01');
    for (let r = first; r < first + 4; r++) ws.getCell(`A${r}`).value = { formula: `ROW()-${first - 1}`, result: r - first + 1 };
    ws.getCell(`C${first + 1}`).value = { error: '#REF!' };
    ws.getCell(`Q${first}`).value = { formula: 'YEAR(TODAY())-C5' };
  });
}

/** A new workbook with no club yet. */
function noClubs() {
  return workbook({ 'Cấu hình': SETTINGS, 'Tổ dân phố': GROUPS, 'Danh mục CLB': registry() });
}

const FIXTURES = {
  '01-columns-reordered': columnsReordered,
  '02-vietnamese-numbers': vietnameseNumbers,
  '03-dates-as-text': datesAsText,
  '04-years-and-genders': yearsAndGenders,
  '05-merged-cells': mergedCells,
  '06-pasted-table': pastedTable,
  '07-club-tab-renamed': clubTabRenamed,
  '08-output-tab-renamed': outputTabRenamed,
  '09-wrong-section': wrongSection,
  '10-errors-and-formulas': errorsAndFormulas,
  '11-no-clubs': noClubs,
};

mkdirSync(DIR, { recursive: true });
for (const [name, make] of Object.entries(FIXTURES)) {
  const path = join(DIR, `${name}.xlsx`);
  await make().xlsx.writeFile(path);
  console.log(`wrote ${path}`);
}
