/** The fake's developer metadata and fault injection, as the add-on relies on them. */
import { createGasEnvironment } from './gas';
import { armFault, disarmFaults } from './gas/faults';

describe('developer metadata', () => {
  test('row metadata moves with its row and goes with it; sheet metadata goes with its sheet', () => {
    const env = createGasEnvironment();
    const ss = env.spreadsheet;
    const sheet = ss.insertSheet('A');
    sheet.getRange('3:3').addDeveloperMetadata('k', 'v');
    sheet.addDeveloperMetadata('s', '1');
    sheet.insertRowsAfter(1, 2);
    const found = ss.createDeveloperMetadataFinder().withKey('k').find();
    expect(found.map((m) => m.getLocation().getRow()!.getRow())).toEqual([5]);
    expect(
      sheet
        .getRange('5:5')
        .getDeveloperMetadata()
        .map((m) => m.getValue()),
    ).toEqual(['v']);
    expect(sheet.getRange('A5').getDeveloperMetadata()).toEqual([]);
    sheet.deleteRows(5, 1);
    expect(ss.createDeveloperMetadataFinder().withKey('k').find()).toEqual([]);
    expect(sheet.getDeveloperMetadata()[0].getLocation().getSheet()).toBe(sheet);
    ss.deleteSheet(sheet);
    expect(ss.createDeveloperMetadataFinder().withKey('s').find()).toEqual([]);
  });

  test('only whole rows take range metadata, as in Apps Script', () => {
    const sheet = createGasEnvironment().spreadsheet.insertSheet('A');
    expect(() => sheet.getRange('A1:B2').addDeveloperMetadata('k')).toThrow(/arbitrary ranges/);
  });
});

describe('fault injection', () => {
  test('the Nth counted call, or the nth of one method, throws as Apps Script does; before: no effect, after: effect', () => {
    const env = createGasEnvironment();
    const sheet = env.calls.uncounted(() => env.spreadsheet.insertSheet('A'));
    const faults = armFault(env, { method: 'Range.setValue', nth: 2 });
    sheet.getRange('A1').setValue('one');
    expect(() => sheet.getRange('A2').setValue('two')).toThrow(/^Service Spreadsheets failed while accessing document with id /);
    expect(faults.fired).toEqual({ seq: 4, name: 'Range.setValue' });
    expect(faults.trace).toEqual(['Sheet.getRange', 'Range.setValue', 'Sheet.getRange', 'Range.setValue']);
    expect(env.calls.uncounted(() => sheet.getRange('A2').getValue())).toBe('');

    armFault(env, { at: 2, when: 'after' });
    expect(() => sheet.getRange('A3').setValue('three')).toThrow();
    expect(env.calls.uncounted(() => sheet.getRange('A3').getValue())).toBe('three');
    disarmFaults(env);
    expect(() => sheet.getRange('A4').setValue('four')).not.toThrow();
  });
});
