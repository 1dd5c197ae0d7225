/** Ward settings (the Cấu hình tab): one row per setting, declared once with its default. */
export interface SettingDecl {
  key: string;
  label: string;
  labelEn: string;
  type: 'text' | 'integer' | 'money' | 'percent' | 'email';
  default: string | number;
}

export const SETTINGS: SettingDecl[] = [
  { key: 'ward', label: 'Tên phường / xã', labelEn: 'Ward / commune', type: 'text', default: 'Phường Mẫu' },
  { key: 'province', label: 'Tỉnh / thành phố', labelEn: 'Province', type: 'text', default: 'Tỉnh Mẫu' },
  { key: 'year', label: 'Năm báo cáo', labelEn: 'Reporting year', type: 'integer', default: 2026 },
  { key: 'issuer', label: 'Cơ quan ban hành báo cáo', labelEn: 'Issuing body', type: 'text', default: 'ỦY BAN NHÂN DÂN PHƯỜNG MẪU' },
  { key: 'issuerParent', label: 'Cơ quan cấp trên', labelEn: 'Parent body', type: 'text', default: '' },
  { key: 'place', label: 'Địa danh ghi ngày tháng', labelEn: 'Place in the date line', type: 'text', default: 'Mẫu' },
  { key: 'signerTitle', label: 'Chức danh người ký', labelEn: 'Signer title', type: 'text', default: 'PHÓ CHỦ TỊCH' },
  { key: 'signerName', label: 'Họ tên người ký', labelEn: 'Signer name', type: 'text', default: '' },
  { key: 'officerEmail', label: 'Email cán bộ phụ trách', labelEn: 'Officer e-mail', type: 'email', default: '' },
  { key: 'leaderEmail', label: 'Email lãnh đạo', labelEn: 'Leader e-mail', type: 'email', default: '' },
  {
    key: 'populationBase',
    label: 'Dân số làm mẫu số chỉ tiêu tuyên truyền (để trống: cộng dân số các tổ)',
    labelEn: 'Population base for communication reach (blank: sum of groups)',
    type: 'integer',
    default: '',
  },
  {
    key: 'standardMinMembers',
    label: 'Chuẩn CLB: số thành viên tối thiểu',
    labelEn: 'Standard: minimum members',
    type: 'integer',
    default: 50,
  },
  {
    key: 'standardMaxMembers',
    label: 'Chuẩn CLB: số thành viên tối đa',
    labelEn: 'Standard: maximum members',
    type: 'integer',
    default: 70,
  },
  {
    key: 'standardMinWomenShare',
    label: 'Chuẩn CLB: tỷ lệ nữ tối thiểu (%)',
    labelEn: 'Standard: minimum share of women (%)',
    type: 'percent',
    default: 60,
  },
  {
    key: 'standardMaxWomenShare',
    label: 'Chuẩn CLB: tỷ lệ nữ tối đa (%)',
    labelEn: 'Standard: maximum share of women (%)',
    type: 'percent',
    default: 70,
  },
  {
    key: 'standardMinElderlyShare',
    label: 'Chuẩn CLB: tỷ lệ người cao tuổi tối thiểu (%)',
    labelEn: 'Standard: minimum share of older people (%)',
    type: 'percent',
    default: 60,
  },
  {
    key: 'standardMaxElderlyShare',
    label: 'Chuẩn CLB: tỷ lệ người cao tuổi tối đa (%)',
    labelEn: 'Standard: maximum share of older people (%)',
    type: 'percent',
    default: 70,
  },
  {
    key: 'fundThreshold',
    label: 'Mức quỹ tăng thu nhập cần đạt (đồng)',
    labelEn: 'Income-fund threshold (VND)',
    type: 'money',
    default: 25000000,
  },
  { key: 'elderlyAge', label: 'Tuổi người cao tuổi', labelEn: 'Older-person age', type: 'integer', default: 60 },
];

export type SettingKey = (typeof SETTINGS)[number]['key'];

/** Settings as read: numbers for numeric ones (percent as a fraction), text otherwise. */
export interface WardSettings {
  ward: string;
  province: string;
  year: number;
  issuer: string;
  issuerParent: string;
  place: string;
  signerTitle: string;
  signerName: string;
  officerEmail: string;
  leaderEmail: string;
  populationBase?: number;
  standardMinMembers: number;
  standardMaxMembers: number;
  standardMinWomenShare: number;
  standardMaxWomenShare: number;
  standardMinElderlyShare: number;
  standardMaxElderlyShare: number;
  fundThreshold: number;
  elderlyAge: number;
}

export function defaultSettings(): WardSettings {
  const out: Record<string, unknown> = {};
  for (const s of SETTINGS) {
    if (s.default === '') {
      if (s.type === 'text' || s.type === 'email') out[s.key] = '';
      continue;
    }
    out[s.key] = s.type === 'percent' ? Number(s.default) / 100 : s.default;
  }
  return out as unknown as WardSettings;
}
