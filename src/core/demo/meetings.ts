/** A club's monthly meetings of the year and its board trainings. */
import { daysInMonth, formatDateVi, type IsoDate, isoDate, maxDate, minDate, monthsBetween } from '../dates';
import { CONTENTS, MEETINGS, THEMES } from '../schema/tables';
import { addDays, monthCell, randomDate } from './calendar';
import type { RowValues } from './fillTable';
import type { Person } from './members';
import type { Random } from './random';
import type { ClubPlan, DemoSettings, PlannedMistake } from './types';

export interface ClubMeetings {
  rows: RowValues[];
  mistakes: PlannedMistake[];
}

const THEME_CHANCE: Record<(typeof THEMES)[number]['key'], number> = { digital: 0.3, green: 0.2, startup: 0.15 };

/** One meeting a month from January (or the founding) up to today; how complete depends on the club's profile. */
export function drawMeetings(rng: Random, plan: ClubPlan, demo: DemoSettings, membersOn: (date: IsoDate) => number): ClubMeetings {
  const { year, today } = demo;
  const months = monthsBetween(maxDate(`${year}-01-01`, plan.established), today);
  const skipped = plan.profile === 'patchy' && months.length > 3 ? months[rng.int(2, months.length - 1)] : undefined;
  const allEight = { model: 1, steady: 0.8, patchy: 0.55 }[plan.profile];
  const rows: RowValues[] = [];
  const dates = new Map<RowValues, IsoDate>();
  for (const month of months) {
    if (month === skipped) continue;
    let date: IsoDate = isoDate(Number(month.slice(0, 4)), Number(month.slice(5, 7)), rng.int(5, 20));
    if (date < plan.established) date = addDays(plan.established, rng.int(3, 7));
    if (date.slice(0, 7) !== month || date > today) continue;
    const row: RowValues = {
      month: monthCell(month),
      date: formatDateVi(date),
      attendance: Math.round(membersOn(date) * rng.between(0.62, 0.9)),
    };
    dates.set(row, date);
    const dropped = rng.chance(allEight) ? [] : rng.shuffle(CONTENTS.map((c) => c.key)).slice(0, rng.int(1, 2));
    for (const c of CONTENTS) row[c.key] = dropped.includes(c.key) ? 'Không' : 'Có';
    for (const t of THEMES) row[t.key] = plan.profile !== 'patchy' && rng.chance(THEME_CHANCE[t.key]) ? 'Có' : '';
    rows.push(row);
  }

  const mistakes: PlannedMistake[] = [];
  if (plan.mistakes.includes('impossibleDate') && rows.length > 0) {
    const row = rows.find((r) => String(r.month).startsWith('02/')) ?? rows[0];
    const [mm, yyyy] = String(row.month).split('/');
    // A day the month does not have: 31/02, 31/04… (32 for the 31-day months).
    const day = daysInMonth(Number(yyyy), Number(mm)) < 31 ? 31 : 32;
    row.date = `${day}/${mm}/${yyyy}`;
    mistakes.push({
      kind: 'impossibleDate',
      table: MEETINGS,
      record: row,
      column: 'date',
      description: `Ngày sinh hoạt "${row.date}" không có thật.`,
      descriptionEn: `Meeting date "${row.date}" does not exist.`,
    });
  }
  if (plan.mistakes.includes('attendanceOverMembers') && rows.length > 0) {
    const row = rows[Math.floor(rows.length / 2)];
    const members = membersOn(dates.get(row)!);
    row.attendance = members + rng.int(8, 15);
    mistakes.push({
      kind: 'attendanceOverMembers',
      table: MEETINGS,
      record: row,
      column: 'attendance',
      description: `Số người dự ${row.attendance} lớn hơn số thành viên của CLB tại ngày họp (${members}).`,
      descriptionEn: `Attendance ${row.attendance} is larger than the club's ${members} members on the meeting date.`,
    });
  }
  return { rows, mistakes };
}

const INITIAL_ORGANISERS = ['Hội Người cao tuổi tỉnh', 'UBND phường phối hợp Hội NCT tỉnh'];
const REFRESHER_ORGANISERS = ['Hội Người cao tuổi tỉnh', 'Hội Người cao tuổi phường'];

/** Initial training for the board soon after founding (same year); this year's refresher when the plan says so. */
export function drawTrainings(rng: Random, plan: ClubPlan, demo: DemoSettings, board: Person[]): RowValues[] {
  const { year, today } = demo;
  const founded = plan.established.slice(0, 4);
  const initial = maxDate(plan.established, minDate(addDays(plan.established, rng.int(7, 40)), minDate(`${founded}-12-28`, today)));
  const rows: RowValues[] = board.map((p) => ({
    name: p.name,
    kind: 'Ban đầu',
    date: formatDateVi(initial),
    organiser: rng.pick(INITIAL_ORGANISERS),
  }));
  if (plan.refresher && Number(founded) < year) {
    const date = randomDate(rng, `${year}-03-01`, minDate(`${year}-09-30`, today));
    if (date)
      rows.push(
        ...board.map((p) => ({ name: p.name, kind: 'Nhắc lại', date: formatDateVi(date), organiser: rng.pick(REFRESHER_ORGANISERS) })),
      );
  }
  return rows;
}
