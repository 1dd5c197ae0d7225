/**
 * Texts the report model prints, Vietnamese and English. They belong in the message catalogue
 * (src/core/i18n/messages.ts); they live here until they are merged there. Parameters are {name}.
 */
import type { ReportLang } from './format';

const LABELS = {
  'report.docNumber': { vi: 'Số:      /BC-UBND', en: 'No.:      /BC-UBND' },
  'report.title': { vi: 'BÁO CÁO', en: 'REPORT' },
  'report.sixMonth.subtitle': {
    vi: 'Kết quả thực hiện Đề án nhân rộng Câu lạc bộ liên thế hệ tự giúp nhau {period}',
    en: 'Results of replicating Intergenerational Self-Help Clubs, {period}',
  },
  'report.unit.clubs': { vi: 'CLB', en: 'clubs' },
  'report.unit.people': { vi: 'người', en: 'people' },
  'report.status.met': { vi: 'Đạt', en: 'Met' },
  'report.status.below': { vi: 'Chưa đạt', en: 'Not met' },
  'report.status.exceeded': { vi: 'Vượt', en: 'Exceeded' },
  'report.noValue': { vi: '—', en: '—' },
  'report.club.standard': { vi: 'Đạt chuẩn', en: 'Meets the standard' },
  'report.club.belowStandard': { vi: 'Chưa đạt: {criteria}', en: 'Not met: {criteria}' },
  'report.club.inactive': { vi: 'Không hoạt động', en: 'Not active' },
  'report.recipient.province': { vi: 'UBND tỉnh (để b/c)', en: 'Provincial People\'s Committee (to report)' },
  'report.recipient.elderlyAssociation': { vi: 'Hội Người cao tuổi tỉnh', en: 'Provincial Association of the Elderly' },
  'report.recipient.archive': { vi: 'Lưu: VT', en: 'Archive: VT' },
  /** Signing on behalf of the whole committee (Decree 30, "thay mặt"). */
  'report.signer.collective': { vi: 'TM. ỦY BAN NHÂN DÂN', en: 'ON BEHALF OF THE PEOPLE\'S COMMITTEE' },
  /** A deputy signing for the chair ("ký thay"). */
  'report.signer.deputy': { vi: 'KT. CHỦ TỊCH', en: 'FOR THE CHAIR' },
  'report.committee': { vi: 'ỦY BAN NHÂN DÂN', en: 'PEOPLE\'S COMMITTEE' },
} as const;

export type ReportLabelKey = keyof typeof LABELS;

export function reportLabel(key: ReportLabelKey, lang: ReportLang = 'vi', params: Record<string, string> = {}): string {
  return LABELS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

export const REPORT_LABEL_KEYS = Object.keys(LABELS) as ReportLabelKey[];
