/**
 * The one message catalogue: every text a user sees, Vietnamese first, English available.
 * Parameters are written {name}.
 */
export type Lang = 'vi' | 'en';

const MESSAGES = {
  // Reading cells
  'value.date.invalid': { vi: '"{value}" không phải ngày hợp lệ. Nhập dạng dd/mm/yyyy, ví dụ 05/06/2026.', en: '"{value}" is not a valid date. Type it as dd/mm/yyyy, e.g. 05/06/2026.' },
  'value.date.twoDigitYear': { vi: 'Năm hai chữ số "{value}" được hiểu là năm {year}. Nên ghi đủ bốn chữ số.', en: 'The two-digit year in "{value}" was read as {year}. Write all four digits.' },
  'value.number.invalid': { vi: '"{value}" không phải số. Viết ví dụ 1.000.000 hoặc 25 triệu.', en: '"{value}" is not a number. Write e.g. 1.000.000 or 25 triệu.' },
  'value.integer.invalid': { vi: '"{value}" phải là số nguyên.', en: '"{value}" must be a whole number.' },
  'value.year.invalid': { vi: '"{value}" không phải năm sinh hoặc ngày sinh. Ghi năm (1950) hoặc ngày (05/06/1950).', en: '"{value}" is not a birth year or date. Write a year (1950) or a date (05/06/1950).' },
  'value.year.separator': { vi: 'Năm sinh "{value}" được hiểu là {year}. Ghi năm không có dấu chấm: {year}.', en: 'Birth year "{value}" was read as {year}. Write it without a separator: {year}.' },
  'value.choice.misspelt': { vi: '"{value}" được hiểu là "{suggestion}". Sửa thành "{suggestion}".', en: '"{value}" was read as "{suggestion}". Change it to "{suggestion}".' },
  'value.choice.invalid': { vi: '"{value}" không có trong danh sách. Chọn một trong: {options}.', en: '"{value}" is not in the list. Choose one of: {options}.' },
  'value.yesNo.invalid': { vi: '"{value}" không rõ là Có hay Không. Chọn Có hoặc Không.', en: '"{value}" is neither Có nor Không. Choose Có or Không.' },
  'value.month.invalid': { vi: '"{value}" không phải tháng. Ghi dạng mm/yyyy, ví dụ 06/2026.', en: '"{value}" is not a month. Write mm/yyyy, e.g. 06/2026.' },
  'value.email.invalid': { vi: '"{value}" không phải địa chỉ email hợp lệ.', en: '"{value}" is not a valid e-mail address.' },
  'value.target.invalid': { vi: '"{value}" không phải chỉ tiêu hợp lệ. Ghi ví dụ ≥ 300, 40–50% hoặc 100%.', en: '"{value}" is not a valid target. Write e.g. ≥ 300, 40–50% or 100%.' },
  'value.required': { vi: 'Thiếu "{column}". Hãy nhập giá trị.', en: '"{column}" is missing. Enter a value.' },
  'value.belowMin': { vi: '{value} nhỏ hơn mức tối thiểu {min} của "{column}".', en: '{value} is below the minimum {min} for "{column}".' },
  'value.aboveMax': { vi: '{value} lớn hơn mức tối đa {max} của "{column}".', en: '{value} is above the maximum {max} for "{column}".' },

  // Finding tables
  'table.missingSheet': { vi: 'Không tìm thấy trang "{sheet}". Chạy "Thiết lập sổ phường" để tạo lại.', en: 'Sheet "{sheet}" is missing. Run "Set up ward workbook" to recreate it.' },
  'table.missingHeader': { vi: 'Không tìm thấy bảng "{table}" (cần các cột: {headers}).', en: 'Table "{table}" not found (needs the columns: {headers}).' },
  'table.duplicateHeader': { vi: 'Cột "{column}" xuất hiện hai lần trong bảng "{table}"; chỉ dùng cột đầu tiên.', en: 'Column "{column}" appears twice in table "{table}"; only the first is used.' },
  'club.noSheet': { vi: 'CLB {code} có trong danh mục nhưng chưa có trang tính "{code}". Dùng "Thêm câu lạc bộ" hoặc tạo trang.', en: 'Club {code} is in the registry but has no sheet "{code}". Use "Add club" or create the sheet.' },
  'club.unregisteredSheet': { vi: 'Trang "{sheet}" có sổ thành viên nhưng không có trong Danh mục CLB; không được tổng hợp.', en: 'Sheet "{sheet}" holds a member register but is not in the club registry; it is not rolled up.' },
  'club.duplicateCode': { vi: 'Mã CLB "{code}" bị trùng (đã có ở dòng {row}).', en: 'Club code "{code}" is duplicated (already on row {row}).' },
  'club.unknownGroup': { vi: 'Tổ dân phố "{group}" không có trong trang "Tổ dân phố".', en: 'Residential group "{group}" is not in the "Tổ dân phố" sheet.' },
  'group.duplicateCode': { vi: 'Mã tổ "{code}" bị trùng (đã có ở dòng {row}).', en: 'Group code "{code}" is duplicated (already on row {row}).' },
  'setting.unknown': { vi: 'Thông số "{key}" không được dùng; kiểm tra lại cột Mã.', en: 'Setting "{key}" is not used; check the key column.' },
  'target.unknown': { vi: 'Mã chỉ tiêu "{id}" không tồn tại.', en: 'Indicator id "{id}" does not exist.' },
};

export type MessageKey = keyof typeof MESSAGES;
export type MessageParams = Record<string, string | number>;

export function hasMessage(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(MESSAGES, key);
}

export function translate(key: MessageKey, params: MessageParams = {}, lang: Lang = 'vi'): string {
  const template = MESSAGES[key][lang];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export const MESSAGE_KEYS = Object.keys(MESSAGES) as MessageKey[];
