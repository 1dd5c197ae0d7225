/** docs/INDICATORS.md and docs/VALIDATION.md, generated from the declarations (a test keeps them fresh). */
import { formatTarget } from './format';
import { translate } from './i18n/messages';
import { INDICATORS, type IndicatorDecl } from './indicators/declarations';
import { STANDARD_CRITERIA } from './indicators/standard';
import { SETTINGS, type SettingDecl } from './schema/settings';
import { ALL_TABLES } from './schema/tables';
import type { ColumnType } from './schema/types';
import { type ReferenceDate, RULES } from './validate/rules';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const row = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
const GENERATED = '<!-- Generated from src/core declarations by `npm run docs`; do not edit by hand. -->';

/** docs/INDICATORS.md: one row per declared indicator (the plan's unless a test passes its own list). */
export function indicatorsMarkdown(decls: IndicatorDecl[] = INDICATORS): string {
  const lines = [
    '# Indicators',
    '',
    GENERATED,
    '',
    'Every value is the sum of its numerator over the sum of its denominator (club → ward → province); percentages are never averaged.',
    '',
    row(['id', 'chỉ tiêu', 'indicator', 'numerator', 'denominator', 'unit', 'phase 1 target', 'phase 2 target', 'per club']),
    row(['---', '---', '---', '---', '---', '---', '---', '---', '---']),
    ...decls.map((d) =>
      row([
        `\`${d.id}\``,
        d.name.vi,
        `${d.name.en}: ${d.definition.en}`,
        `\`${d.numerator}\``,
        d.denominator ? `\`${d.denominator}\`` : '',
        d.unit === 'percent' ? 'percent (× 100)' : `count of ${d.subject}`,
        formatTarget(d.targets.P1),
        formatTarget(d.targets.P2),
        d.perClub ? 'yes' : '',
      ]),
    ),
    '',
    '## Club standard (đạt chuẩn)',
    '',
    row(['id', 'tiêu chí', 'criterion']),
    row(['---', '---', '---']),
    ...STANDARD_CRITERIA.map((c) => row([`\`${c.id}\``, c.label.vi, c.label.en])),
    '',
  ];
  return lines.join('\n');
}

const TYPE_RULES: Record<ColumnType, { vi: string; en: string }> = {
  text: { vi: 'Văn bản, chuẩn hóa NFC, bỏ khoảng trắng thừa', en: 'Text, NFC-normalised and trimmed' },
  integer: { vi: 'Số nguyên (1.000 hoặc 1000)', en: 'Whole number (1.000 or 1000)' },
  number: { vi: 'Số kiểu Việt Nam (2,5; 1.000.000)', en: 'Vietnamese-style number (2,5; 1.000.000)' },
  money: { vi: 'Số tiền: 1.000.000, 25 triệu, 500 nghìn', en: 'Money: 1.000.000, 25 triệu, 500 nghìn' },
  date: {
    vi: 'Ngày: ngày thật, dd/mm/yyyy, d/m/yy (yy ≤ năm nay → 20yy, còn lại 19yy, có cảnh báo)',
    en: 'Date: real date, dd/mm/yyyy, d/m/yy (yy up to this year → 20yy, else 19yy, with a warning)',
  },
  yearOrDate: { vi: 'Năm (1950, "1.950" có cảnh báo) hoặc ngày sinh', en: 'Year (1950; "1.950" with a warning) or birth date' },
  yesNo: {
    vi: 'Có/Không, ô đánh dấu, "x"; viết không dấu được hiểu kèm cảnh báo',
    en: 'Có/Không, checkbox, "x"; without diacritics read with a warning',
  },
  choice: {
    vi: 'Một giá trị trong danh sách; viết không dấu được hiểu kèm cảnh báo',
    en: 'One value of the list; without diacritics read with a warning',
  },
  month: { vi: 'Tháng mm/yyyy (06/2026, Tháng 6/2026) hoặc ngày', en: 'Month mm/yyyy (06/2026, Tháng 6/2026) or a date' },
  email: { vi: 'Một hay nhiều email, cách nhau bằng dấu phẩy', en: 'One or more e-mails, comma-separated' },
  target: { vi: 'Chỉ tiêu: ≥ 300, 40–50%, 100%', en: 'Target: ≥ 300, 40–50%, 100%' },
};

function boundsText(d: SettingDecl): string {
  if (d.min !== undefined && d.max !== undefined) return `${d.min}–${d.max}`;
  if (d.min !== undefined) return `≥ ${d.min}`;
  return d.max !== undefined ? `≤ ${d.max}` : '';
}

const REFERENCE_DATES: Record<ReferenceDate, string> = {
  periodEnd: 'period end',
  today: 'today',
  rowDate: 'row date',
  none: '—',
};

export function validationMarkdown(): string {
  const columns = ALL_TABLES.flatMap((t) =>
    t.columns.map((c) =>
      row([
        t.sheet ?? `CLB › ${t.title}`,
        c.header,
        c.type,
        c.required ? 'error' : '',
        TYPE_RULES[c.type].vi + (c.min !== undefined ? `; ≥ ${c.min}` : '') + (c.max !== undefined ? `; ≤ ${c.max}` : ''),
        c.choices ? c.choices.map((x) => x.value).join(', ') : '',
      ]),
    ),
  );
  const lines = [
    '# Validation rules',
    '',
    GENERATED,
    '',
    '## Cell rules (from the column declarations)',
    '',
    'A missing required value is an error; an unreadable value is an error; a value read with a guess (no diacritics, "1.950", a two-digit year) is a warning that names the fix.',
    `A cell showing a spreadsheet error (#REF!, #N/A, #VALUE!, #DIV/0!, #NAME?, …) is an error in any column, reported as such: "${translate('value.errorCell', { column: 'Họ và tên', code: '#REF!' }, 'vi')}"`,
    '',
    row(['tab / section', 'column', 'type', 'required', 'accepted forms', 'list']),
    row(['---', '---', '---', '---', '---', '---']),
    ...columns,
    '',
    '## Settings (Cấu hình) and their bounds',
    '',
    'A number outside its bounds (a percent as typed, 0–100) is an error naming its cell, and the default is used instead.',
    '',
    row(['key', 'setting', 'type', 'default', 'bounds']),
    row(['---', '---', '---', '---', '---']),
    ...SETTINGS.map((d: SettingDecl) => row([`\`${d.key}\``, d.label, d.type, String(d.default), boundsText(d)])),
    '',
    '## Rules across fields, rows and tables',
    '',
    'Cell rules run everywhere: in the on-edit check, Kiểm tra dữ liệu, the roll-up and the CLI. Rules marked "on edit" need only the rows of the club tab being edited, so the on-edit check runs them too; the others need other tabs or the whole club and run in Kiểm tra dữ liệu, the roll-up and `ishc check`.',
    '',
    '"Counts at" is the date a rule counts members and ages at. *Period end*: the end of the period of the run (Kiểm tra dữ liệu and `ishc check` take the same default period as the roll-up, the ward\'s reporting year; `--period` names another), the date the roll-up counts at, so the check and the roll-up judge a club on the same people; these rules look only at clubs counted at that date (active, founded by then), never at a paused, dissolved or unreadable one. *Today*: the day of the run. *Row date*: the date on the row itself. The on-edit check has no period and runs no period-end rule.',
    '',
    row(['id', 'where', 'severity', 'on edit', 'counts at', 'checks', 'message (vi)']),
    row(['---', '---', '---', '---', '---', '---', '---']),
    ...RULES.map((r) =>
      row([
        `\`${r.id}\``,
        r.table,
        r.severity,
        r.scope === 'tab' ? 'yes' : '',
        REFERENCE_DATES[r.referenceDate],
        `${r.description.vi} — ${r.description.en}`,
        translate(r.messageKey, {}, 'vi'),
      ]),
    ),
    '',
  ];
  return lines.join('\n');
}
