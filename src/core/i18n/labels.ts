/** Labels kept as data beside what they label (a period's or phase's labelVi / labelEn), in the user's language. */
import type { Lang } from './messages';

export const periodLabel = (p: { labelVi: string; labelEn: string }, lang: Lang): string => ({ vi: p.labelVi, en: p.labelEn })[lang];
