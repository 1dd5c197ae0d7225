/**
 * The probes of issue 8, as regression tests on the built bundle: output tabs are the add-on's by
 * marker, the club-standard line goes only into its reserved cell, and a failed report or add-club
 * leaves nothing behind and can be run again. (Every call of every job: faults-*.test.ts.)
 */
import { generateDemoWard } from '../../src/core/demo';
import { locateTables } from '../../src/core/parse/locate';
import { SHEETS } from '../../src/core/schema/sheets';
import { MEMBERS } from '../../src/core/schema/tables';
import type { GasEnvironment } from '../fakes/gas';
import { armFault, disarmFaults } from '../fakes/gas/faults';
import { loadAddOn, OFFICER, sheetValues, writeGrids } from './harness';
import { shownValidation } from './validationState';

const TODAY = '2026-11-22';
jest.useFakeTimers({
  now: new Date('2026-11-22T03:00:00Z'),
  doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask'],
});

const demo = generateDemoWard({ clubs: 2, membersPerClub: [20, 22], today: TODAY });
const TEMPLATE_MARKER = 'ishc:report-template:h1';

const names = (env: GasEnvironment) => env.spreadsheet.getSheets().map((s) => s.getName());
const lastLog = (env: GasEnvironment) => sheetValues(env, SHEETS.log).at(-1)!;

describe('a user tab named like an output tab', () => {
  const mine = [
    ['Bảng tổng hợp của tôi', ''],
    ['Ghi chú', 'không được xóa'],
  ];

  test.each([
    ['Tổng hợp chỉ tiêu', 'menuRollUp', SHEETS.summary],
    ['Kiểm tra dữ liệu', 'menuCheck', SHEETS.check],
  ])('%s leaves it untouched and writes the output to a free name, with a notice, run after run', (_label, menu, tab) => {
    const { env, app } = loadAddOn();
    writeGrids(env, { ...demo.grids, [tab]: mine });
    app[menu]();
    expect(sheetValues(env, tab)).toEqual(mine);
    expect(names(env)).toContain(`${tab} (2)`);
    expect(String(sheetValues(env, `${tab} (2)`)[1][0])).toMatch(/^Cập nhật ngày/);
    // The roll-up says it in its toast, the check in its sidebar's notes.
    const notices = menu === 'menuCheck' ? shownValidation(env).notices : [env.ui.toasts.at(-1)!.message];
    expect(notices.join('\n')).toContain(`"${tab}" là trang của người dùng`);
    app[menu]();
    expect(sheetValues(env, tab)).toEqual(mine);
    expect(names(env).filter((n) => n.startsWith(tab))).toEqual([tab, `${tab} (2)`]);
  });

  test('a club whose code is an output name keeps its tab, which is read as the club', () => {
    const { env, app } = loadAddOn();
    const grids = structuredClone(demo.grids);
    grids[SHEETS.check] = grids.CLB02.map((r) => r.map((c) => (c === 'Mã CLB: CLB02' ? `Mã CLB: ${SHEETS.check}` : c)));
    delete grids.CLB02;
    grids[SHEETS.clubs] = grids[SHEETS.clubs].map((r) => (r[0] === 'CLB02' ? [SHEETS.check, ...r.slice(1)] : r));
    writeGrids(env, grids);
    const before = sheetValues(env, SHEETS.check).slice(3);
    app.menuRollUp();
    expect(sheetValues(env, SHEETS.check).slice(3)).toEqual(before);
    expect(names(env)).toContain(`${SHEETS.check} (2)`);
    const byClub = sheetValues(env, SHEETS.byClub);
    expect(byClub.some((r) => r.includes(SHEETS.check))).toBe(true);
  });

  test('an output tab of an older version (its name and its "Cập nhật ngày" line, no marker) is replaced, not duplicated', () => {
    const { env, app } = loadAddOn();
    writeGrids(env, { ...demo.grids, [SHEETS.summary]: [['TỔNG HỢP CŨ'], ['Cập nhật ngày 01/06/2026'], ['STT']] });
    app.menuRollUp();
    expect(names(env).filter((n) => n.startsWith(SHEETS.summary))).toEqual([SHEETS.summary]);
    expect(String(sheetValues(env, SHEETS.summary)[0][0])).toMatch(/^TỔNG HỢP CHỈ TIÊU/);
  });
});

describe('the club-standard line', () => {
  function memberHeaderRow(env: GasEnvironment, tab: string): number {
    return locateTables(sheetValues(env, tab) as never, [MEMBERS]).get(MEMBERS.id)!.headerRow + 1;
  }

  test.each([
    ['a tab written before markers (A3 adopted)', false],
    ['a tab drawn by Thêm câu lạc bộ (marked when drawn)', true],
  ])('with the member header row deleted, goes to its own cell, not into the register: %s', (_label, drawn) => {
    const { env, app } = loadAddOn();
    writeGrids(env, demo.grids);
    let tab = 'CLB01';
    if (drawn) {
      app.addClubSubmit({ code: 'CLB09', name: 'CLB Tổ 9', group: 'TDP09' });
      tab = 'CLB09';
      // One member, so the club has a register to check.
      const header = memberHeaderRow(env, tab);
      env.spreadsheet
        .getSheetByName(tab)!
        .getRange(header + 1, 2, 1, 3)
        .setValues([['Nguyễn Văn A', 1950, 'Nam']]);
    } else {
      app.menuRollUp(); // adopts A3
    }
    const sheet = env.spreadsheet.getSheetByName(tab)!;
    sheet.deleteRows(memberHeaderRow(env, tab), 1);
    sheet.getRange('A3').setValue('Chuẩn CLB: chạy "Tổng hợp chỉ tiêu" để cập nhật.');
    const before = sheetValues(env, tab);
    app.menuRollUp();
    const after = sheetValues(env, tab);
    expect(String(after[2][0])).toMatch(/^Chuẩn CLB \(năm 2026\): /);
    expect(after.filter((_, r) => r !== 2)).toEqual(before.filter((_, r) => r !== 2));
  });

  test('text a user types into A3 while the roll-up runs is kept, with a notice; the other clubs get their line', () => {
    const { env, app } = loadAddOn();
    writeGrids(env, demo.grids);
    const clb01 = env.spreadsheet.getSheetByName('CLB01')!;
    // The user types between the job's read of the tab and its write: right after the last read.
    let typed = false;
    env.calls.onCall = (name, _seq, phase) => {
      if (typed || phase !== 'before' || name !== 'Spreadsheet.insertSheet') return;
      typed = true;
      env.calls.uncounted(() => clb01.getRange('A3').setValue('Họp ban chủ nhiệm ngày 25/11'));
    };
    app.menuRollUp();
    disarmFaults(env);
    expect(typed).toBe(true);
    expect(clb01.getRange('A3').getValue()).toBe('Họp ban chủ nhiệm ngày 25/11');
    expect(String(env.spreadsheet.getSheetByName('CLB02')!.getRange('A3').getValue())).toMatch(/^Chuẩn CLB \(năm 2026\)/);
    expect(env.ui.toasts.at(-1)!.message).toContain('CLB01!A3');
  });
});

describe('a run that fails', () => {
  function drive(env: GasEnvironment) {
    const files = [...env.drive._files.values()].filter((f) => !f.trashed && f.mimeType !== 'application/vnd.google-apps.spreadsheet');
    const text = (id: string) => env.documents._docs.get(id)?.body._text() ?? '';
    return {
      templates: files.filter((f) => f.description === TEMPLATE_MARKER).map((f) => f.id),
      others: files.filter((f) => f.description !== TEMPLATE_MARKER).map((f) => f.name),
      unfilled: files.filter((f) => f.description !== TEMPLATE_MARKER && text(f.id).includes('{{')).map((f) => f.name),
    };
  }

  test.each([
    ['while making the report folder', { method: 'Files.create', nth: 1 }],
    ['after the report folder was made, before it was remembered', { method: 'Properties.setProperty', nth: 1 }],
    ['while importing the template', { method: 'Files.create', nth: 2 }],
    ['while copying the template', { method: 'Files.copy', nth: 1 }],
    ['while putting the pictures in', { method: 'Paragraph.appendInlineImage', nth: 2 }],
    ['while filling the copy', { method: 'Documents.batchUpdate', nth: 1 }],
    ['after the batch filled the copy', { method: 'Documents.batchUpdate', nth: 1, when: 'after' as const }],
    ['while marking the filled copy', { method: 'Files.update', nth: 1 }],
    ['after the filled copy was marked', { method: 'Files.update', nth: 1, when: 'after' as const }],
    ['after the template was imported, before it was remembered', { method: 'Properties.setProperty', nth: 2 }],
  ])('a report failing %s leaves nothing half-made; the retry makes one report and keeps one template', (_label, plan) => {
    const { env, app } = loadAddOn();
    writeGrids(env, demo.grids);
    const faults = armFault(env, plan);
    env.ui.queuePrompt('2026-H1');
    app.menuReport();
    disarmFaults(env);
    expect(faults.fired).not.toBeNull();
    const failed = drive(env);
    expect(failed.others).toEqual([]);
    expect(failed.templates.length).toBeLessThanOrEqual(1);
    expect(lastLog(env)[4]).toBe('lỗi');
    expect(env.locks.isHeld()).toBe(false);

    env.ui.queuePrompt('2026-H1');
    app.menuReport();
    const done = drive(env);
    expect(done.templates).toHaveLength(1);
    if (failed.templates.length === 1) expect(done.templates).toEqual(failed.templates);
    expect(done.others).toEqual(['Báo cáo 6 tháng CLB LTHTGN Phường Bỉm Sơn 2026-H1']);
    expect(done.unfilled).toEqual([]);
    expect(lastLog(env)[4]).toBe('xong');
    // One report folder, whichever step failed.
    expect(env.drive.findFolders('Báo cáo CLB LTHTGN')).toHaveLength(1);
  });

  test('a template whose document property was lost is found again by its marker', () => {
    const { env, app } = loadAddOn();
    writeGrids(env, demo.grids);
    env.ui.queuePrompt('2026-H1');
    app.menuReport();
    (env.globals.PropertiesService as { _document: { _data: Map<string, string> } })._document._data.clear();
    env.ui.queuePrompt('2026-H1');
    app.menuReport();
    expect(drive(env).templates).toHaveLength(1);
  });

  test.each([
    ['before the registry row is written', 'before'],
    ['after the registry row was written', 'after'],
  ] as const)('an add-club whose registry write fails %s adds neither row nor tab, and the retry adds both', (_label, when) => {
    const { env, app } = loadAddOn();
    writeGrids(env, demo.grids);
    const registry = sheetValues(env, SHEETS.clubs);
    const tabs = names(env);
    const submit = (a: typeof app) =>
      a.addClubSubmit({ code: 'CLB09', name: 'CLB Tổ dân phố 9', group: 'TDP09' }) as { ok: boolean; message: string };
    // The registry row is the last setValues before the lock is released.
    const clean = loadAddOn();
    writeGrids(clean.env, demo.grids);
    const trace = armFault(clean.env, null);
    submit(clean.app);
    const locked = trace.trace.slice(0, trace.trace.indexOf('Lock.releaseLock'));
    const nth = locked.filter((n) => n === 'Range.setValues').length;

    armFault(env, { method: 'Range.setValues', nth, when });
    const failed = submit(app);
    disarmFaults(env);
    expect(sheetValues(env, SHEETS.clubs)).toEqual(registry);
    expect(names(env).filter((n) => n !== SHEETS.log)).toEqual(tabs);
    expect(lastLog(env)[4]).toBe('lỗi');
    expect(failed.ok).toBe(false);
    expect(env.ui.alerts).toEqual([]);

    expect(submit(app).ok).toBe(true);
    expect(names(env)).toContain('CLB09');
    expect(sheetValues(env, SHEETS.clubs).some((r) => r[0] === 'CLB09')).toBe(true);
    expect(lastLog(env)[4]).toBe('xong');
  });

  test('a lock whose release fails is released on the second try, and the Nhật ký row says so', () => {
    const { env, app } = loadAddOn();
    writeGrids(env, demo.grids);
    armFault(env, { method: 'Lock.releaseLock', nth: 1 });
    app.menuCheck();
    disarmFaults(env);
    expect(env.locks.isHeld()).toBe(false);
    expect(String(lastLog(env)[7])).toContain('Không nhả được khóa');
    expect(env.logs.some((l) => l.message.includes('Releasing the document lock failed'))).toBe(true);
  });

  test('a run refused because another holds the lock is logged as busy, and changes nothing', () => {
    const { env, app } = loadAddOn();
    writeGrids(env, demo.grids);
    app.menuCheck();
    env.locks.holdDocumentLock();
    app.menuRollUp();
    expect(names(env)).not.toContain(SHEETS.summary);
    expect(lastLog(env).slice(2, 5)).toEqual(['Tổng hợp chỉ tiêu', '', 'bận']);
  });
});

describe('Nhật ký', () => {
  test('has one row per run with who, when, action, period, outcome, duration and a fingerprint of the data read', () => {
    const { env, app } = loadAddOn();
    writeGrids(env, demo.grids);
    app.menuRollUp();
    app.menuRollUp();
    const rows = sheetValues(env, SHEETS.log);
    expect(rows[0]).toEqual([
      'Thời gian',
      'Người thực hiện',
      'Thao tác',
      'Kỳ',
      'Kết quả',
      'Thời gian chạy (giây)',
      'Dấu dữ liệu',
      'Ghi chú',
    ]);
    const [first, second] = rows.slice(1);
    expect(first.slice(1, 5)).toEqual([OFFICER, 'Tổng hợp chỉ tiêu', '2026', 'xong']);
    expect(typeof first[5]).toBe('number');
    expect(first[6]).toMatch(/^[0-9a-f]{8}$/);
    // The club-standard line the first run wrote is the add-on's, not data: same data, same fingerprint.
    expect(second[6]).toBe(first[6]);
    env.spreadsheet.getSheetByName('CLB01')!.getRange('B6').setValue('Tên khác');
    app.menuCheck();
    expect(lastLog(env)[6]).not.toBe(first[6]);
  });
});
