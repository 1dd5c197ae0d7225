/** Data validation rules and their builder; the user Session returns. */
import { instrument } from './calls';
import type { FakeContext } from './context';
import { makeEnum } from './context';

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

interface Criteria {
  type: CriteriaType;
  values: unknown[];
}

/** Criteria values are numbers, booleans and lists of strings: a copy keeps a rule immutable. */
function cloneValues(values: readonly unknown[]): unknown[] {
  return values.map((v) => (Array.isArray(v) ? [...v] : v));
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
    return cloneValues(this._criteria.values);
  }

  getHelpText(): string {
    return this._helpText;
  }

  getAllowInvalid(): boolean {
    return this._allowInvalid;
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

  requireDate(): FakeDataValidationBuilder {
    return this._set('DATE_IS_VALID_DATE', []);
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

/** A user as returned by Session.getActiveUser(). */
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
