/** Labels kept as data beside what they label (a period's or phase's labelVi / labelEn), in the user's language. */
import type { ClubStanding } from '../indicators/facts';
import { type Lang, translate } from './messages';

/** "Tạm dừng – không tính vào tổng của phường": where a club stands at the period end, and what that means. */
export const clubStandingLabel = (standing: ClubStanding, lang: Lang): string => translate(`club.standing.${standing}`, {}, lang);

export const periodLabel = (p: { labelVi: string; labelEn: string }, lang: Lang): string => ({ vi: p.labelVi, en: p.labelEn })[lang];
