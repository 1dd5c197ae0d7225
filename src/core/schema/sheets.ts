/** Names of the ward workbook's tabs that are not club tabs. */
export const SHEETS = {
  guide: 'Hướng dẫn',
  settings: 'Cấu hình',
  targets: 'Chỉ tiêu',
  groups: 'Tổ dân phố',
  clubs: 'Danh mục CLB',
  activities: 'Hoạt động phường',
  narratives: 'Nội dung báo cáo',
  summary: 'Tổng hợp',
  byClub: 'Theo CLB',
  check: 'Kiểm tra',
  charts: 'Biểu đồ',
  longevity: 'Mừng thọ',
  pension: 'Hưu trí xã hội',
  log: 'Nhật ký',
  register: 'Sổ báo cáo',
  locks: 'Số liệu đã chốt',
} as const;

/** Tabs only the add-on writes; everything else belongs to users. */
export const OUTPUT_SHEETS: string[] = [
  SHEETS.summary,
  SHEETS.byClub,
  SHEETS.check,
  SHEETS.charts,
  SHEETS.longevity,
  SHEETS.pension,
  SHEETS.log,
  SHEETS.register,
  SHEETS.locks,
];
export const WARD_SHEETS: string[] = Object.values(SHEETS);
