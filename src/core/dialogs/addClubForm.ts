/**
 * The Thêm câu lạc bộ dialog decided in core: the rule each field is checked by (the page checks as the
 * officer types, planAddClub applies the same functions when the club is added) and the JSON the page
 * and the server exchange. Light on purpose (no catalogue, no table reader): the page bundles it. The
 * groups offered come from addClub.ts (groupChoices), the texts from labels.ts.
 */
import { maxOf } from '../collections';
import type { Lang, MessageKey } from '../i18n/messages';
import { readEmails } from '../parse/readCell';
import type { FieldProblem } from '../parse/readSetting';
import { WARD_SHEETS } from '../schema/sheets';
import { foldText, normalizeText } from '../text';

export type { FieldProblem } from '../parse/readSetting';

/** The dialog's fields, in order. */
export const ADD_CLUB_FIELDS = ['code', 'name', 'group', 'boardEmails'] as const;
export type AddClubField = (typeof ADD_CLUB_FIELDS)[number];

/** A residential group as the dropdown offers it: `value` goes into the registry (its code, or its name). */
export interface GroupChoice {
  value: string;
  label: string;
}

/** A problem of the dialog as a whole (not of one field), with the cell it is about when there is one. */
export interface PageProblem {
  text: string;
  sheet: string;
  a1: string;
}

/** What the dialog opens with (plain JSON). */
export interface AddClubState {
  lang: Lang;
  labels: Record<string, string>;
  groups: GroupChoice[];
  /** Codes no new club may take (registered codes and tab names), compared without case or accents. */
  taken: string[];
  /** The next free "CLBnn", shown as the example. */
  example: string;
  problems: PageProblem[];
}

/** What adding answers: on success the new tab's name; otherwise the message and each field's problem. */
export interface AddClubResult {
  ok: boolean;
  message: string;
  sheet: string;
  row: number;
  fields: Partial<Record<AddClubField, string>>;
  /** The codes taken now (empty when they could not be read again: the page keeps its own list). */
  taken: string[];
}

const problem = (messageKey: MessageKey, params: Record<string, string | number> = {}): FieldProblem => ({ messageKey, params });

/** The club code: letters, digits, _ and -, at most 30; not a ward tab's name; not taken (registry or tab). */
export function clubCodeProblem(code: string, taken: readonly string[], example = 'CLB07'): FieldProblem | undefined {
  const c = normalizeText(code);
  if (c === '') return problem('addClub.emptyCode', { example });
  if (!/^[\p{L}\p{N}_-]{1,30}$/u.test(c) || WARD_SHEETS.some((s) => foldText(s) === foldText(c)))
    return problem('addClub.badCode', { code: c });
  if (taken.some((t) => foldText(t) === foldText(c))) return problem('addClub.exists', { code: c });
  return undefined;
}

export function clubNameProblem(name: string): FieldProblem | undefined {
  return normalizeText(name) === '' ? problem('addClub.emptyName') : undefined;
}

/** The group must be one of the ward's listed groups (by its code or its name). */
export function clubGroupProblem(group: string, groups: readonly GroupChoice[]): FieldProblem | undefined {
  const g = foldText(group);
  if (g === '') return problem('addClub.noGroup');
  if (!groups.some((c) => foldText(c.value) === g || foldText(c.label) === g))
    return problem('addClub.unknownGroup', { group: normalizeText(group) });
  return undefined;
}

/** Board e-mails are optional; given, each must be an e-mail (commas between them). */
export function boardEmailsProblem(text: string): FieldProblem | undefined {
  const read = readEmails(text.trim());
  return read.problem ? problem(read.problem.key, read.problem.params ?? {}) : undefined;
}

/** The e-mails as the registry keeps them: lower case, ", " between. */
export function normalBoardEmails(text: string): string {
  return readEmails(text.trim()).value?.join(', ') ?? '';
}

export interface AddClubInput {
  code: string;
  name: string;
  group: string;
  boardEmails: string;
}

/** Every field's problem (the page shows each under its field; nothing is added while there is one). */
export function addClubFieldProblems(
  input: AddClubInput,
  taken: readonly string[],
  groups: readonly GroupChoice[],
  example?: string,
): Partial<Record<AddClubField, FieldProblem>> {
  const out: Partial<Record<AddClubField, FieldProblem>> = {};
  const code = clubCodeProblem(input.code, taken, example);
  if (code) out.code = code;
  const name = clubNameProblem(input.name);
  if (name) out.name = name;
  const group = clubGroupProblem(input.group, groups);
  if (group) out.group = group;
  const emails = boardEmailsProblem(input.boardEmails);
  if (emails) out.boardEmails = emails;
  return out;
}

/** Which field a plan's refusal is about (planAddClub's message keys). */
export function fieldOfProblem(key: MessageKey): AddClubField | undefined {
  if (key === 'addClub.emptyCode' || key === 'addClub.badCode' || key === 'addClub.exists') return 'code';
  if (key === 'addClub.emptyName') return 'name';
  if (key === 'addClub.noGroup' || key === 'addClub.unknownGroup') return 'group';
  if (key === 'value.email.invalid') return 'boardEmails';
  return undefined;
}

/** The first free code of the form CLBnn after the highest one taken ("CLB07" after CLB06). */
export function suggestClubCode(taken: readonly string[]): string {
  const numbers = taken.map((t) => /^clb[-_ ]?(\d{1,4})$/i.exec(t.trim())?.[1]).filter((n): n is string => n !== undefined);
  let next = maxOf(numbers.map(Number), 0) + 1;
  const width = Math.max(
    2,
    maxOf(
      numbers.map((n) => n.length),
      2,
    ),
  );
  const free = (c: string) => !taken.some((t) => foldText(t) === foldText(c));
  while (!free(`CLB${String(next).padStart(width, '0')}`)) next += 1;
  return `CLB${String(next).padStart(width, '0')}`;
}
