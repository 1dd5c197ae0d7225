/**
 * Sổ báo cáo and the reporting calendar through the built bundle over the fake: a report's row
 * (kind, period, time, user, Doc and PDF links, fingerprint of the input tables, provisional), none
 * when the report fails, the officers-only protection, the notice on opening and the Tổng hợp line.
 */

import { generateDemoWard } from '../../src/core/demo';
import { OUTPUT_KEY, parseOutputMarker } from '../../src/core/output/outputTabs';
import { SHEETS } from '../../src/core/schema/sheets';
import type { GasEnvironment } from '../fakes/gas';
import { armFault, disarmFaults } from '../fakes/gas/faults';
import { metadataOf } from '../fakes/gas/metadata';
import { ProtectionType } from '../fakes/gas/protection';
import { loadAddOn, OFFICER, setToday, sheetValues, writeGrids } from './harness';

type App = Record<string, (...a: unknown[]) => unknown>;

const demo = generateDemoWard({ clubs: 2, membersPerClub: [20, 22], today: '2026-07-05' });

function ward() {
  const loaded = loadAddOn();
  setToday(loaded.app, '2026-07-05');
  loaded.app.menuSetUp();
  writeGrids(loaded.env, demo.grids);
  return loaded;
}

function registerRows(env: GasEnvironment): unknown[][] {
  const entry = metadataOf(env.spreadsheet).find((e) => e.key === OUTPUT_KEY && parseOutputMarker(e.value)?.id === 'register');
  return entry?.sheet ? env.calls.uncounted(() => entry.sheet!.getDataRange().getValues()) : [];
}

/** The report Docs in Drive (not trashed, not the template) and their PDFs, as the add-on links them. */
function reports(env: GasEnvironment) {
  const files = [...env.drive._files.values()].filter((f) => !f.trashed && !f.description?.startsWith('ishc:report-template:'));
  return {
    docs: files
      .filter((f) => f.mimeType === 'application/vnd.google-apps.document')
      .map((f) => `https://docs.google.com/document/d/${f.id}/edit?usp=drivesdk`),
    pdfs: files.filter((f) => f.mimeType === 'application/pdf').length,
  };
}

/** The kind's menu item with a period; a period not ended yet is answered Yes to "provisional?". */
function report(app: App, env: GasEnvironment, period = '2026-H1', provisional = false) {
  env.ui.queuePrompt(period);
  if (provisional) env.ui.queueAlertAnswer('YES');
  app[/H1$/.test(period) ? 'menuReport_h1' : 'menuReport_year']();
}

/** Xuất PDF báo cáo of the 6-month report of a period (the first kind of the list). */
function exportPdf(app: App, env: GasEnvironment, period = '2026-H1') {
  env.ui.queuePrompt('1');
  env.ui.queuePrompt(period);
  app.menuExportPdf();
}

describe('Sổ báo cáo', () => {
  test('a report adds one row: kind, period, time, user, Doc and PDF links, fingerprint, provisional', () => {
    const { env, app } = ward();
    report(app, env);
    expect(registerRows(env)[1][5]).toBe('');
    exportPdf(app, env);
    const [header, row, ...rest] = registerRows(env);
    expect(rest).toEqual([]);
    expect(header).toEqual([
      'Loại báo cáo',
      'Kỳ báo cáo',
      'Thời điểm lập',
      'Người lập',
      'Bản Google Docs',
      'Bản PDF',
      'Dấu số liệu',
      'Tạm tính',
    ]);
    const { docs } = reports(env);
    expect(docs).toHaveLength(1);
    expect(row.slice(0, 2)).toEqual(['Báo cáo 6 tháng', '2026-H1']);
    expect(Object.prototype.toString.call(row[2])).toBe('[object Date]');
    expect((row[2] as Date).getTime()).toBe(new Date('2026-07-05T03:00:00Z').getTime());
    expect(row.slice(3, 5)).toEqual([OFFICER, docs[0]]);
    expect(String(row[5])).toMatch(/^https:\/\/drive\.google\.com\//);
    expect(row[6]).toMatch(/^[0-9a-f]{8}$/);
    // The same fingerprint the run's Nhật ký row carries (the input tables read).
    const log = sheetValues(env, SHEETS.log).at(-2)!;
    expect(row[6]).toBe(log[6]);
    expect(row[7]).toBe('không');
    expect(env.spreadsheet.getSheetByName(SHEETS.register)).not.toBeNull();
  });

  test('a report on a period not ended yet is recorded as provisional', () => {
    const { env, app } = ward();
    report(app, env, '2026', true);
    expect(registerRows(env)[1].slice(0, 2)).toEqual(['Báo cáo năm', '2026']);
    expect(registerRows(env)[1][7]).toBe('có');
  });

  test('same data, same fingerprint (a roll-up writing the outputs changes nothing); one edited cell changes it', () => {
    const { env, app } = ward();
    report(app, env);
    app.menuRollUp();
    report(app, env);
    const club = env.spreadsheet.getSheetByName('CLB01')!;
    const values = club.getDataRange().getValues();
    const r = values.findIndex((row) => row.includes('Số người dự')) + 1;
    const c = values[r - 1].indexOf('Số người dự');
    club.getRange(r + 1, c + 1).setValue(Number(values[r][c]) + 1);
    report(app, env);
    const prints = registerRows(env)
      .slice(1)
      .map((row) => row[6]);
    expect(prints).toHaveLength(3);
    expect(prints[1]).toBe(prints[0]);
    expect(prints[2]).not.toBe(prints[0]);
  });

  test('only officers may edit it, like the other output tabs', () => {
    const { env, app } = ward();
    report(app, env);
    const sheet = env.spreadsheet.getSheetByName(SHEETS.register)!;
    const [protection] = sheet.getProtections(ProtectionType.SHEET);
    expect(protection).toBeDefined();
    expect(protection.getEditors().map((u) => u.getEmail())).toContain(OFFICER);
    expect(protection.canDomainEdit()).toBe(false);
  });

  test.each([
    ['the register row', { method: 'Sheet.appendRow', nth: 1 }],
    ['the register tab', { method: 'Spreadsheet.insertSheet', nth: 1 }],
    ['the template import', { method: 'Files.create', nth: 1 }],
    ['the copy', { method: 'Files.copy', nth: 1 }],
    ['the completion marker', { method: 'Files.update', nth: 1 }],
  ])('a fault at %s leaves no row, no report and no half-made tab; the next run records one', (_what, plan) => {
    const { env, app } = ward();
    const faults = armFault(env, plan);
    report(app, env);
    disarmFaults(env);
    expect(faults.fired).not.toBeNull();
    expect(env.ui.alerts.at(-1)?.message).toMatch(/không hoàn thành/);
    expect(registerRows(env).slice(1)).toEqual([]);
    expect(reports(env)).toEqual({ docs: [], pdfs: 0 });
    expect(env.spreadsheet.getSheets().filter((s) => s.getName().startsWith(SHEETS.register))).toHaveLength(0);
    report(app, env);
    expect(
      registerRows(env)
        .slice(1)
        .map((r) => r[4]),
    ).toEqual(reports(env).docs);
  });
});

test('a fault writing the PDF link into the register trashes the new PDF; the next export fills the link', () => {
  const { env, app } = ward();
  report(app, env);
  const faults = armFault(env, { method: 'Range.setValue', nth: 1 });
  exportPdf(app, env);
  disarmFaults(env);
  expect(faults.fired).not.toBeNull();
  expect(reports(env).pdfs).toBe(0);
  expect(registerRows(env)[1][5]).toBe('');
  exportPdf(app, env);
  expect(reports(env).pdfs).toBe(1);
  expect(String(registerRows(env)[1][5])).toMatch(/^https:\/\/drive\.google\.com\//);
});

describe('the reporting calendar', () => {
  const toasts = (env: GasEnvironment) => env.ui.toasts.filter((t) => t.title === 'Lịch báo cáo').map((t) => t.message);

  test('from 25 May, opening the workbook shows the report due, its deadline and whether it is in the register', () => {
    const { env, app } = ward();
    setToday(app, '2026-05-24');
    app.onOpen({ authMode: 'LIMITED' });
    expect(toasts(env)).toEqual([]);
    setToday(app, '2026-05-26');
    app.onOpen({ authMode: 'NONE' });
    expect(toasts(env)).toEqual([]);
    app.onOpen({ authMode: 'LIMITED' });
    expect(toasts(env)).toEqual(['Đến hạn Báo cáo 6 tháng – 6 tháng đầu năm 2026: hạn nộp 10/06/2026; chưa có trong Sổ báo cáo.']);
    report(app, env, '2026-H1', true);
    app.onOpen({ authMode: 'LIMITED' });
    expect(toasts(env).at(-1)).toMatch(/; Sổ báo cáo mới có bản tạm tính lập ngày 26\/05\/2026\.$/);
  });

  test('Tổng hợp carries the same line in its reserved row 3; Kiểm tra the timeliness rows', () => {
    const { env, app } = ward();
    setToday(app, '2026-06-02');
    report(app, env, '2026-H1', true);
    app.menuRollUp();
    const summary = sheetValues(env, SHEETS.summary);
    expect(summary[2][0]).toBe(
      'Đến hạn Báo cáo 6 tháng – 6 tháng đầu năm 2026: hạn nộp 10/06/2026; Sổ báo cáo mới có bản tạm tính lập ngày 02/06/2026.',
    );
    expect(summary[3][0]).toBe('STT');
    const check = sheetValues(env, SHEETS.check);
    const at = check.findIndex((r) => r[0] === 'BÁO CÁO ĐÚNG HẠN');
    expect(check[at + 3].slice(1, 5)).toEqual(['Báo cáo 6 tháng – 6 tháng đầu năm 2026', '10/06/2026', '', 'Mới có bản tạm tính']);
    setToday(app, '2026-07-05');
    app.menuRollUp();
    expect(sheetValues(env, SHEETS.summary)[2][0]).toBe('');
  });
});
