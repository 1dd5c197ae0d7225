/**
 * A club's money: the income-generation fund growing month by month, revolving loans that never
 * lend more than the fund holds, and the monthly fund rows (both balances and loans outstanding).
 */
import { formatDateVi, type IsoDate, maxDate, minDate, monthsBetween } from '../dates';
import { formatNumberVi } from '../format';
import { FUNDS, LOANS } from '../schema/tables';
import { addDays, addMonths, monthCell, monthEnd, randomDate } from './calendar';
import type { RowValues } from './fillTable';
import type { Person, Register } from './members';
import { uniqueFullName } from './names';
import type { Random } from './random';
import type { ClubPlan, DemoSettings, PlannedMistake } from './types';

export interface ClubMoney {
  loans: RowValues[];
  funds: RowValues[];
  mistakes: PlannedMistake[];
}

interface Loan {
  name: string;
  date: IsoDate;
  amount: number;
  due: IsoDate;
  repaid?: IsoDate;
}

const STEP = 100_000;
const PURPOSES = [
  'Chăn nuôi lợn',
  'Chăn nuôi gà',
  'Buôn bán nhỏ',
  'Trồng rau sạch',
  'Mở quán tạp hóa',
  'Làm nghề may',
  'Nuôi cá',
  'Sửa chữa xe máy',
  'Làm bánh bán',
];

/** Income-fund balance at the end of the year's last full month. */
function finalIncomeFund(rng: Random, plan: ClubPlan, year: number): number {
  if (plan.richRank === 0) return 25_000_000;
  if (plan.richRank !== undefined) return rng.int(255, 320) * STEP;
  const founded = Number(plan.established.slice(0, 4));
  if (founded <= year - 2) return rng.int(150, 230) * STEP;
  if (founded === year - 1) return rng.int(80, 170) * STEP;
  return rng.int(60, 100) * STEP;
}

/** Month → balance from the founding month to `lastMonth`: seed capital growing to `final`, never down. */
function incomeFundCurve(rng: Random, months: string[], final: number): Map<string, number> {
  const seed = Math.min(final, rng.int(20, 50) * STEP);
  const curve = new Map<string, number>();
  let previous = 0;
  months.forEach((month, i) => {
    const t = months.length === 1 ? 1 : i / (months.length - 1);
    const planned = i === months.length - 1 ? final : Math.round((seed + (final - seed) * t ** 0.9) / STEP + rng.int(-2, 2)) * STEP;
    previous = Math.min(final, Math.max(previous, seed, planned));
    curve.set(month, previous);
  });
  return curve;
}

const byDate = (a: { date: IsoDate }, b: { date: IsoDate }): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

const outstandingOn = (loans: Loan[], date: IsoDate): number =>
  loans.filter((l) => l.date <= date && (!l.repaid || l.repaid > date)).reduce((sum, l) => sum + l.amount, 0);

function amountCell(rng: Random, amount: number): string | number {
  const roll = rng.next();
  if (roll < 0.2) return `${formatNumberVi(amount / 1_000_000, 1)} triệu`;
  if (roll < 0.35) return formatNumberVi(amount);
  return amount;
}

function repayment(rng: Random, date: IsoDate, due: IsoDate, today: IsoDate): IsoDate | undefined {
  if (due <= today) return rng.chance(0.85) ? randomDate(rng, addDays(due, -30), due) : undefined;
  return rng.chance(0.1) ? randomDate(rng, addDays(date, 120), addDays(today, -1)) : undefined;
}

export function drawMoney(rng: Random, plan: ClubPlan, demo: DemoSettings, register: Register): ClubMoney {
  const { year, today } = demo;
  const lastMonth = addMonths(today, -1).slice(0, 7);
  const history = monthsBetween(plan.established, monthEnd(lastMonth));
  const final = finalIncomeFund(rng, plan, year);
  const curve = incomeFundCurve(rng, history, final);
  const fundOn = (date: IsoDate): number => {
    // biome-ignore lint/complexity/useMathMinMax: months are strings
    const month = date.slice(0, 7) > lastMonth ? lastMonth : date.slice(0, 7);
    return curve.get(month) ?? Math.min(final, 2_000_000);
  };

  // Members who need a loan; the fund serves as many as it can, in date order. A club younger than
  // a loan term has had no repayments yet, so it lends fewer, smaller loans.
  const young = addMonths(plan.established, 13) > today;
  const capacity = final * 0.9;
  const wanted = young ? Math.min(rng.int(5, 15), Math.max(5, Math.floor(capacity / 1_000_000))) : rng.int(5, 15);
  const largest = Math.max(1_000_000, Math.floor((capacity * (young ? 1 : 2)) / wanted / 500_000) * 500_000);
  const borrowable = register.borrowable;
  const needCount = Math.min(borrowable.length, Math.max(wanted, Math.round(borrowable.length * rng.between(0.15, 0.3))));
  const needers = rng.shuffle(borrowable).slice(0, needCount);
  const requests = needers
    .map((p) => ({
      person: p,
      date: randomDate(rng, maxDate(addDays(plan.established, 30), p.joined ?? plan.established), addDays(today, -10)),
    }))
    .filter((r): r is { person: Person; date: IsoDate } => r.date !== undefined)
    .sort(byDate);
  const loans: Loan[] = [];
  const lastLoanDay = addDays(today, -10);
  while (requests.length > 0 && loans.length < wanted) {
    const { person, date } = requests.shift()!;
    const available = Math.floor((fundOn(date) * 0.9 - outstandingOn(loans, date)) / 500_000) * 500_000;
    const amount = Math.min(available, largest, rng.int(2, 8) * 500_000);
    if (amount < 1_000_000) {
      // The fund is lent out: the member waits for repayments and new savings, as clubs do.
      const later = minDate(addDays(date, 45), lastLoanDay);
      if (later > date) {
        requests.push({ person, date: later });
        requests.sort(byDate);
      }
      continue;
    }
    const due = addMonths(date, 12);
    loans.push({ name: person.name, date, amount, due, repaid: repayment(rng, date, due, today) });
    person.row.loanServed = 'Có';
  }
  for (const p of needers) p.row.loanNeed = 'Có';

  const mistakes: PlannedMistake[] = [];
  const rows = loans.map(
    (l) =>
      ({
        name: l.name,
        date: formatDateVi(l.date),
        amount: amountCell(rng, l.amount),
        purpose: rng.pick(PURPOSES),
        due: formatDateVi(l.due),
        repaid: l.repaid ? formatDateVi(l.repaid) : '',
      }) as RowValues,
  );
  if (plan.mistakes.includes('loanToNonMember')) {
    const name = uniqueFullName(rng, rng.chance(0.5), register.taken);
    const date = randomDate(rng, maxDate(`${year}-01-01`, addDays(plan.established, 30)), addDays(today, -10)) ?? today;
    const row: RowValues = {
      name,
      date: formatDateVi(date),
      amount: 3_000_000,
      purpose: rng.pick(PURPOSES),
      due: formatDateVi(addMonths(date, 12)),
      repaid: '',
    };
    rows.push(row);
    mistakes.push({
      kind: 'loanToNonMember',
      table: LOANS,
      record: row,
      column: 'name',
      description: `Người vay "${name}" không có trong sổ thành viên của CLB.`,
      descriptionEn: `Borrower "${name}" is not in the club's member register.`,
    });
  }
  rows.sort((a, b) => (toIso(a.date) < toIso(b.date) ? -1 : toIso(a.date) > toIso(b.date) ? 1 : 0));

  const funds = fundRows(rng, plan, demo, curve, loans, mistakes);
  return { loans: rows, funds, mistakes };
}

/** "05/06/2026" → "2026-06-05", to keep loan rows in date order. */
const toIso = (cell: unknown): string => String(cell).split('/').reverse().join('-');

function fundRows(
  rng: Random,
  plan: ClubPlan,
  demo: DemoSettings,
  curve: Map<string, number>,
  loans: Loan[],
  mistakes: PlannedMistake[],
): RowValues[] {
  const months = [...curve.keys()].filter((m) => m >= `${demo.year}-01`);
  let activity = rng.int(10, 30) * STEP;
  const rows = months.map((month, i) => {
    const income = curve.get(month)!;
    activity = Math.max(3 * STEP, activity + rng.int(-3, 5) * STEP);
    const last = i === months.length - 1;
    // Balances are typed the way clerks type them: mostly numbers, sometimes "25 triệu" or "26.500.000".
    const incomeCell =
      last && plan.richRank === 0 ? '25 triệu' : (last && plan.richRank === 1) || rng.chance(0.1) ? formatNumberVi(income) : income;
    return {
      month: monthCell(month),
      incomeFund: incomeCell,
      activityFund: activity,
      loansOutstanding: outstandingOn(loans, monthEnd(month)),
    } as RowValues;
  });
  if (plan.mistakes.includes('moneyNotNumber') && rows.length > 0) {
    const row = rows[Math.max(0, rows.length - 4)];
    row.activityFund = 'abc';
    mistakes.push({
      kind: 'moneyNotNumber',
      table: FUNDS,
      record: row,
      column: 'activityFund',
      description: `Quỹ hoạt động tháng ${String(row.month)} gõ "abc" thay vì số tiền.`,
      descriptionEn: `Activity fund for ${String(row.month)} typed as "abc" instead of an amount.`,
    });
  }
  return rows;
}
