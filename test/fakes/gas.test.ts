import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakeDataValidation, FakeDocument, FakeParagraph, FakeTable, GasEnvironment } from './gas';
import { createGasEnvironment, FORMULA_PLACEHOLDER, loadBundle } from './gas';

// biome-ignore lint/suspicious/noExplicitAny: the services are reached untyped, as a script would
type Any = any;

function services(env: GasEnvironment): Record<string, Any> {
  return env.globals as Record<string, Any>;
}

describe('Spreadsheet fake', () => {
  let env: GasEnvironment;
  let g: Record<string, Any>;
  beforeEach(() => {
    env = createGasEnvironment({ spreadsheetName: 'Ward workbook' });
    g = services(env);
  });

  test('getRangeList formats several ranges in one counted call and rejects an empty list', () => {
    const sheet = env.spreadsheet.getSheets()[0]!;
    env.calls.reset();
    sheet.getRangeList(['A1', 'B3:D3']).setFontWeight('bold').setBackground('#d9ead3');
    expect(env.calls.snapshot()).toEqual({ 'RangeList.setBackground': 1, 'RangeList.setFontWeight': 1, 'Sheet.getRangeList': 1 });
    expect(sheet.getRange('C3').getBackground()).toBe('#d9ead3');
    expect(sheet.getRange('A1').getBackground()).toBe('#d9ead3');
    expect(sheet.getRange('A2').getBackground()).toBe('#ffffff');
    expect(() => sheet.getRangeList([])).toThrow("don't match the method signature for Sheet.getRangeList");
    expect(() => sheet.getRangeList(['A1']).setFontWeight('heavy')).toThrow("don't match the method signature for Range.setFontWeight");
  });

  test('setValues rejects dimension mismatches with the Apps Script messages', () => {
    const range = env.spreadsheet.getSheets()[0]!.getRange(1, 1, 2, 3);
    expect(() => range.setValues([[1, 2, 3]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() =>
      range.setValues([
        [1, 2, 3],
        [4, 5],
      ]),
    ).toThrow('The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.');
    expect(() => range.setValues([1, 2, 3] as Any)).toThrow(
      "The parameters (Object[]) don't match the method signature for Range.setValues.",
    );
    // Nothing was written by the failed calls.
    expect(range.getValues()).toEqual([
      ['', '', ''],
      ['', '', ''],
    ]);
  });

  test('insertSheet refuses duplicate names (case-insensitively) and places the sheet after the last one inserted', () => {
    const ss = env.spreadsheet;
    ss.insertSheet('Members');
    expect(() => ss.insertSheet('Members')).toThrow('A sheet with the name "Members" already exists. Please enter another name.');
    expect(() => ss.insertSheet('members')).toThrow('already exists');
    ss.insertSheet('Second', 1);
    ss.insertSheet('Third');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Second', 'Third', 'Members']);
    expect(() => ss.insertSheet('Far', 9)).toThrow('The sheet index 9 is out of range.');
    expect(ss.getSheetByName('Missing')).toBeNull();
  });

  test('ranges must lie inside the sheet; insertRowsAfter and insertColumnsAfter grow it', () => {
    const sheet = env.spreadsheet.getSheets()[0]!;
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(() => sheet.getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(1, 1, 1, 27)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange('A999:A1001')).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
    expect(() => sheet.getRange('not a range')).toThrow('Range not found');
    sheet.insertRowsAfter(1000, 5);
    sheet.getRange(1005, 1).setValue('last');
    expect(sheet.getLastRow()).toBe(1005);
    expect(() => sheet.insertRowsAfter(2000, 1)).toThrow('Those rows are out of bounds.');
    sheet.getRange('B1').setValue('b');
    sheet.insertColumnsAfter(1, 30);
    expect(sheet.getMaxColumns()).toBe(56);
    expect(sheet.getRange('AF1').getValue()).toBe('b');
    expect(() => sheet.setColumnWidths(50, 10, 100)).toThrow('Those columns are out of bounds.');
  });

  test('user-entered semantics: formulas, apostrophes, numbers, booleans, dates', () => {
    const sheet = env.spreadsheet.getSheets()[0]!;
    const d = new Date(Date.UTC(2026, 5, 4, 17, 0));
    sheet.getRange('A1:G1').setValues([["'=SUM(1)", '=SUM(1)', '0912345678', "'0912345678", 'true', d, null]]);
    expect(sheet.getRange('A1:G1').getFormulas()).toEqual([['', '=SUM(1)', '', '', '', '', '']]);
    const values = sheet.getRange('A1:G1').getValues()[0]!;
    expect(values.slice(0, 5)).toEqual(['=SUM(1)', FORMULA_PLACEHOLDER, 912345678, '0912345678', true]);
    expect(values[5]).toBeInstanceOf(Date);
    expect((values[5] as Date).getTime()).toBe(d.getTime());
    expect(values[6]).toBe('');
    expect(() => sheet.getRange('A2').setValue({ a: 1 })).toThrow('cannot write a value of type Object');
    expect(() => sheet.getRange('A2:B2').setValues([['ok', ['nested']]])).toThrow('cannot write');
    expect(sheet.getRange('A2').getValue()).toBe('');
  });

  test('getLastRow and getDataRange follow content, not formats', () => {
    const sheet = env.spreadsheet.getSheets()[0]!;
    expect(sheet.getLastRow()).toBe(0);
    expect([sheet.getDataRange().getNumRows(), sheet.getDataRange().getNumColumns()]).toEqual([1, 1]);
    sheet.getRange('C5').setBackground('#FF0000');
    expect(sheet.getLastRow()).toBe(0);
    sheet.getRange('B3').setValue('x');
    sheet.getRange('D2').setValue('=1+1');
    const data = sheet.getDataRange();
    expect([data.getRow(), data.getColumn(), data.getNumRows(), data.getNumColumns()]).toEqual([1, 1, 3, 4]);
    expect(sheet.getRange('C5').getBackground()).toBe('#ff0000');
    sheet.getRange('B3').setValue('');
    expect(sheet.getLastRow()).toBe(2);
  });

  test('deleteRows shifts the rows below up and keeps a non-frozen row', () => {
    const tab = env.spreadsheet.insertSheet('Tab');
    tab.getRange('A1:C2').setValues([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    tab.deleteRows(1, 1);
    expect(tab.getRange('A1:C1').getValues()).toEqual([[4, 5, 6]]);
    expect(tab.getMaxRows()).toBe(999);
    tab.setFrozenRows(2);
    expect(tab.getFrozenRows()).toBe(2);
    expect(() => tab.deleteRows(1, 997)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
    expect(() => tab.deleteRows(999, 2)).toThrow('Those rows are out of bounds.');
  });

  test('data validation round-trips and the builder is strict', () => {
    const sheet = env.spreadsheet.getSheets()[0]!;
    const rule = g.SpreadsheetApp.newDataValidation()
      .requireValueInList(['Nam', 'Nữ'], true)
      .setAllowInvalid(false)
      .setHelpText('Chọn')
      .build();
    sheet.getRange('B2:B3').setDataValidation(rule);
    const got = sheet.getRange('B3').getDataValidation() as FakeDataValidation;
    expect(got.getCriteriaType()).toBe('VALUE_IN_LIST');
    expect(got.getCriteriaValues()).toEqual([['Nam', 'Nữ'], true]);
    expect(got.getAllowInvalid()).toBe(false);
    expect(got.getHelpText()).toBe('Chọn');
    expect(sheet.getRange('B1:B3').getDataValidations()).toEqual([[null], [rule], [rule]]);
    expect(g.SpreadsheetApp.newDataValidation().requireDate().build().getAllowInvalid()).toBe(true);
    expect(g.SpreadsheetApp.newDataValidation().requireNumberBetween(1, 5).build().getCriteriaValues()).toEqual([1, 5]);
    expect(() => g.SpreadsheetApp.newDataValidation().requireNumberLessThanOrEqualTo('5')).toThrow("don't match the method signature");
    expect(() => g.SpreadsheetApp.newDataValidation().setHelpText('x').build()).toThrow('criteria');
    expect(() => sheet.getRange('C1').setDataValidation(g.SpreadsheetApp.newDataValidation().requireDate())).toThrow(
      "don't match the method signature",
    );
    expect(() => sheet.getRange('C1:C2').setDataValidations([[rule]])).toThrow('The data has 1 but the range has 2.');
    sheet.getRange('B2').setDataValidation(null);
    expect(sheet.getRange('B2').getDataValidation()).toBeNull();
  });

  test('notes, backgrounds and formats are dimension-checked; Sheet.clear keeps notes and validation', () => {
    const sheet = env.spreadsheet.getSheets()[0]!;
    const range = sheet.getRange('A1:B1');
    expect(() => range.setNotes([['a']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(() =>
      range.setBackgrounds([
        ['#fff', '#000'],
        ['#fff', '#000'],
      ]),
    ).toThrow('The data has 2 but the range has 1.');
    expect(() => range.setNumberFormats([['0', 0]])).toThrow("don't match the method signature for Range.setNumberFormats");
    range
      .setNotes([['n1', 'n2']])
      .setBackgrounds([['#00f', null]])
      .setNumberFormats([['#,##0', '0.0%']])
      .setDataValidation(g.SpreadsheetApp.newDataValidation().requireDate().build())
      .setValues([['a', 'b']]);
    expect(range.getBackgrounds()).toEqual([['#0000ff', '#ffffff']]);
    expect(range.getNumberFormats()).toEqual([['#,##0', '0.0%']]);
    sheet.clear();
    expect(range.getValues()).toEqual([['', '']]);
    expect(range.getNotes()).toEqual([['n1', 'n2']]);
    expect(range.getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
    expect(range.getNumberFormats()).toEqual([['0.###############', '0.###############']]);
    expect(range.getDataValidation()).not.toBeNull();
  });
});

describe('menus and authorization modes', () => {
  test('a menu-bar menu is recorded with its title beside the add-on menu; adding either again replaces it', () => {
    const env = createGasEnvironment();
    const ui = services(env).SpreadsheetApp.getUi();
    ui.createAddonMenu().addItem('Set up', 'setup').addToUi();
    ui.createMenu('CLB').addItem('Check', 'check').addToUi();
    ui.createMenu('CLB').addItem('Roll up', 'rollUp').addToUi();
    expect(env.ui.menus).toEqual([
      { items: [{ caption: 'Set up', functionName: 'setup' }] },
      { title: 'CLB', items: [{ caption: 'Roll up', functionName: 'rollUp' }] },
    ]);
  });

  test('NONE allows menus and the locale only; LIMITED refuses Drive, Docs, triggers and sidebars but reads the spreadsheet', () => {
    const env = createGasEnvironment();
    const g = services(env);
    env.runInAuthMode('NONE', () => {
      g.SpreadsheetApp.getUi().createAddonMenu().addItem('Set up', 'setup').addToUi();
      expect(g.Session.getActiveUserLocale()).toBe('en');
      expect(() => g.SpreadsheetApp.getActive()).toThrow('You do not have permission to call SpreadsheetApp.getActive.');
    });
    env.runInAuthMode('LIMITED', () => {
      expect(g.SpreadsheetApp.getActive().getSheets()).toHaveLength(1);
      expect(() => g.DriveApp.getFoldersByName('x')).toThrow('You do not have permission to call DriveApp.getFoldersByName.');
      expect(() => g.DocumentApp.create('x')).toThrow('permission');
      expect(() => g.ScriptApp.newTrigger('onEditCheck')).toThrow('permission');
      const html = g.HtmlService.createHtmlOutput('<p>x</p>');
      expect(() => g.SpreadsheetApp.getUi().showSidebar(html)).toThrow('You do not have permission to call Ui.showSidebar.');
    });
    // Back to FULL after the run, even one that threw.
    expect(() => env.runInAuthMode('NONE', () => g.SpreadsheetApp.getActive())).toThrow('permission');
    expect(g.DriveApp.getFoldersByName('x').hasNext()).toBe(false);
  });
});

describe('Ui fake', () => {
  test('the add-on menu is recorded; prompts and questions need scripted answers; OK alerts answer OK', () => {
    const env = createGasEnvironment();
    const ui = services(env).SpreadsheetApp.getUi();
    ui.createAddonMenu().addItem('Set up', 'setup').addSeparator().addItem('Check', 'check').addToUi();
    ui.createAddonMenu().addItem('Set up', 'setup').addToUi();
    expect(env.ui.menus).toEqual([{ items: [{ caption: 'Set up', functionName: 'setup' }] }]);
    expect(() => ui.createAddonMenu().addItem('Set up')).toThrow("don't match the method signature for Menu.addItem");
    ui.createAddonMenu().addItem('Set up', 'setup').addSubMenu(ui.createMenu('Reports').addItem('Year', 'year')).addToUi();
    expect(env.ui.menus).toEqual([
      {
        items: [
          { caption: 'Set up', functionName: 'setup' },
          { submenu: 'Reports', items: [{ caption: 'Year', functionName: 'year' }] },
        ],
      },
    ]);
    expect(() => ui.createAddonMenu().addSubMenu(ui.createAddonMenu())).toThrow("don't match the method signature for Menu.addSubMenu");

    expect(() => ui.prompt('Name?')).toThrow('scripted no answer');
    env.ui.queuePrompt('Phường 1').queuePrompt('', 'CANCEL').queuePrompt('x', 'YES');
    const r = ui.prompt('Ward', 'Which ward?', ui.ButtonSet.OK_CANCEL);
    expect([r.getResponseText(), r.getSelectedButton()]).toEqual(['Phường 1', ui.Button.OK]);
    expect(ui.prompt('Again?', ui.ButtonSet.OK_CANCEL).getSelectedButton()).toBe(ui.Button.CANCEL);
    expect(() => ui.prompt('Once more?', ui.ButtonSet.OK_CANCEL)).toThrow('shows OK_CANCEL but the scripted answer pressed YES');

    expect(ui.alert('CLB', 'Done', ui.ButtonSet.OK)).toBe(ui.Button.OK);
    expect(() => ui.alert('Sure?', ui.ButtonSet.YES_NO)).toThrow('asks YES_NO but the test scripted no answer');
    env.ui.queueAlertAnswer('OK');
    expect(() => ui.alert('Sure?', ui.ButtonSet.YES_NO)).toThrow('shows YES_NO but the scripted answer pressed OK');
    env.ui.queueAlertAnswer('NO');
    expect(ui.alert('Report', 'Provisional?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(() => ui.alert('Title', 'Sure?')).toThrow("don't match");
    expect(env.ui.alerts).toEqual([
      { title: 'CLB', message: 'Done' },
      { title: 'Report', message: 'Provisional?', buttons: 'YES_NO' },
    ]);

    env.ui.available = false;
    expect(() => services(env).SpreadsheetApp.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });

  test('toasts and dialogs of HTML built in the script', () => {
    const env = createGasEnvironment();
    const g = services(env);
    env.spreadsheet.toast('Saved', 'ISHC');
    expect(env.ui.toasts).toEqual([{ message: 'Saved', title: 'ISHC', timeoutSeconds: 5 }]);
    const html = g.HtmlService.createHtmlOutput('<p>Done</p>').setWidth(420).setHeight(160);
    g.SpreadsheetApp.getUi().showModalDialog(html, 'Report');
    expect(env.ui.dialogs.map((d) => [d.title, d.html.getContent()])).toEqual([['Report', '<p>Done</p>']]);
    expect(() => html.setWidth(-1)).toThrow("don't match the method signature for HtmlOutput.setWidth");
    expect(() => g.SpreadsheetApp.getUi().showModalDialog('<p>raw</p>', 'Report')).toThrow("don't match");
  });
});

describe('Properties, locks, triggers', () => {
  test('Properties enforce the 9 KB value and 500 KB store limits', () => {
    const env = createGasEnvironment();
    const props = services(env).PropertiesService.getDocumentProperties();
    expect(services(env).PropertiesService.getDocumentProperties()).toBe(props);
    props.setProperty('a', 'x'.repeat(9 * 1024));
    expect(() => props.setProperty('b', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    props.setProperty('n', 5);
    expect(props.getProperty('n')).toBe('5');
    expect(() => props.setProperty('o', { a: 1 })).toThrow("don't match");
    expect(() => props.setProperty('z', null)).toThrow("don't match");
    expect(props.getProperty('b')).toBeNull();
    for (let i = 0; i < 55; i++) props.setProperty(`k${i}`, 'y'.repeat(9000));
    expect(() => props.setProperty('last', 'y'.repeat(9000))).toThrow('exceeded the property storage quota');
    expect(props.getProperty('last')).toBeNull();
  });

  test('the document lock fails to lock while another execution holds it', () => {
    const env = createGasEnvironment();
    const lock = services(env).LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(true);
    expect(env.locks.isHeld()).toBe(true);
    lock.releaseLock();
    expect(env.locks.isHeld()).toBe(false);
    env.locks.holdDocumentLock();
    expect(lock.tryLock(1000)).toBe(false);
    expect(() => lock.tryLock(-1)).toThrow("don't match the method signature for Lock.tryLock");
  });

  test('on-edit triggers are recorded per spreadsheet and limited to 20', () => {
    const env = createGasEnvironment();
    const ScriptApp = services(env).ScriptApp;
    const t = ScriptApp.newTrigger('onEditInstalled').forSpreadsheet(env.spreadsheet).onEdit().create();
    ScriptApp.newTrigger('elsewhere').forSpreadsheet('another-spreadsheet-id').onEdit().create();
    expect(env.triggers.map((x) => x.getHandlerFunction())).toEqual(['onEditInstalled', 'elsewhere']);
    expect(ScriptApp.getUserTriggers(env.spreadsheet)).toEqual([t]);
    expect(() => ScriptApp.newTrigger('x').forSpreadsheet(env.spreadsheet).create()).toThrow('needs an event type');
    for (let i = 0; i < 18; i++) ScriptApp.newTrigger(`f${i}`).forSpreadsheet(env.spreadsheet).onEdit().create();
    expect(() => ScriptApp.newTrigger('one-too-many').forSpreadsheet(env.spreadsheet).onEdit().create()).toThrow(
      'This script has too many triggers.',
    );
  });
});

describe('Document and Drive fakes', () => {
  function docWithTable(env: GasEnvironment): FakeDocument {
    const doc = services(env).DocumentApp.create('Template') as FakeDocument;
    const body = doc.getBody();
    body.getChild(0).asParagraph().setText('Title {{ward}}');
    body.appendTable([
      ['Name', 'Age'],
      ['{{name}}', '{{age}}'],
    ]);
    body.appendParagraph('End');
    return doc;
  }

  test('body text, tables, copy/insert/remove of rows and replaceText in cells', () => {
    const env = createGasEnvironment();
    const doc = docWithTable(env);
    const body = doc.getBody();
    expect(body.getText()).toBe('Title {{ward}}\nName\tAge\n{{name}}\t{{age}}\nEnd');
    const table = body.getChild(1).asTable() as FakeTable;
    const template = table.getRow(1);
    for (const [k, [name, age]] of [
      ['An', '70'],
      ['Bình', '68'],
    ].entries()) {
      const row = template.copy();
      table.insertTableRow(2 + k, row);
      row.replaceText('\\{\\{name\\}\\}', name!).replaceText('\\{\\{age\\}\\}', age!);
    }
    table.removeRow(1);
    body.replaceText('\\{\\{ward\\}\\}', 'Phường $1');
    expect(body.getText()).toBe('Title Phường $1\nName\tAge\nAn\t70\nBình\t68\nEnd');
    expect(table.getNumRows()).toBe(3);
    expect(() => table.insertTableRow(0, table.getRow(1))).toThrow('Element must be detached.');
    expect(() => table.getRow(9)).toThrow('Child index (9) must be less than the number of child elements (3).');
    const found = body.findText('Bình')!;
    expect([found.getStartOffset(), found.getEndOffsetInclusive()]).toEqual([0, 3]);
    expect(body.findText('Bình', found)).toBeNull();
    expect(body.findText('nowhere')).toBeNull();
  });

  test('paragraph and text attributes, the last paragraph rule and margins', () => {
    const env = createGasEnvironment();
    const DocumentApp = services(env).DocumentApp;
    const body = DocumentApp.create('X').getBody();
    const A = DocumentApp.Attribute;
    const p = body.appendParagraph('Quyết định') as FakeParagraph;
    p.setAttributes({ [A.HORIZONTAL_ALIGNMENT]: DocumentApp.HorizontalAlignment.CENTER, [A.BOLD]: true });
    p.editAsText().setAttributes(0, 2, { [A.FONT_SIZE]: 14 });
    expect(p._attrs).toMatchObject({ HORIZONTAL_ALIGNMENT: 'CENTER', BOLD: true });
    expect(p._styles).toEqual([{ start: 0, end: 2, attributes: { FONT_SIZE: 14 } }]);
    expect(() => p.setAttributes({ BOLDER: true })).toThrow('unknown attribute BOLDER');
    expect(() => p.editAsText().setAttributes(0, 99, { [A.BOLD]: true })).toThrow('outside the text');
    expect(() => p.removeFromParent()).toThrow("Can't remove the last paragraph in a document section.");
    body.getChild(0).removeFromParent();
    expect(body.getNumChildren()).toBe(1);
    body.setMarginTop(56.7);
    expect(body.getMarginTop()).toBe(56.7);
    expect(() => body.setMarginTop(-1)).toThrow("don't match the method signature for Body.setMarginTop");
  });

  test('Paragraph.merge joins the preceding paragraph, may take the last one away, and needs a same-type sibling', () => {
    const env = createGasEnvironment();
    const body = services(env).DocumentApp.create('M').getBody();
    const first = body.getChild(0) as FakeParagraph;
    expect(() => first.merge()).toThrow('preceded by an element of the same type');
    first.setText('Nơi nhận:');
    const last = body.appendParagraph(' UBND tỉnh') as FakeParagraph;
    expect(last.merge()).toBe(first);
    expect(body.getNumChildren()).toBe(1);
    expect(first.getText()).toBe('Nơi nhận: UBND tỉnh');
    const item = body.insertListItem(1, 'a') as FakeParagraph;
    expect(() => item.merge()).toThrow('preceded by an element of the same type');
  });

  test('list items, Text.deleteText/insertText and the last paragraph of a cell', () => {
    const env = createGasEnvironment();
    const DocumentApp = services(env).DocumentApp;
    const body = DocumentApp.create('L').getBody();
    const li = body.insertListItem(1, 'first');
    body.insertListItem(1, li.copy());
    expect(body.getChild(1).getType()).toBe(DocumentApp.ElementType.LIST_ITEM);
    expect(() => body.getChild(1).asParagraph()).toThrow('is not a PARAGRAPH');
    expect(body.getChild(2).asListItem().getText()).toBe('first');
    expect(() => body.insertParagraph(0, li.copy())).toThrow("don't match");
    const p = body.appendParagraph('Total: {{x}} VND') as FakeParagraph;
    const found = p.findText('\\{\\{x\\}\\}')!;
    const text = found.getElement().asText();
    text.deleteText(found.getStartOffset(), found.getEndOffsetInclusive());
    text.insertText(found.getStartOffset(), '$1.5');
    expect(p.getText()).toBe('Total: $1.5 VND');
    const table = body.appendTable([['a']]);
    const cell = table.getCell(0, 0);
    cell.setVerticalAlignment(DocumentApp.VerticalAlignment.CENTER).appendParagraph('b');
    expect(cell.getText()).toBe('a\nb');
    expect(() => cell.setVerticalAlignment('MIDDLE')).toThrow("don't match");
    expect(() => cell.getChild(1).removeFromParent()).toThrow("Can't remove the last paragraph in a document section.");
    cell.getChild(0).removeFromParent();
    expect(cell.getText()).toBe('b');
  });

  test('DriveApp makeCopy deep-copies a Google Doc into a folder found by name; a Doc exports to PDF only', () => {
    const env = createGasEnvironment();
    const { DriveApp, DocumentApp } = services(env);
    const doc = docWithTable(env);
    const folder = DriveApp.createFolder('Reports');
    const copy = DriveApp.getFileById(doc.getId()).makeCopy('Report May', folder);
    const copied = DocumentApp.openById(copy.getId());
    copied.getBody().replaceText('\\{\\{ward\\}\\}', 'Phường 2');
    expect(doc.getBody().getText()).toContain('{{ward}}');
    expect(copied.getBody().getText()).toContain('Title Phường 2');
    expect(env.drive.pathOf(copy)).toEqual(['My Drive', 'Reports', 'Report May']);

    const it = DriveApp.getFoldersByName('Reports');
    expect(it.hasNext()).toBe(true);
    expect(it.next().getName()).toBe('Reports');
    expect(() => it.next()).toThrow('Cannot retrieve the next object: iterator has reached the end.');
    expect(() => DriveApp.getFileById('nope')).toThrow('No item with the given ID could be found');
    expect(() => DocumentApp.openById('nope')).toThrow('Document is missing');

    const saved = folder.createFile(copy.getAs('application/pdf')).setName('Report May (PDF).pdf');
    expect(env.drive.pathOf(saved)).toEqual(['My Drive', 'Reports', 'Report May (PDF).pdf']);
    expect(saved.getUrl()).toBe(`https://drive.google.com/file/d/${saved.getId()}/view?usp=drivesdk`);
    expect(() => copy.getAs('text/plain')).toThrow('is not supported');

    const template = DriveApp.getFileById(doc.getId());
    template.moveTo(folder);
    expect(env.drive.pathOf(template)).toEqual(['My Drive', 'Reports', 'Template']);
    const closed = DocumentApp.openById(doc.getId());
    closed.saveAndClose();
    expect(() => closed.getBody()).toThrow('Document is closed');
  });
});

describe('call counting', () => {
  test('every outside call is counted once, inner calls are not', () => {
    const env = createGasEnvironment();
    const { SpreadsheetApp } = services(env);
    const sheet = SpreadsheetApp.getActive().getSheetByName('Sheet1');
    sheet.getRange(1, 1, 2, 2).setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.getRange('A1').getValue();
    sheet.getDataRange().getValues(); // getDataRange uses getLastRow internally: not counted
    expect(env.calls.count('SpreadsheetApp.getActive')).toBe(1);
    expect(env.calls.count('Spreadsheet.getSheetByName')).toBe(1);
    expect(env.calls.count('Sheet.getRange')).toBe(2);
    expect(env.calls.count('Sheet.getLastRow')).toBe(0);
    expect(env.calls.count('Range.setValues')).toBe(1);
    expect(env.calls.total('Range')).toBe(3);
    expect(env.calls.total('Sheet')).toBe(3);
    expect(env.calls.snapshot()).toEqual({
      'Range.getValue': 1,
      'Range.getValues': 1,
      'Range.setValues': 1,
      'Sheet.getDataRange': 1,
      'Sheet.getRange': 2,
      'SpreadsheetApp.getActive': 1,
      'Spreadsheet.getSheetByName': 1,
    });
    env.calls.uncounted(() => sheet.getRange('B2').getValue());
    expect(env.calls.count('Range.getValue')).toBe(1);
    env.calls.reset();
    expect(env.calls.total()).toBe(0);
    // Failed calls count too.
    expect(() => sheet.getRange(0, 0)).toThrow();
    expect(env.calls.count('Sheet.getRange')).toBe(1);
  });
});

describe('loadBundle', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gas-bundle-'));
    writeFileSync(
      join(dir, 'Code.js'),
      `
var __app = (function () {
  function write() {
    var sheet = SpreadsheetApp.getActive().insertSheet('Output');
    sheet.getRange(1, 1, 1, 3).setValues([['hello', new Date(2026, 0, 2), '=1+1']]);
    var v = sheet.getRange('B1').getValue();
    console.error('wrote %s', sheet.getName());
    return { isDate: v instanceof Date, year: v.getFullYear() };
  }
  function duplicate() {
    try { SpreadsheetApp.getActive().insertSheet('Sheet1'); return 'no error'; }
    catch (e) { return (e instanceof Error) + ':' + e.message; }
  }
  return { write: write, duplicate: duplicate };
})();
function write() { return __app.write.apply(this, arguments); }
function duplicate() { return __app.duplicate.apply(this, arguments); }
function hasTimers() { return typeof setTimeout !== 'undefined'; }
`,
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('top-level functions run against the fakes, with Dates and Errors of the bundle realm', () => {
    const env = createGasEnvironment();
    const app = loadBundle(env, dir);
    expect(app.write()).toEqual({ isDate: true, year: 2026 });
    expect(env.spreadsheet.getSheetByName('Output')!.getRange('A1:C1').getFormulas()).toEqual([['', '', '=1+1']]);
    expect(app.duplicate()).toBe('true:A sheet with the name "Sheet1" already exists. Please enter another name.');
    expect(app.hasTimers()).toBe(false);
    expect(env.logs).toEqual([{ level: 'error', message: 'wrote Output' }]);
    expect(env.calls.count('Range.setValues')).toBe(1);
  });
});
