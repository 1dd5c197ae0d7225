/**
 * Validation rules declared as data (DHIS2-style: what it checks, importance, message).
 * Cell-level type and required checks come from the column declarations; these are the rules
 * across fields, rows and tables, and the plan's standard as warnings.
 */
import type { IsoDate } from '../dates';
import { formatDateVi } from '../dates';
import { formatPercentVi } from '../format';
import type { MessageKey, MessageParams } from '../i18n/messages';
import { ageAt, isCounted, isElderly, isWoman } from '../indicators/members';
import type { Issue, Severity } from '../issues';
import type { ClubRecord, Located, Member, Ward } from '../model';
import { foldText, personKey } from '../text';

export interface RuleContext {
  ward: Ward;
  today: IsoDate;
}

export interface ValidationRule {
  id: string;
  severity: Severity;
  messageKey: MessageKey;
  /** Where it looks, for the docs table. */
  table: string;
  /**
   * 'tab': needs only the rows of the tab being edited, so the on-edit check runs it on a club tab;
   * 'ward': needs other tabs or the whole club (runs in Kiểm tra dữ liệu and the roll-up).
   */
  scope: 'tab' | 'ward';
  description: { vi: string; en: string };
  check: (ctx: RuleContext) => Issue[];
}

type Finding = { at: Located; column: string; params: MessageParams };

/** Declares a rule from a function listing its findings; the rule fills in sheet, cell and message. */
function rule(
  id: string,
  severity: Severity,
  messageKey: MessageKey,
  table: string,
  description: ValidationRule['description'],
  find: (ctx: RuleContext) => Finding[],
  scope: ValidationRule['scope'] = 'ward',
): ValidationRule {
  return {
    id,
    severity,
    messageKey,
    table,
    description,
    scope,
    check: (ctx) =>
      find(ctx).map((f) => ({ sheet: f.at.sheet, a1: f.at.cells[f.column] ?? '', severity, messageKey, params: f.params, ruleId: id })),
  };
}

/** A rule that needs only its own tab's rows: the on-edit check runs it too. */
const tabRule = (...args: Parameters<typeof rule>): ValidationRule => ({ ...rule(...args), scope: 'tab' });

const eachClub = <T>(ctx: RuleContext, fn: (club: ClubRecord) => T[]): T[] => ctx.ward.clubs.flatMap(fn);
const memberNames = (club: ClubRecord) => new Set(club.members.filter((m) => m.name).map((m) => foldText(m.name!)));
const yearOf = (m: Member) => m.birth?.year ?? '?';

export const RULES: ValidationRule[] = [
  tabRule(
    'member.age',
    'error',
    'rule.member.age',
    'Sổ thành viên',
    { vi: 'Tuổi hôm nay trong khoảng 0–120', en: 'Age today within 0–120' },
    (ctx) =>
      eachClub(ctx, (club) =>
        club.members.flatMap((m) => {
          const age = ageAt(m, ctx.today);
          return age !== undefined && (age < 0 || age > 120) ? [{ at: m, column: 'birth', params: { age } }] : [];
        }),
      ),
  ),
  tabRule(
    'member.leftBeforeJoined',
    'error',
    'rule.member.leftBeforeJoined',
    'Sổ thành viên',
    { vi: 'Ngày rời sau ngày tham gia', en: 'Left after joined' },
    (ctx) =>
      eachClub(ctx, (club) =>
        club.members.flatMap((m) =>
          m.joined && m.left && m.left < m.joined
            ? [{ at: m, column: 'left', params: { left: formatDateVi(m.left), joined: formatDateVi(m.joined) } }]
            : [],
        ),
      ),
  ),
  tabRule(
    'member.duplicateInClub',
    'error',
    'rule.member.duplicateInClub',
    'Sổ thành viên',
    { vi: 'Một người chỉ ghi một lần trong một CLB (họ tên + năm sinh)', en: 'A person appears once per club (name + birth year)' },
    (ctx) =>
      eachClub(ctx, (club) => {
        const first = new Map<string, Member>();
        return club.members.flatMap((m) => {
          if (!m.name) return [];
          const key = personKey(m.name, m.birth?.year);
          const earlier = first.get(key);
          if (!earlier) {
            first.set(key, m);
            return [];
          }
          return [{ at: m, column: 'name', params: { name: m.name, year: yearOf(m), row: earlier.row } }];
        });
      }),
  ),
  rule(
    'member.duplicateAcrossClubs',
    'warning',
    'rule.member.duplicateAcrossClubs',
    'Sổ thành viên',
    { vi: 'Cùng một người trong hai CLB', en: 'The same person in two clubs' },
    (ctx) => {
      const seen = new Map<string, { club: ClubRecord; member: Member }>();
      return eachClub(ctx, (club) => {
        const inThisClub = new Set<string>();
        return club.members.flatMap((m) => {
          if (!m.name || !isCounted(m, ctx.today)) return [];
          const key = personKey(m.name, m.birth?.year);
          if (inThisClub.has(key)) return [];
          inThisClub.add(key);
          const other = seen.get(key);
          if (!other) {
            seen.set(key, { club, member: m });
            return [];
          }
          return [
            {
              at: m,
              column: 'name',
              params: { name: m.name, year: yearOf(m), other: other.club.code, cell: `${other.club.sheet}!${other.member.cells.name}` },
            },
          ];
        });
      });
    },
  ),
  tabRule(
    'meeting.attendance',
    'error',
    'rule.meeting.attendance',
    'Sinh hoạt',
    { vi: 'Số người dự không vượt số thành viên tại ngày họp', en: 'Attendance at most the members on the meeting date' },
    (ctx) =>
      eachClub(ctx, (club) =>
        club.meetings.flatMap((mt) => {
          if (mt.attendance === undefined) return [];
          const on = mt.date ?? `${mt.month ?? ctx.today.slice(0, 7)}-28`;
          const members = club.members.filter((m) => isCounted(m, on)).length;
          return mt.attendance > members ? [{ at: mt, column: 'attendance', params: { attendance: mt.attendance, members } }] : [];
        }),
      ),
  ),
  tabRule(
    'meeting.monthMismatch',
    'warning',
    'rule.meeting.monthMismatch',
    'Sinh hoạt',
    { vi: 'Cột Tháng khớp với ngày sinh hoạt', en: 'Month agrees with the meeting date' },
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
    'fund.duplicateMonth',
    'warning',
    'rule.fund.duplicateMonth',
    'Quỹ',
    { vi: 'Mỗi tháng một dòng số dư quỹ', en: 'One fund row per month' },
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
    'loan.dueBeforeBorrowed',
    'error',
    'rule.loan.dueBeforeBorrowed',
    'Cho vay',
    { vi: 'Hạn trả sau ngày vay', en: 'Due after borrowed' },
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
    'loan.repaidBeforeBorrowed',
    'error',
    'rule.loan.repaidBeforeBorrowed',
    'Cho vay',
    { vi: 'Ngày trả hết sau ngày vay', en: 'Repaid after borrowed' },
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
    'loan.notMember',
    'error',
    'rule.loan.notMember',
    'Cho vay',
    { vi: 'Chỉ cho thành viên trong sổ vay', en: 'Loans only to registered members' },
    (ctx) =>
      eachClub(ctx, (club) => {
        const names = memberNames(club);
        return club.loans.flatMap((l) =>
          l.name && !names.has(foldText(l.name)) ? [{ at: l, column: 'name', params: { name: l.name } }] : [],
        );
      }),
  ),
  tabRule(
    'training.notMember',
    'error',
    'rule.training.notMember',
    'Tập huấn',
    { vi: 'Chỉ tập huấn cho thành viên trong sổ', en: 'Trainings only for registered members' },
    (ctx) =>
      eachClub(ctx, (club) => {
        const names = memberNames(club);
        return club.trainings.flatMap((t) =>
          t.name && !names.has(foldText(t.name)) ? [{ at: t, column: 'name', params: { name: t.name } }] : [],
        );
      }),
  ),
  rule(
    'club.noChair',
    'warning',
    'rule.club.noChair',
    'Sổ thành viên',
    { vi: 'Ban chủ nhiệm có trong sổ thành viên (ít nhất một Chủ nhiệm)', en: 'The board is in the register (at least one Chủ nhiệm)' },
    (ctx) =>
      eachClub(ctx, (club) =>
        club.members.length > 0 && !club.members.some((m) => m.role === 'Chủ nhiệm' && isCounted(m, ctx.today))
          ? [{ at: { sheet: club.sheet, row: 0, cells: { role: club.members[0].cells.role } }, column: 'role', params: {} }]
          : [],
      ),
  ),
  ...standardShareRules(),
  rule(
    'registry.duplicateCode',
    'error',
    'rule.registry.duplicateCode',
    'Danh mục CLB',
    { vi: 'Mã CLB không trùng', en: 'Club codes are unique' },
    (ctx) => duplicates(ctx.ward.registry),
  ),
  rule(
    'registry.unknownGroup',
    'warning',
    'rule.registry.unknownGroup',
    'Danh mục CLB',
    { vi: 'Tổ dân phố của CLB có trong trang Tổ dân phố', en: "The club's group is listed in Tổ dân phố" },
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
    'group.duplicateCode',
    'error',
    'rule.group.duplicateCode',
    'Tổ dân phố',
    { vi: 'Mã tổ không trùng', en: 'Group codes are unique' },
    (ctx) => duplicates(ctx.ward.groups),
  ),
  rule(
    'activity.unknownClub',
    'warning',
    'rule.activity.unknownClub',
    'Hoạt động phường',
    { vi: 'Mã CLB của hoạt động có trong danh mục', en: "An activity's club code is registered" },
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

/** The plan's club composition as warnings, at today's date, on the club tab's first member row. */
function standardShareRules(): ValidationRule[] {
  const where = (club: ClubRecord): Located => ({ sheet: club.sheet, row: 0, cells: { name: club.members[0]?.cells.name ?? '' } });
  const counted = (ctx: RuleContext, club: ClubRecord) => club.members.filter((m) => isCounted(m, ctx.today));
  const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
  return [
    rule(
      'club.size',
      'warning',
      'rule.club.size',
      'Sổ thành viên',
      { vi: 'Số thành viên trong khoảng chuẩn (Cấu hình)', en: 'Member count within the standard (settings)' },
      (ctx) =>
        eachClub(ctx, (club) => {
          const n = counted(ctx, club).length;
          const s = ctx.ward.settings;
          return n > 0 && (n < s.standardMinMembers || n > s.standardMaxMembers)
            ? [{ at: where(club), column: 'name', params: { members: n, min: s.standardMinMembers, max: s.standardMaxMembers } }]
            : [];
        }),
    ),
    rule(
      'club.womenShare',
      'warning',
      'rule.club.womenShare',
      'Sổ thành viên',
      { vi: 'Tỷ lệ nữ trong khoảng chuẩn', en: 'Share of women within the standard' },
      (ctx) =>
        eachClub(ctx, (club) => {
          const members = counted(ctx, club);
          const s = ctx.ward.settings;
          const x = share(members.filter(isWoman).length, members.length);
          return members.length > 0 && (x < s.standardMinWomenShare - 1e-9 || x > s.standardMaxWomenShare + 1e-9)
            ? [
                {
                  at: where(club),
                  column: 'name',
                  params: {
                    share: formatPercentVi(x),
                    min: formatPercentVi(s.standardMinWomenShare, 0),
                    max: formatPercentVi(s.standardMaxWomenShare, 0),
                  },
                },
              ]
            : [];
        }),
    ),
    rule(
      'club.elderlyShare',
      'warning',
      'rule.club.elderlyShare',
      'Sổ thành viên',
      { vi: 'Tỷ lệ người cao tuổi trong khoảng chuẩn', en: 'Share of older people within the standard' },
      (ctx) =>
        eachClub(ctx, (club) => {
          const members = counted(ctx, club);
          const s = ctx.ward.settings;
          const x = share(members.filter((m) => isElderly(m, ctx.today, s.elderlyAge)).length, members.length);
          return members.length > 0 && (x < s.standardMinElderlyShare - 1e-9 || x > s.standardMaxElderlyShare + 1e-9)
            ? [
                {
                  at: where(club),
                  column: 'name',
                  params: {
                    share: formatPercentVi(x),
                    min: formatPercentVi(s.standardMinElderlyShare, 0),
                    max: formatPercentVi(s.standardMaxElderlyShare, 0),
                  },
                },
              ]
            : [];
        }),
    ),
  ];
}
