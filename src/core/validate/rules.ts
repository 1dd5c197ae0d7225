/**
 * Validation rules declared as data (DHIS2-style: what it checks, importance, message).
 * Cell-level type and required checks come from the column declarations; these are the rules
 * across fields, rows and tables, and the plan's standard as warnings.
 */

import type { IsoDate } from '../dates';
import { formatDateVi } from '../dates';
import { formatPercentVi } from '../format';
import type { MessageKey, MessageParams } from '../i18n/messages';
import { isClubActive } from '../indicators/facts';
import { ageAt, countedMembers, peopleAt, peopleCounter, personIndex } from '../indicators/members';
import { type ClubPeople, COMPOSITION_CRITERIA, share } from '../indicators/standard';
import type { Issue, Severity } from '../issues';
import type { ClubRecord, Located, Member, Ward } from '../model';
import type { Period } from '../period';
import { parsePeriod } from '../period';
import type { WardSettings } from '../schema/settings';
import { foldText } from '../text';

/**
 * The date a rule counts members and ages at, declared per rule and printed in docs/VALIDATION.md:
 * - periodEnd: the end of the run's period, the date the roll-up counts at, so the check and the
 *   roll-up can never disagree about a club (club composition, duplicates across clubs);
 * - today: the day of the run (plausibility of a birth year);
 * - rowDate: the date on the row itself (members on a meeting's date);
 * - none: the rule compares values and counts nobody.
 */
export type ReferenceDate = 'periodEnd' | 'today' | 'rowDate' | 'none';

/** What a rule of one tab gets: no period, since the on-edit check runs without one. */
export interface TabRuleContext {
  ward: Ward;
  today: IsoDate;
}

/** What a ward rule gets: the run's period too (Kiểm tra dữ liệu, the roll-up, `ishc check`). */
export interface RuleContext extends TabRuleContext {
  period: Period;
}

interface RuleDecl {
  id: string;
  severity: Severity;
  messageKey: MessageKey;
  /** Where it looks, for the docs table. */
  table: string;
  description: { vi: string; en: string };
  referenceDate: ReferenceDate;
}

/**
 * 'tab': needs only the rows of the tab being edited, so the on-edit check runs it on a club tab;
 * it gets no period, so it cannot count at a period end (the compiler holds this).
 * 'ward': needs other tabs, the whole club or the period (Kiểm tra dữ liệu and the roll-up).
 */
export type ValidationRule =
  | (RuleDecl & { scope: 'tab'; referenceDate: Exclude<ReferenceDate, 'periodEnd'>; check: (ctx: TabRuleContext) => Issue[] })
  | (RuleDecl & { scope: 'ward'; check: (ctx: RuleContext) => Issue[] });

type Finding = { at: Located; column: string; params: MessageParams };

const toIssues = (id: string, severity: Severity, messageKey: MessageKey, findings: Finding[]): Issue[] =>
  findings.map((f) => ({ sheet: f.at.sheet, a1: f.at.cells[f.column] ?? '', severity, messageKey, params: f.params, ruleId: id }));

/** Declares a ward rule from a function listing its findings; the rule fills in sheet, cell and message. */
function rule(decl: RuleDecl, find: (ctx: RuleContext) => Finding[]): ValidationRule {
  return { ...decl, scope: 'ward', check: (ctx) => toIssues(decl.id, decl.severity, decl.messageKey, find(ctx)) };
}

/** A rule that needs only its own tab's rows: the on-edit check runs it too. */
function tabRule(
  decl: RuleDecl & { referenceDate: Exclude<ReferenceDate, 'periodEnd'> },
  find: (ctx: TabRuleContext) => Finding[],
): ValidationRule {
  return { ...decl, scope: 'tab', check: (ctx) => toIssues(decl.id, decl.severity, decl.messageKey, find(ctx)) };
}

const eachClub = <T>(ctx: TabRuleContext, fn: (club: ClubRecord) => T[]): T[] => ctx.ward.clubs.flatMap(fn);
/** The findings of `find` over each row, in order (a loop: no list per row; these rules run over every member of the ward). */
function eachRow<R>(rows: readonly R[], find: (row: R, i: number) => Finding | undefined): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < rows.length; i++) {
    const found = find(rows[i], i);
    if (found) out.push(found);
  }
  return out;
}
/** The clubs the roll-up counts at the period end: only they are judged by the club-level rules. */
const activeClubs = (ctx: RuleContext): ClubRecord[] => ctx.ward.clubs.filter((club) => isClubActive(club, ctx.period.end));
const memberNames = (club: ClubRecord) => {
  const { folded } = personIndex(club.members);
  const names = new Set<string>();
  club.members.forEach((m, i) => {
    if (m.name) names.add(folded[i]);
  });
  return names;
};
const yearOf = (m: Member) => m.birth?.year ?? '?';

export const RULES: ValidationRule[] = [
  tabRule(
    {
      id: 'member.age',
      severity: 'error',
      messageKey: 'rule.member.age',
      table: 'Sổ thành viên',
      description: { vi: 'Tuổi hôm nay trong khoảng 0–120', en: 'Age today within 0–120' },
      referenceDate: 'today',
    },
    (ctx) =>
      eachClub(ctx, (club) =>
        eachRow(club.members, (m) => {
          const age = ageAt(m, ctx.today);
          return age !== undefined && (age < 0 || age > 120) ? { at: m, column: 'birth', params: { age } } : undefined;
        }),
      ),
  ),
  tabRule(
    {
      id: 'member.leftBeforeJoined',
      severity: 'error',
      messageKey: 'rule.member.leftBeforeJoined',
      table: 'Sổ thành viên',
      description: { vi: 'Ngày rời sau ngày tham gia', en: 'Left after joined' },
      referenceDate: 'none',
    },
    (ctx) =>
      eachClub(ctx, (club) =>
        eachRow(club.members, (m) =>
          m.joined && m.left && m.left < m.joined
            ? { at: m, column: 'left', params: { left: formatDateVi(m.left), joined: formatDateVi(m.joined) } }
            : undefined,
        ),
      ),
  ),
  tabRule(
    {
      id: 'member.duplicateInClub',
      severity: 'error',
      messageKey: 'rule.member.duplicateInClub',
      table: 'Sổ thành viên',
      description: {
        vi: 'Một người chỉ ghi một lần trong một CLB (họ tên + năm sinh)',
        en: 'A person appears once per club (name + birth year)',
      },
      referenceDate: 'none',
    },
    (ctx) =>
      eachClub(ctx, (club) => {
        // The first row of each person (folded name + birth year: personIndex numbers them so).
        const { personOf, people } = personIndex(club.members);
        const first: Array<Member | undefined> = new Array(people);
        return eachRow(club.members, (m, i) => {
          if (!m.name) return undefined;
          const earlier = first[personOf[i]];
          if (!earlier) {
            first[personOf[i]] = m;
            return undefined;
          }
          return { at: m, column: 'name', params: { name: m.name, year: yearOf(m), row: earlier.row } };
        });
      }),
  ),
  rule(
    {
      id: 'member.duplicateAcrossClubs',
      severity: 'warning',
      messageKey: 'rule.member.duplicateAcrossClubs',
      table: 'Sổ thành viên',
      description: { vi: 'Cùng một người trong hai CLB', en: 'The same person in two clubs' },
      referenceDate: 'periodEnd',
    },
    (ctx) => {
      // Counted twice in the ward's figures: the same person counted at the period end in two active clubs.
      const seen = new Map<string, { club: ClubRecord; member: Member }>();
      return activeClubs(ctx).flatMap((club) => {
        // The person key (personKey) from the register's folded names, each name folded once.
        const folded = new Map<Member, string>();
        const index = personIndex(club.members);
        club.members.forEach((m, i) => {
          folded.set(m, index.folded[i]);
        });
        return eachRow(countedMembers(club.members, ctx.period.end), (m) => {
          const key = `${folded.get(m)}|${m.birth?.year ?? ''}`;
          const other = seen.get(key);
          if (!other) {
            seen.set(key, { club, member: m });
            return undefined;
          }
          return {
            at: m,
            column: 'name',
            params: { name: m.name!, year: yearOf(m), other: other.club.code, cell: `${other.club.sheet}!${other.member.cells.name}` },
          };
        });
      });
    },
  ),
  tabRule(
    {
      id: 'meeting.attendance',
      severity: 'error',
      messageKey: 'rule.meeting.attendance',
      table: 'Sinh hoạt',
      description: { vi: 'Số người dự không vượt số thành viên tại ngày họp', en: 'Attendance at most the members on the meeting date' },
      referenceDate: 'rowDate',
    },
    (ctx) =>
      eachClub(ctx, (club) => {
        const countAt = peopleCounter(club.members);
        return eachRow(club.meetings, (mt) => {
          if (mt.attendance === undefined) return undefined;
          const on = mt.date ?? `${mt.month ?? ctx.today.slice(0, 7)}-28`;
          const members = countAt(on);
          return mt.attendance > members ? { at: mt, column: 'attendance', params: { attendance: mt.attendance, members } } : undefined;
        });
      }),
  ),
  tabRule(
    {
      id: 'meeting.monthMismatch',
      severity: 'warning',
      messageKey: 'rule.meeting.monthMismatch',
      table: 'Sinh hoạt',
      description: { vi: 'Cột Tháng khớp với ngày sinh hoạt', en: 'Month agrees with the meeting date' },
      referenceDate: 'none',
    },
    (ctx) =>
      eachClub(ctx, (club) =>
        club.meetings.flatMap((mt) =>
          mt.month && mt.date && mt.date.slice(0, 7) !== mt.month
            ? [{ at: mt, column: 'month', params: { month: `${mt.month.slice(5)}/${mt.month.slice(0, 4)}`, date: formatDateVi(mt.date) } }]
            : [],
        ),
      ),
  ),
  tabRule(
    {
      id: 'fund.duplicateMonth',
      severity: 'warning',
      messageKey: 'rule.fund.duplicateMonth',
      table: 'Quỹ',
      description: { vi: 'Mỗi tháng một dòng số dư quỹ', en: 'One fund row per month' },
      referenceDate: 'none',
    },
    (ctx) =>
      eachClub(ctx, (club) => {
        const seen = new Map<string, number>();
        return club.funds.flatMap((f) => {
          if (!f.month) return [];
          const row = seen.get(f.month);
          seen.set(f.month, f.row);
          return row ? [{ at: f, column: 'month', params: { month: `${f.month.slice(5)}/${f.month.slice(0, 4)}`, row } }] : [];
        });
      }),
  ),
  tabRule(
    {
      id: 'loan.dueBeforeBorrowed',
      severity: 'error',
      messageKey: 'rule.loan.dueBeforeBorrowed',
      table: 'Cho vay',
      description: { vi: 'Hạn trả sau ngày vay', en: 'Due after borrowed' },
      referenceDate: 'none',
    },
    (ctx) =>
      eachClub(ctx, (club) =>
        club.loans.flatMap((l) =>
          l.date && l.due && l.due < l.date
            ? [{ at: l, column: 'due', params: { due: formatDateVi(l.due), date: formatDateVi(l.date) } }]
            : [],
        ),
      ),
  ),
  tabRule(
    {
      id: 'loan.repaidBeforeBorrowed',
      severity: 'error',
      messageKey: 'rule.loan.repaidBeforeBorrowed',
      table: 'Cho vay',
      description: { vi: 'Ngày trả hết sau ngày vay', en: 'Repaid after borrowed' },
      referenceDate: 'none',
    },
    (ctx) =>
      eachClub(ctx, (club) =>
        club.loans.flatMap((l) =>
          l.date && l.repaid && l.repaid < l.date
            ? [{ at: l, column: 'repaid', params: { repaid: formatDateVi(l.repaid), date: formatDateVi(l.date) } }]
            : [],
        ),
      ),
  ),
  tabRule(
    {
      id: 'loan.notMember',
      severity: 'error',
      messageKey: 'rule.loan.notMember',
      table: 'Cho vay',
      description: { vi: 'Chỉ cho thành viên trong sổ vay', en: 'Loans only to registered members' },
      referenceDate: 'none',
    },
    (ctx) =>
      eachClub(ctx, (club) => {
        const names = memberNames(club);
        return club.loans.flatMap((l) =>
          l.name && !names.has(foldText(l.name)) ? [{ at: l, column: 'name', params: { name: l.name } }] : [],
        );
      }),
  ),
  tabRule(
    {
      id: 'training.notMember',
      severity: 'error',
      messageKey: 'rule.training.notMember',
      table: 'Tập huấn',
      description: { vi: 'Chỉ tập huấn cho thành viên trong sổ', en: 'Trainings only for registered members' },
      referenceDate: 'none',
    },
    (ctx) =>
      eachClub(ctx, (club) => {
        const names = memberNames(club);
        return club.trainings.flatMap((t) =>
          t.name && !names.has(foldText(t.name)) ? [{ at: t, column: 'name', params: { name: t.name } }] : [],
        );
      }),
  ),
  rule(
    {
      id: 'club.noChair',
      severity: 'warning',
      messageKey: 'rule.club.noChair',
      table: 'Sổ thành viên',
      description: {
        vi: 'Ban chủ nhiệm có trong sổ thành viên (ít nhất một Chủ nhiệm)',
        en: 'The board is in the register (at least one Chủ nhiệm)',
      },
      referenceDate: 'periodEnd',
    },
    (ctx) =>
      activeClubs(ctx).flatMap((club) =>
        club.members.length > 0 && !countedMembers(club.members, ctx.period.end).some((m) => m.role === 'Chủ nhiệm')
          ? [{ at: { sheet: club.sheet, row: 0, cells: { role: club.members[0].cells.role } }, column: 'role', params: {} }]
          : [],
      ),
  ),
  ...standardShareRules(),
  rule(
    {
      id: 'registry.duplicateCode',
      severity: 'error',
      messageKey: 'rule.registry.duplicateCode',
      table: 'Danh mục CLB',
      description: { vi: 'Mã CLB không trùng', en: 'Club codes are unique' },
      referenceDate: 'none',
    },
    (ctx) => duplicates(ctx.ward.registry),
  ),
  rule(
    {
      id: 'registry.unknownGroup',
      severity: 'warning',
      messageKey: 'rule.registry.unknownGroup',
      table: 'Danh mục CLB',
      description: { vi: 'Tổ dân phố của CLB có trong trang Tổ dân phố', en: "The club's group is listed in Tổ dân phố" },
      referenceDate: 'none',
    },
    (ctx) => {
      const known = new Set(
        ctx.ward.groups
          .flatMap((g) => [g.code, g.name])
          .filter(Boolean)
          .map((t) => foldText(t!)),
      );
      return ctx.ward.registry.flatMap((c) =>
        c.group && !known.has(foldText(c.group)) ? [{ at: c, column: 'group', params: { group: c.group } }] : [],
      );
    },
  ),
  rule(
    {
      id: 'group.duplicateCode',
      severity: 'error',
      messageKey: 'rule.group.duplicateCode',
      table: 'Tổ dân phố',
      description: { vi: 'Mã tổ không trùng', en: 'Group codes are unique' },
      referenceDate: 'none',
    },
    (ctx) => duplicates(ctx.ward.groups),
  ),
  rule(
    {
      id: 'activity.unknownClub',
      severity: 'warning',
      messageKey: 'rule.activity.unknownClub',
      table: 'Hoạt động phường',
      description: { vi: 'Mã CLB của hoạt động có trong danh mục', en: "An activity's club code is registered" },
      referenceDate: 'none',
    },
    (ctx) => {
      const codes = new Set(
        ctx.ward.registry
          .map((c) => c.code)
          .filter(Boolean)
          .map((c) => foldText(c!)),
      );
      return ctx.ward.activities.flatMap((a) =>
        a.club && !codes.has(foldText(a.club)) ? [{ at: a, column: 'club', params: { code: a.club } }] : [],
      );
    },
  ),
  rule(
    {
      id: 'narrative.period',
      severity: 'error',
      messageKey: 'rule.narrative.period',
      table: 'Nội dung báo cáo',
      description: { vi: 'Kỳ báo cáo của nội dung là một mã kỳ (2026-H1, 2026, 2025-2026, P1)', en: "A narrative's period is a period id" },
      referenceDate: 'none',
    },
    (ctx) =>
      ctx.ward.narratives.flatMap((n) =>
        n.period && !parsePeriod(n.period) ? [{ at: n, column: 'period', params: { period: n.period } }] : [],
      ),
  ),
];

function duplicates(rows: Array<Located & { code?: string }>): Finding[] {
  const first = new Map<string, number>();
  return rows.flatMap((r) => {
    if (!r.code) return [];
    const key = foldText(r.code);
    const row = first.get(key);
    if (row === undefined) {
      first.set(key, r.row);
      return [];
    }
    return [{ at: r, column: 'code', params: { code: r.code, row } }];
  });
}

/**
 * The plan's club composition as warnings, on the club tab's first member row: for each club counted
 * at the period end (an active one), its people at the period end, judged by the very criteria the
 * club standard uses (COMPOSITION_CRITERIA), so a club the roll-up says meets a criterion is never
 * warned about it. A club with nobody counted yet gets no composition warning.
 */
function standardShareRules(): ValidationRule[] {
  const where = (club: ClubRecord): Located => ({ sheet: club.sheet, row: 0, cells: { name: club.members[0]?.cells.name ?? '' } });
  const composition = (
    decl: RuleDecl,
    criterion: keyof typeof COMPOSITION_CRITERIA,
    params: (people: ClubPeople, s: WardSettings) => MessageParams,
  ): ValidationRule =>
    rule(decl, (ctx) =>
      activeClubs(ctx).flatMap((club) => {
        const s = ctx.ward.settings;
        const at = peopleAt(club.members, ctx.period.end, s.elderlyAge);
        const people = { members: at.members.length, women: at.women, elderly: at.elderly.length };
        return people.members > 0 && !COMPOSITION_CRITERIA[criterion](people, s)
          ? [{ at: where(club), column: 'name', params: { date: formatDateVi(ctx.period.end), ...params(people, s) } }]
          : [];
      }),
    );
  return [
    composition(
      {
        id: 'club.size',
        severity: 'warning',
        messageKey: 'rule.club.size',
        table: 'Sổ thành viên',
        description: { vi: 'Số thành viên trong khoảng chuẩn (Cấu hình)', en: 'Member count within the standard (settings)' },
        referenceDate: 'periodEnd',
      },
      'size',
      (p, s) => ({ members: p.members, min: s.standardMinMembers, max: s.standardMaxMembers }),
    ),
    composition(
      {
        id: 'club.womenShare',
        severity: 'warning',
        messageKey: 'rule.club.womenShare',
        table: 'Sổ thành viên',
        description: { vi: 'Tỷ lệ nữ trong khoảng chuẩn', en: 'Share of women within the standard' },
        referenceDate: 'periodEnd',
      },
      'women',
      (p, s) => ({
        share: formatPercentVi(share(p.women, p.members)),
        min: formatPercentVi(s.standardMinWomenShare, 0),
        max: formatPercentVi(s.standardMaxWomenShare, 0),
      }),
    ),
    composition(
      {
        id: 'club.elderlyShare',
        severity: 'warning',
        messageKey: 'rule.club.elderlyShare',
        table: 'Sổ thành viên',
        description: { vi: 'Tỷ lệ người cao tuổi trong khoảng chuẩn', en: 'Share of older people within the standard' },
        referenceDate: 'periodEnd',
      },
      'elderly',
      (p, s) => ({
        share: formatPercentVi(share(p.elderly, p.members)),
        min: formatPercentVi(s.standardMinElderlyShare, 0),
        max: formatPercentVi(s.standardMaxElderlyShare, 0),
      }),
    ),
  ];
}
