/** Ward settings (the Cấu hình tab): one row per setting, declared once with its default. */
export interface SettingDecl {
  key: string;
  label: string;
  labelEn: string;
  type: 'text' | 'integer' | 'money' | 'percent' | 'email';
  /** '' for a number: blank means "not set" (e.g. populationBase falls back to the groups' sum). */
  default: string | number;
  /** Bounds of a number as typed (a percent in 0–100); a value outside is refused, naming its cell, and the default used. */
  min?: number;
  max?: number;
}

export const SETTINGS = [
  { key: 'ward', label: 'Tên phường / xã', labelEn: 'Ward / commune', type: 'text', default: 'Phường Mẫu' },
  { key: 'province', label: 'Tỉnh / thành phố', labelEn: 'Province', type: 'text', default: 'Tỉnh Mẫu' },
  { key: 'year', label: 'Năm báo cáo', labelEn: 'Reporting year', type: 'integer', default: 2026, min: 2000, max: 2100 },
  { key: 'issuer', label: 'Cơ quan ban hành báo cáo', labelEn: 'Issuing body', type: 'text', default: 'ỦY BAN NHÂN DÂN PHƯỜNG MẪU' },
  { key: 'issuerParent', label: 'Cơ quan cấp trên', labelEn: 'Parent body', type: 'text', default: '' },
  { key: 'place', label: 'Địa danh ghi ngày tháng', labelEn: 'Place in the date line', type: 'text', default: 'Mẫu' },
  { key: 'signerTitle', label: 'Chức danh người ký', labelEn: 'Signer title', type: 'text', default: 'PHÓ CHỦ TỊCH' },
  { key: 'signerName', label: 'Họ tên người ký', labelEn: 'Signer name', type: 'text', default: '' },
  { key: 'officerEmail', label: 'Email cán bộ phụ trách', labelEn: 'Officer e-mail', type: 'email', default: '' },
  { key: 'leaderEmail', label: 'Email lãnh đạo', labelEn: 'Leader e-mail', type: 'email', default: '' },
  {
    key: 'sheetProtection',
    label: 'Bảo vệ trang tính: Khóa (chỉ người có quyền được sửa) hoặc Cảnh báo (ai cũng sửa được sau khi xác nhận)',
    labelEn: 'Sheet protection: Khóa (only those allowed edit) or Cảnh báo (anyone edits after a warning)',
    type: 'text',
    default: 'Khóa',
  },
  {
    key: 'populationBase',
    label: 'Dân số làm mẫu số chỉ tiêu tuyên truyền (để trống: cộng dân số các tổ)',
    labelEn: 'Population base for communication reach (blank: sum of groups)',
    type: 'integer',
    default: '',
    min: 1,
  },
  {
    key: 'standardMinMembers',
    label: 'Chuẩn CLB: số thành viên tối thiểu',
    labelEn: 'Standard: minimum members',
    type: 'integer',
    default: 50,
    min: 0,
  },
  {
    key: 'standardMaxMembers',
    label: 'Chuẩn CLB: số thành viên tối đa',
    labelEn: 'Standard: maximum members',
    type: 'integer',
    default: 70,
    min: 0,
  },
  {
    key: 'standardMinWomenShare',
    label: 'Chuẩn CLB: tỷ lệ nữ tối thiểu (%)',
    labelEn: 'Standard: minimum share of women (%)',
    type: 'percent',
    default: 60,
    min: 0,
    max: 100,
  },
  {
    key: 'standardMaxWomenShare',
    label: 'Chuẩn CLB: tỷ lệ nữ tối đa (%)',
    labelEn: 'Standard: maximum share of women (%)',
    type: 'percent',
    default: 70,
    min: 0,
    max: 100,
  },
  {
    key: 'standardMinElderlyShare',
    label: 'Chuẩn CLB: tỷ lệ người cao tuổi tối thiểu (%)',
    labelEn: 'Standard: minimum share of older people (%)',
    type: 'percent',
    default: 60,
    min: 0,
    max: 100,
  },
  {
    key: 'standardMaxElderlyShare',
    label: 'Chuẩn CLB: tỷ lệ người cao tuổi tối đa (%)',
    labelEn: 'Standard: maximum share of older people (%)',
    type: 'percent',
    default: 70,
    min: 0,
    max: 100,
  },
  {
    key: 'fundThreshold',
    label: 'Mức quỹ tăng thu nhập cần đạt (đồng)',
    labelEn: 'Income-fund threshold (VND)',
    type: 'money',
    default: 25000000,
    min: 0,
  },
  { key: 'elderlyAge', label: 'Tuổi người cao tuổi', labelEn: 'Older-person age', type: 'integer', default: 60, min: 50, max: 100 },
  // Social pension (Law on Social Insurance 2024 Art. 21; Decree 176/2025/NĐ-CP Art. 2–3): the ages and the
  // monthly amount the law or a province may change, read by policy.ts and the pension list.
  {
    key: 'pensionAge',
    label: 'Hưu trí xã hội: tuổi được hưởng (không có lương hưu)',
    labelEn: 'Social pension: age of entitlement (no pension)',
    type: 'integer',
    default: 75,
    min: 60,
    max: 100,
  },
  {
    key: 'pensionPoorAge',
    label: 'Hưu trí xã hội: tuổi được hưởng nếu thuộc hộ nghèo, cận nghèo',
    labelEn: 'Social pension: age of entitlement in a poor or near-poor household',
    type: 'integer',
    default: 70,
    min: 60,
    max: 100,
  },
  {
    key: 'pensionAmount',
    label: 'Hưu trí xã hội: mức trợ cấp hằng tháng (đồng)',
    labelEn: 'Social pension: monthly amount (VND)',
    type: 'money',
    default: 500000,
    min: 0,
  },
] as const satisfies readonly SettingDecl[];

type Declared = (typeof SETTINGS)[number];
export type SettingKey = Declared['key'];

/** Text and e-mail settings read as text; numbers as numbers (a percent as a fraction); a number declared with no default may be unset. */
type SettingValue<S extends SettingDecl> = S['type'] extends 'text' | 'email'
  ? string
  : S['default'] extends ''
    ? number | undefined
    : number;

/** Settings as read, typed from their declarations. */
export type WardSettings = { [S in Declared as S['key']]: SettingValue<S> };

export function settingDecl(key: string): Declared | undefined {
  return SETTINGS.find((s) => s.key === key);
}

/** A setting's value when the sheet gives none. */
export function settingDefault(decl: SettingDecl): string | number | undefined {
  if (decl.default === '') return decl.type === 'text' || decl.type === 'email' ? '' : undefined;
  return decl.type === 'percent' ? Number(decl.default) / 100 : decl.default;
}

/** Every declared setting: the given values (each read by its declaration's type) over the defaults. */
export function wardSettings(given: Partial<Record<SettingKey, string | number | undefined>> = {}): WardSettings {
  const out: Record<string, string | number | undefined> = {};
  for (const decl of SETTINGS) out[decl.key] = decl.key in given ? given[decl.key] : settingDefault(decl);
  // One value per declared key, text for text settings and numbers for numeric ones: the WardSettings shape.
  return out as WardSettings;
}

export function defaultSettings(): WardSettings {
  return wardSettings();
}
