/** Data validation rules (and their builder) and protections. */
import { instrument } from './calls';
import type { FakeContext } from './context';
import { isDate, makeEnum } from './context';
import type { FakeRange } from './range';
import type { FakeSheet } from './spreadsheet';

export const DataValidationCriteria = makeEnum([
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
] as const);
export type CriteriaType = keyof typeof DataValidationCriteria;

export const ProtectionType = makeEnum(['RANGE', 'SHEET'] as const);

interface Criteria {
  type: CriteriaType;
  values: unknown[];
}

function cloneValues(values: readonly unknown[]): unknown[] {
  return values.map((v) => (Array.isArray(v) ? [...v] : isDate(v) ? new Date(v.getTime()) : v));
}

/** A built, immutable rule. */
export class FakeDataValidation {
  constructor(
    readonly _ctx: FakeContext,
    readonly _criteria: Criteria,
    readonly _allowInvalid: boolean,
    readonly _helpText: string,
  ) {}

  getCriteriaType(): CriteriaType {
    return this._criteria.type;
  }

  getCriteriaValues(): unknown[] {
    return cloneValues(this._criteria.values).map((v) => (isDate(v) ? this._ctx.date(v.getTime()) : v));
  }

  getHelpText(): string {
    return this._helpText;
  }

  getAllowInvalid(): boolean {
    return this._allowInvalid;
  }

  copy(): FakeDataValidationBuilder {
    const b = new FakeDataValidationBuilder(this._ctx);
    b._criteria = { type: this._criteria.type, values: cloneValues(this._criteria.values) };
    b._allowInvalid = this._allowInvalid;
    b._helpText = this._helpText;
    return b;
  }
}
instrument(FakeDataValidation, 'DataValidation');

export class FakeDataValidationBuilder {
  _criteria: Criteria | null = null;
  _allowInvalid = true; // Apps Script's default for new rules.
  _helpText = '';

  constructor(readonly _ctx: FakeContext) {}

  private _set(type: CriteriaType, values: unknown[]): FakeDataValidationBuilder {
    this._criteria = { type, values };
    return this;
  }

  private _num(method: string, args: unknown[]): void {
    if (!args.every((a) => typeof a === 'number' && Number.isFinite(a))) throw this._ctx.badArgs(`DataValidationBuilder.${method}`, args);
  }

  requireValueInList(values: unknown, showDropdown?: unknown): FakeDataValidationBuilder {
    if (
      !Array.isArray(values) ||
      !values.every((v) => typeof v === 'string') ||
      (showDropdown !== undefined && typeof showDropdown !== 'boolean')
    ) {
      throw this._ctx.badArgs('DataValidationBuilder.requireValueInList', showDropdown === undefined ? [values] : [values, showDropdown]);
    }
    return this._set('VALUE_IN_LIST', [[...values], showDropdown ?? true]);
  }

  requireValueInRange(range: unknown, showDropdown?: unknown): FakeDataValidationBuilder {
    if (
      (range as { _className?: string } | null)?._className !== 'Range' ||
      (showDropdown !== undefined && typeof showDropdown !== 'boolean')
    ) {
      throw this._ctx.badArgs('DataValidationBuilder.requireValueInRange', showDropdown === undefined ? [range] : [range, showDropdown]);
    }
    return this._set('VALUE_IN_RANGE', [range as FakeRange, showDropdown ?? true]);
  }

  requireDate(): FakeDataValidationBuilder {
    return this._set('DATE_IS_VALID_DATE', []);
  }

  requireDateBetween(start: unknown, end: unknown): FakeDataValidationBuilder {
    if (!isDate(start) || !isDate(end)) throw this._ctx.badArgs('DataValidationBuilder.requireDateBetween', [start, end]);
    return this._set('DATE_BETWEEN', [new Date(start.getTime()), new Date(end.getTime())]);
  }

  requireNumberBetween(start: unknown, end: unknown): FakeDataValidationBuilder {
    this._num('requireNumberBetween', [start, end]);
    return this._set('NUMBER_BETWEEN', [start, end]);
  }

  requireNumberGreaterThanOrEqualTo(n: unknown): FakeDataValidationBuilder {
    this._num('requireNumberGreaterThanOrEqualTo', [n]);
    return this._set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }

  requireNumberLessThanOrEqualTo(n: unknown): FakeDataValidationBuilder {
    this._num('requireNumberLessThanOrEqualTo', [n]);
    return this._set('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }

  requireCheckbox(checked?: unknown, unchecked?: unknown): FakeDataValidationBuilder {
    if (checked === undefined && unchecked === undefined) return this._set('CHECKBOX', []);
    if (checked === undefined) throw this._ctx.badArgs('DataValidationBuilder.requireCheckbox', [checked, unchecked]);
    return this._set('CHECKBOX', unchecked === undefined ? [checked] : [checked, unchecked]);
  }

  requireTextIsEmail(): FakeDataValidationBuilder {
    return this._set('TEXT_IS_VALID_EMAIL', []);
  }

  setAllowInvalid(allow: unknown): FakeDataValidationBuilder {
    if (typeof allow !== 'boolean') throw this._ctx.badArgs('DataValidationBuilder.setAllowInvalid', [allow]);
    this._allowInvalid = allow;
    return this;
  }

  setHelpText(text: unknown): FakeDataValidationBuilder {
    if (typeof text !== 'string') throw this._ctx.badArgs('DataValidationBuilder.setHelpText', [text]);
    this._helpText = text;
    return this;
  }

  build(): FakeDataValidation {
    if (!this._criteria) throw this._ctx.error('You must set a criteria for the data validation rule before building it.');
    return new FakeDataValidation(
      this._ctx,
      { type: this._criteria.type, values: cloneValues(this._criteria.values) },
      this._allowInvalid,
      this._helpText,
    );
  }
}
instrument(FakeDataValidationBuilder, 'DataValidationBuilder');

/** A user as returned by Protection.getEditors() and Session. */
export class FakeUser {
  constructor(
    readonly _ctx: FakeContext,
    readonly _email: string,
  ) {}

  getEmail(): string {
    return this._email;
  }
}
instrument(FakeUser, 'User');

export interface ProtectedArea {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export class FakeProtection {
  _description = '';
  _warningOnly = false;
  _removed = false;
  readonly _editors: Set<string>;

  constructor(
    readonly _ctx: FakeContext,
    readonly _type: 'RANGE' | 'SHEET',
    readonly _sheet: FakeSheet,
    /** Null for a whole-sheet protection. */
    readonly _area: ProtectedArea | null,
  ) {
    // Until changed, the editors mirror the spreadsheet's: here, its owner (the fake user).
    this._editors = new Set([_ctx.userEmail]);
  }

  private _alive(method: string): void {
    if (this._removed) throw this._ctx.error(`Protection.${method}: this protection has been removed.`);
  }

  private _emails(method: string, users: unknown[]): string[] {
    return users.map((u) => {
      if (typeof u === 'string') return u;
      if (u instanceof FakeUser) return u._email;
      throw this._ctx.badArgs(`Protection.${method}`, [u]);
    });
  }

  getProtectionType(): 'RANGE' | 'SHEET' {
    return this._type;
  }

  setDescription(text: unknown): FakeProtection {
    this._alive('setDescription');
    if (typeof text !== 'string') throw this._ctx.badArgs('Protection.setDescription', [text]);
    this._description = text;
    return this;
  }

  getDescription(): string {
    return this._description;
  }

  setWarningOnly(warningOnly: unknown): FakeProtection {
    this._alive('setWarningOnly');
    if (typeof warningOnly !== 'boolean') throw this._ctx.badArgs('Protection.setWarningOnly', [warningOnly]);
    this._warningOnly = warningOnly;
    return this;
  }

  isWarningOnly(): boolean {
    return this._warningOnly;
  }

  addEditor(user: unknown): FakeProtection {
    this._alive('addEditor');
    for (const e of this._emails('addEditor', [user])) this._editors.add(e);
    return this;
  }

  addEditors(users: unknown): FakeProtection {
    this._alive('addEditors');
    if (!Array.isArray(users)) throw this._ctx.badArgs('Protection.addEditors', [users]);
    for (const e of this._emails('addEditors', users)) this._editors.add(e);
    return this;
  }

  removeEditor(user: unknown): FakeProtection {
    return this._remove('removeEditor', [user]);
  }

  removeEditors(users: unknown): FakeProtection {
    if (!Array.isArray(users)) throw this._ctx.badArgs('Protection.removeEditors', [users]);
    return this._remove('removeEditors', users);
  }

  private _remove(method: string, users: unknown[]): FakeProtection {
    this._alive(method);
    // The spreadsheet owner (the fake's user) always keeps edit access.
    for (const e of this._emails(method, users)) if (e !== this._ctx.userEmail) this._editors.delete(e);
    return this;
  }

  getEditors(): FakeUser[] {
    return [...this._editors].map((e) => new FakeUser(this._ctx, e));
  }

  canEdit(): boolean {
    return !this._removed && (this._warningOnly || this._editors.has(this._ctx.userEmail));
  }

  getRange(): FakeRange {
    const a = this._area;
    return a
      ? this._sheet._range(a.row, a.col, a.numRows, a.numCols)
      : this._sheet._range(1, 1, this._sheet._maxRows, this._sheet._maxCols);
  }

  remove(): void {
    this._alive('remove');
    this._removed = true;
    this._sheet._protections = this._sheet._protections.filter((p) => p !== this);
  }
}
instrument(FakeProtection, 'Protection');
