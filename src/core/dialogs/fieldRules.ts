/**
 * The rule a dialog field is checked by, on its own so a page bundles only this (and the cell readers):
 * a setting by its declaration (readSettingText, the parser's rule), a plan target by readTarget.
 */
import { readTarget } from '../parse/readCell';
import { type FieldProblem, readSettingText } from '../parse/readSetting';
import type { SettingDecl } from '../schema/settings';
import type { Target } from '../schema/types';

/** How a field's text is read: a setting by its declaration, or a plan target ("≥ 300", "40–50%"). */
export type FieldRule = { kind: 'setting'; type: SettingDecl['type']; min?: number; max?: number; optional: boolean } | { kind: 'target' };

export function ruleOfSetting(decl: SettingDecl): FieldRule {
  return {
    kind: 'setting',
    type: decl.type,
    min: decl.min,
    max: decl.max,
    optional: decl.default === '' || decl.type === 'text' || decl.type === 'email',
  };
}

/** A rule's reading of a text: the value to write, or the problem. */
export type FieldValue = string | number | Target | undefined;
export type FieldRead = { ok: true; value: FieldValue } | { ok: false; problem: FieldProblem };

/** The one check of a field's text (the page calls it as the officer types; a save calls it again). */
export function readField(rule: FieldRule, text: string): FieldRead {
  if (rule.kind === 'target') {
    const read = readTarget(text.trim());
    if (read.problem) return { ok: false, problem: { messageKey: read.problem.key, params: read.problem.params ?? {} } };
    return { ok: true, value: read.value };
  }
  const decl = { key: '', label: '', labelEn: '', default: '', type: rule.type, min: rule.min, max: rule.max } satisfies SettingDecl;
  const read = readSettingText(decl, text);
  if (!read.ok) return { ok: false, problem: read.problem };
  // A whole number left blank would silently fall back to its default (the year 2026): say so instead.
  if (read.value === undefined && !rule.optional) return { ok: false, problem: { messageKey: 'settings.required', params: {} } };
  return { ok: true, value: read.value };
}
