/**
 * One ward setting's text read by its declaration (Cấu hình): the single rule the parser and the
 * Cài đặt phường dialog share. A number is read as typed (a percent in 0–100) and checked against its
 * declared bounds; e-mails are a list separated by commas.
 */
import type { MessageKey, MessageParams } from '../i18n/messages';
import type { SettingDecl } from '../schema/settings';
import { readInteger, readNumber } from '../values';
import { readEmails } from './readCell';

export interface FieldProblem {
  messageKey: MessageKey;
  params: MessageParams;
}

export type SettingRead =
  | { ok: true; value: string | number | undefined }
  /** `bound`: the number was read but lies outside the declaration's bounds. */
  | { ok: false; problem: FieldProblem; bound?: 'min' | 'max' };

/** Text as typed; e-mails lower-cased and joined by ", "; a number as typed (a percent not divided); blank is undefined. */
export function readSettingText(decl: SettingDecl, raw: string): SettingRead {
  const text = raw.trim();
  if (decl.type === 'text') return { ok: true, value: text };
  if (decl.type === 'email') {
    const read = readEmails(text);
    if (read.problem) return { ok: false, problem: { messageKey: read.problem.key, params: read.problem.params ?? {} } };
    return { ok: true, value: read.value?.join(', ') ?? '' };
  }
  if (text === '') return { ok: true, value: undefined };
  const bare = text.replace(/\s*%$/, '');
  const read = decl.type === 'integer' ? readInteger(bare) : readNumber(bare);
  if (read.problem || read.value === undefined)
    return {
      ok: false,
      problem: { messageKey: read.problem?.key ?? 'value.number.invalid', params: { value: raw, ...(read.problem?.params ?? {}) } },
    };
  if (decl.min !== undefined && read.value < decl.min)
    return { ok: false, bound: 'min', problem: { messageKey: 'settings.belowMin', params: { value: raw, min: decl.min } } };
  if (decl.max !== undefined && read.value > decl.max)
    return { ok: false, bound: 'max', problem: { messageKey: 'settings.aboveMax', params: { value: raw, max: decl.max } } };
  return { ok: true, value: read.value };
}
