/**
 * The leader dashboard (sidebar Bảng điều khiển): the ward's indicators against the target of the
 * period's phase, each with a bar scaled for a 300 px sidebar, and each club's standard. Pure: the
 * add-on sends it to the page as plain JSON (src/gas/pages.ts, src/ui/dashboard.ts).
 */
import { formatDateVi, type IsoDate } from '../dates';
import { clubStandingLabel, periodLabel } from '../i18n/labels';
import { type Lang, type MessageKey, translate } from '../i18n/messages';
import type { Status, WardRollUp } from '../indicators/rollup';
import { missedLabels } from '../indicators/standard';
import { formatTarget } from '../report/format';
import { formatIndicatorValue } from './indicatorColumns';

export interface DashboardIndicator {
  id: string;
  name: string;
  /** "45,5%", "1.234", "—". */
  value: string;
  /** "Chỉ tiêu: ≥ 300" or "" when the phase sets none. */
  target: string;
  /**
   * Where the result and the target sit on the bar, 0–1 (a share on 0–100%; a count on 0 to the larger
   * of the two); null for no value, and no bar at all for a count without a target.
   */
  bar: number | null;
  mark: number | null;
  status: Status;
  statusLabel: string;
}

export interface DashboardClub {
  code: string;
  name: string;
  /** true: meets the standard; false: misses some criteria; null: not judged (not active). */
  met: boolean | null;
  detail: string;
}

export interface DashboardState {
  lang: Lang;
  labels: Record<string, string>;
  heading: string;
  note: string;
  indicators: DashboardIndicator[];
  clubs: DashboardClub[];
  /** Whether the workbook has a Biểu đồ tab to open. */
  chartsTab: boolean;
  problems: string[];
}

export const DASHBOARD_LABELS = [
  'dashboard.title',
  'dashboard.loading',
  'dashboard.indicators',
  'dashboard.clubs',
  'dashboard.openCharts',
  'dashboard.noCharts',
  'dashboard.refresh',
  'dashboard.legend',
] as const satisfies readonly MessageKey[];

export const dashboardLabels = (lang: Lang): Record<string, string> =>
  Object.fromEntries(DASHBOARD_LABELS.map((key) => [key, translate(key, {}, lang)]));

const clamp = (n: number) => Math.max(0, Math.min(1, n));

/** The dashboard of a roll-up. `today` dates the note (the figures are today's tabs, not the last roll-up). */
export function dashboardModel(rollup: WardRollUp, today: IsoDate, lang: Lang, chartsTab: boolean): Omit<DashboardState, 'problems'> {
  const indicators = rollup.indicators.map((v): DashboardIndicator => {
    const goal = v.target?.min ?? v.target?.max ?? null;
    const scale = v.unit === 'percent' ? 1 : Math.max(v.value ?? 0, goal ?? 0, 1);
    return {
      id: v.id,
      name: v.decl.name[lang],
      value: formatIndicatorValue(v, lang),
      target: v.target ? translate('dashboard.target', { target: formatTarget(v.target, lang) }, lang) : '',
      // A count without a target has no scale to be drawn on: its number alone.
      bar: v.value === null || (v.unit === 'count' && goal === null) ? null : clamp(v.value / scale),
      mark: goal === null ? null : clamp(goal / scale),
      status: v.status,
      statusLabel: v.status === 'none' ? '' : translate(`status.${v.status}`, {}, lang),
    };
  });
  const clubs = rollup.clubs.map(
    (c): DashboardClub => ({
      code: c.club.code,
      name: c.club.entry.name ?? '',
      met: c.standard ? c.standard.met : null,
      detail: !c.standard
        ? clubStandingLabel(c.standing, lang)
        : c.standard.met
          ? translate('standard.met', {}, lang)
          : translate('dashboard.missing', { criteria: missedLabels(c.standard, lang).join('; ') }, lang),
    }),
  );
  return {
    lang,
    labels: dashboardLabels(lang),
    heading: translate('dashboard.heading', { ward: rollup.ward, period: periodLabel(rollup.period, lang) }, lang),
    note: translate('dashboard.note', { date: formatDateVi(today) }, lang),
    indicators,
    clubs,
    chartsTab,
  };
}
