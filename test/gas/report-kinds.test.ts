/**
 * Báo cáo in the add-on, through the built bundle over the strict fakes: one menu item per report
 * kind, templates imported from the shipped .docx (page numbers kept), the template check, the
 * provisional question, the PDF made from the Doc as the officer edited it, the old template kept.
 */
import { generateDemoWard } from '../../src/core/demo';
import { translate } from '../../src/core/i18n/messages';
import { defaultReportPeriod, REPORT_KINDS } from '../../src/core/report/kinds';
import { SHEETS } from '../../src/core/schema/sheets';
import { createGasEnvironment, type GasEnvironment, loadBundle } from '../fakes/gas';
import { armFault, disarmFaults } from '../fakes/gas/faults';
import { loadAddOn, OFFICER, sheetValues, writeGrids } from './harness';

const TODAY = '2026-11-22';
jest.useFakeTimers({
  now: new Date('2026-11-22T03:00:00Z'),
  doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask'],
});

const demo = generateDemoWard({ clubs: 3, today: TODAY });
const FOLDER = 'Báo cáo CLB LTHTGN';
const DOCS = 'application/vnd.google-apps.document';

type App = Record<string, (...args: unknown[]) => unknown>;

function ward(locale = 'vi'): { env: GasEnvironment; app: App } {
  const loaded = locale === 'vi' ? loadAddOn() : loadAddOnIn(locale);
  writeGrids(loaded.env, demo.grids);
  return loaded;
}

/** The harness's officer, with another account locale. */
function loadAddOnIn(locale: string) {
  const env = createGasEnvironment({ userLocale: locale, spreadsheetName: 'Sổ phường Bỉm Sơn', userEmail: OFFICER });
  return { env, app: loadBundle(env) as App };
}

/** Live (not trashed) files in the report folder. */
function inFolder(env: GasEnvironment) {
  return [...env.drive._files.values()].filter((f) => !f.trashed && f.parents.some((p) => env.drive._folders.get(p)?.name === FOLDER));
}
const templates = (env: GasEnvironment) => inFolder(env).filter((f) => f.description?.startsWith('ishc:report-template:'));
const reports = (env: GasEnvironment) => inFolder(env).filter((f) => f.description?.startsWith('ishc:report:'));
const docText = (env: GasEnvironment, id: string) => env.documents._docs.get(id)!.body._text();
const lastLog = (env: GasEnvironment) => sheetValues(env, SHEETS.log).at(-1)!;

/**
 * Runs a kind's report job through its entry point `menuReport_<kind>` (what menus built before the
 * wizard call; the menu's item now opens the wizard on the kind, tested below), with the default period.
 */
function runKind(env: GasEnvironment, app: App, kind: string, answers: { period?: string; provisional?: 'YES' | 'NO' } = {}) {
  const fn = `menuReport_${kind}`;
  env.ui.queuePrompt(answers.period ?? '');
  if (answers.provisional) env.ui.queueAlertAnswer(answers.provisional);
  app[fn]();
}

test('each kind’s menu item opens the report wizard on that kind, and Xuất PDF on its PDF step: no prompt', () => {
  const { env, app } = ward();
  app.onOpen({ authMode: 'LIMITED' });
  const items = env.ui.menus[0].items.flatMap((i) => ('submenu' in i ? i.items : []));
  for (const kind of REPORT_KINDS) {
    const item = items.find((i) => 'caption' in i && i.caption === translate(kind.title, {}, 'vi'));
    expect(item && 'functionName' in item && item.functionName).toBe(`menuWizard_${kind.id}`);
    app[`menuWizard_${kind.id}`]();
    expect(env.ui.sidebars.at(-1)!.getContent()).toContain(`<meta name="ishc-focus" content="kind-${kind.id}">`);
  }
  const pdf = items.find((i) => 'caption' in i && i.caption === 'Xuất PDF báo cáo');
  expect(pdf && 'functionName' in pdf && pdf.functionName).toBe('menuExportPdfWizard');
  app.menuExportPdfWizard();
  expect(env.ui.sidebars.at(-1)!.getContent()).toContain('<meta name="ishc-focus" content="pdf">');
  expect(env.ui.alerts).toEqual([]);
});

describe('every report kind from the menu', () => {
  test('makes its Doc in the officer’s report folder, from its own imported template (page numbers kept), with every name filled', () => {
    const { env, app } = ward();
    app.onOpen({ authMode: 'LIMITED' });
    for (const kind of REPORT_KINDS) {
      const period = defaultReportPeriod(kind, TODAY)!;
      const running = period.end >= TODAY;
      const dialogs = env.ui.dialogs.length;
      runKind(env, app, kind.id, { provisional: running ? 'YES' : undefined });
      expect([kind.id, env.ui.alerts.filter((a) => !a.buttons).map((a) => a.message)]).toEqual([kind.id, []]);
      const marker = `ishc:report:${kind.id}:${period.id}${running ? ':provisional' : ''}`;
      const made = reports(env).filter((f) => f.description === marker);
      expect([kind.id, made.length]).toEqual([kind.id, 1]);
      const doc = made[0]!;
      expect(doc.mimeType).toBe(DOCS);
      expect(doc.name).toMatch(new RegExp(`CLB LTHTGN Phường Bỉm Sơn ${period.id}${running ? ' \\(tạm tính\\)' : ''}$`));
      const text = docText(env, doc.id);
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text).not.toContain('{{');
      expect(env.documents._docs.get(doc.id)!.pageNumbers).toBe(true);
      const message = env.ui.dialogs.at(-1)!.html.getContent();
      expect(env.ui.dialogs).toHaveLength(dialogs + 1);
      expect(message).toContain(doc.id);
      expect(message).not.toContain('chỗ trống không có dữ liệu');
      if (kind.personal) expect(message).toContain('chỉ bạn mở được');
      expect(lastLog(env)[4]).toBe('xong');
    }
    // One template per kind, each imported once from the shipped .docx, with its page-number field.
    const made = templates(env);
    expect(made.map((f) => f.description).sort()).toEqual(REPORT_KINDS.map((k) => `ishc:report-template:${k.id}`).sort());
    for (const f of made) expect(env.documents._docs.get(f.id)!.pageNumbers).toBe(true);
    // Drive's calls: the templates and the one report folder, made by the Drive service.
    expect(env.calls.count('Files.create')).toBe(REPORT_KINDS.length + 1);
    expect(env.drive.findFolders('Báo cáo CLB LTHTGN')).toHaveLength(1);
  });

  test('the Doc is Vietnamese for an English-locale officer; only the menu and messages are English', () => {
    const { env, app } = ward('en');
    app.onOpen({ authMode: 'LIMITED' });
    const sub = env.ui.menus[0].items.find((i) => 'submenu' in i) as { submenu: string; items: { caption?: string }[] };
    expect(sub.submenu).toBe('Reports');
    expect(sub.items.flatMap((i) => (i.caption ? [i.caption] : [])).slice(0, 2)).toEqual(['Make a report (wizard)…', 'Six-month report']);
    runKind(env, app, 'h1');
    const [doc] = reports(env);
    expect(doc.name).toBe('Báo cáo 6 tháng CLB LTHTGN Phường Bỉm Sơn 2026-H1');
    const text = docText(env, doc.id);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('6 tháng đầu năm 2026');
    expect(text).not.toMatch(/\bREPORT\b|Socialist Republic/);
    expect(env.ui.dialogs.at(-1)!.html.getContent()).toContain('Created the report');
  });

  test('a period that does not fit the kind is refused with an example, nothing made', () => {
    const { env, app } = ward();
    runKind(env, app, 'h1', { period: '2026' });
    expect(env.ui.alerts.at(-1)!.message).toContain('"2026" không phải kỳ của Báo cáo 6 tháng. Ghi ví dụ 2026-H1.');
    expect(inFolder(env)).toEqual([]);
  });
});

describe('a period not ended yet', () => {
  test('asks whether to make a provisional report; No makes nothing and says why', () => {
    const { env, app } = ward();
    runKind(env, app, 'year', { period: '2026', provisional: 'NO' });
    const question = env.ui.alerts.find((a) => a.buttons === 'YES_NO')!;
    expect(question.message).toContain('Kỳ 2026 chưa kết thúc (đến hết ngày 2026-12-31)');
    expect(env.ui.alerts.at(-1)!.message).toMatch(/^Chưa tạo báo cáo: kỳ 2026 chưa kết thúc/);
    expect(inFolder(env)).toEqual([]);
    expect(env.documents.all()).toEqual([]);
    expect(lastLog(env)[4]).toBe('hủy');
  });

  test('Yes makes a report marked provisional; an ended period asks nothing', () => {
    const { env, app } = ward();
    runKind(env, app, 'year', { period: '2026', provisional: 'YES' });
    expect(reports(env).map((f) => [f.name, f.description])).toEqual([
      ['Báo cáo năm CLB LTHTGN Phường Bỉm Sơn 2026 (tạm tính)', 'ishc:report:year:2026:provisional'],
    ]);
    const asked = env.ui.alerts.length;
    runKind(env, app, 'year', { period: '2025' });
    expect(env.ui.alerts.length).toBe(asked);
    expect(reports(env).map((f) => f.description)).toContain('ishc:report:year:2025');
  });
});

describe('the template check', () => {
  test('a template the officer broke is refused with its problems listed, and no report is made', () => {
    const { env, app } = ward();
    runKind(env, app, 'h1');
    const [template] = templates(env);
    const body = env.documents._docs.get(template.id)!.body;
    env.calls.uncounted(() => {
      body.appendParagraph('Tổng số thành viên: {{members_totl}}');
      body.appendParagraph('{{#clubs}} mở mà không đóng');
    });
    const before = reports(env).length;
    runKind(env, app, 'h1');
    const alert = env.ui.alerts.at(-1)!.message;
    expect(alert).toContain('Mẫu "Mẫu báo cáo 6 tháng CLB LTHTGN" trong thư mục "Báo cáo CLB LTHTGN" có chỗ sai nên chưa tạo báo cáo');
    expect(alert).toContain('{{members_totl}} không có trong dữ liệu báo cáo');
    expect(alert).toContain('{{#clubs}} mở mà không đóng bằng {{/clubs}}');
    expect(reports(env)).toHaveLength(before);
    expect(lastLog(env)[4]).toBe('lỗi');
  });
});

describe('the six-month template an earlier version made', () => {
  test('is kept and used (with the officer’s edits), found by its old property or its old marker', () => {
    const { env, app } = ward();
    runKind(env, app, 'h1');
    // Make it look like the earlier version's: old marker, old property, an officer's own line.
    const [template] = templates(env);
    template.description = 'ishc:report-template:six-month';
    const props = (env.globals.PropertiesService as { _document: { _data: Map<string, string> } })._document._data;
    props.delete('reportTemplateId.h1');
    props.set('reportTemplateId', template.id);
    env.calls.uncounted(() => env.documents._docs.get(template.id)!.body.appendParagraph('Ghi chú riêng của phường Bỉm Sơn'));
    env.calls.reset();
    runKind(env, app, 'h1');
    expect(env.calls.count('Files.create')).toBe(0);
    const latest = reports(env).at(-1)!;
    expect(docText(env, latest.id)).toContain('Ghi chú riêng của phường Bỉm Sơn');
    // Without the property: found by name and the old marker.
    props.clear();
    env.calls.reset();
    runKind(env, app, 'h1');
    expect(env.calls.count('Files.create')).toBe(0);
    expect(templates(env)).toHaveLength(1);
    expect(docText(env, reports(env).at(-1)!.id)).toContain('Ghi chú riêng của phường Bỉm Sơn');
  });
});

describe('the report folder and the template, found with few Drive calls', () => {
  test('a later report asks Drive only the template (its parents vouch for the folder); a moved template adds one look at the folder', () => {
    const { env, app } = ward();
    runKind(env, app, 'h1');
    env.calls.reset();
    runKind(env, app, 'h1');
    expect(['Files.get', 'Files.list', 'Files.create'].map((m) => env.calls.count(m))).toEqual([1, 0, 0]);
    // The officer moves the template out of the report folder: it is still used, the reports still go in the folder.
    const [template] = templates(env);
    const folder = env.drive.findFolders(FOLDER)[0]!._data;
    env.drive._files.get(template.id)!.parents = [env.drive._root.id];
    env.calls.reset();
    runKind(env, app, 'h1');
    expect(['Files.get', 'Files.list', 'Files.create'].map((m) => env.calls.count(m))).toEqual([2, 0, 0]);
    expect(reports(env)).toHaveLength(3);
    expect(reports(env).every((f) => f.parents[0] === folder.id)).toBe(true);
  });

  test('a report folder the officer put in the trash: a new one is made, with its own template, the trashed one left alone', () => {
    const { env, app } = ward();
    runKind(env, app, 'h1');
    const old = env.drive.findFolders(FOLDER)[0]!._data;
    old.trashed = true;
    runKind(env, app, 'h1');
    expect(lastLog(env)[4]).toBe('xong');
    const folders = env.drive.findFolders(FOLDER).map((f) => f._data);
    expect(folders).toHaveLength(2);
    const fresh = folders.find((f) => f !== old)!;
    const made = [...env.drive._files.values()].filter((f) => f.parents.includes(fresh.id)).map((f) => f.description);
    expect(made.sort()).toEqual(['ishc:report-template:h1', 'ishc:report:h1:2026-H1']);
    // Nothing new in the trashed folder.
    expect([...env.drive._files.values()].filter((f) => f.parents.includes(old.id))).toHaveLength(2);
  });
});

describe('Xuất PDF báo cáo', () => {
  function exportPdf(env: GasEnvironment, app: App, choice: string, period = '') {
    env.ui.queuePrompt(choice);
    env.ui.queuePrompt(period);
    app.menuExportPdf();
  }
  const pdfs = (env: GasEnvironment) => inFolder(env).filter((f) => f.mimeType === 'application/pdf');
  const pdfText = (f: { bytes: Uint8Array | null }) => Buffer.from(f.bytes!).toString('utf8');

  test('the report action makes no PDF; the export makes one from the Doc as the officer edited it, the latest of its kind and period', () => {
    const { env, app } = ward();
    runKind(env, app, 'h1');
    runKind(env, app, 'h1');
    expect(pdfs(env)).toEqual([]);
    const [older, latest] = reports(env);
    const edit = (id: string, line: string) => env.calls.uncounted(() => env.documents._docs.get(id)!.body.appendParagraph(line));
    edit(older.id, 'Bản cũ, không xuất');
    edit(latest.id, 'Ý kiến bổ sung của cán bộ phường sau khi đọc lại');
    env.calls.reset();
    exportPdf(env, app, '1');
    const [pdf] = pdfs(env);
    expect(pdf.name).toBe(`${latest.name}.pdf`);
    const text = pdfText(pdf);
    expect(text).toContain('Ý kiến bổ sung của cán bộ phường sau khi đọc lại');
    expect(text).not.toContain('Bản cũ, không xuất');
    expect(text).toBe(docText(env, latest.id));
    expect(env.ui.dialogs.at(-1)!.html.getContent()).toContain(pdf.id);
    expect(lastLog(env)[4]).toBe('xong');
    // Budget: the folder is listed once; per Doc in it a next and a description (plus the matches' checks).
    const docsInFolder = inFolder(env).filter((f) => f.mimeType === DOCS).length;
    expect(env.calls.count('Folder.getFilesByType')).toBe(1);
    expect(env.calls.count('File.getDescription')).toBe(docsInFolder);
    expect(env.calls.count('Folder.createFile')).toBe(1);
    expect(env.calls.count('File.getAs')).toBe(1);
  });

  test.each([
    ['making the PDF file', { method: 'Folder.createFile', nth: 1 }],
    ['reading the PDF’s link', { method: 'File.getUrl', nth: 1 }],
  ])('a fault while %s leaves no PDF, and the retry makes one', (_label, plan) => {
    const { env, app } = ward();
    runKind(env, app, 'h1');
    const faults = armFault(env, plan);
    exportPdf(env, app, '1');
    disarmFaults(env);
    expect(faults.fired).not.toBeNull();
    expect(pdfs(env)).toEqual([]);
    expect(lastLog(env)[4]).toBe('lỗi');
    exportPdf(env, app, '1');
    expect(pdfs(env)).toHaveLength(1);
  });

  test('a renamed report folder: the export looks where the report went (the remembered folder), makes no new folder', () => {
    const { env, app } = ward();
    runKind(env, app, 'h1');
    const folder = env.drive.findFolders(FOLDER)[0]!._data;
    folder.name = 'Báo cáo CLB – lưu';
    exportPdf(env, app, '1', '2026-H1');
    expect(lastLog(env)[4]).toBe('xong');
    const made = [...env.drive._files.values()].filter((f) => f.mimeType === 'application/pdf');
    expect(made.map((f) => f.parents)).toEqual([[folder.id]]);
    expect(env.drive.findFolders(FOLDER)).toEqual([]);
  });

  test('a report folder in the trash is not where the export looks: a new one is found or made, and the export says no report is there', () => {
    const { env, app } = ward();
    runKind(env, app, 'h1');
    env.drive.findFolders(FOLDER)[0]!._data.trashed = true;
    exportPdf(env, app, '1', '2026-H1');
    expect(lastLog(env)[4]).not.toBe('xong');
    expect([...env.drive._files.values()].filter((f) => f.mimeType === 'application/pdf')).toEqual([]);
  });

  test('a renamed report is still found; a kind and period without a report are refused, nothing made', () => {
    const { env, app } = ward();
    runKind(env, app, 'h1');
    reports(env)[0].name = 'Báo cáo 6 tháng – bản trình ký';
    exportPdf(env, app, '1', '2026-H1');
    expect(pdfs(env).map((f) => f.name)).toEqual(['Báo cáo 6 tháng – bản trình ký.pdf']);
    exportPdf(env, app, '2', '2025');
    expect(env.ui.alerts.at(-1)!.message).toContain('Chưa có "Báo cáo năm" kỳ 2025 trong thư mục "Báo cáo CLB LTHTGN"');
    exportPdf(env, app, '9');
    expect(env.ui.alerts.at(-1)!.message).toContain('"9" không phải số của loại báo cáo nào (1–6)');
    expect(pdfs(env)).toHaveLength(1);
  });
});

describe('call budget', () => {
  test('a report costs one import the first time and none after; reading the template for the check does not grow with the clubs', () => {
    const calls = (clubs: number) => {
      const { env, app } = loadAddOn();
      writeGrids(env, generateDemoWard({ clubs, today: TODAY }).grids);
      runKind(env, app, 'h1');
      const first = env.calls.snapshot();
      env.calls.reset();
      runKind(env, app, 'h1');
      return { first, second: env.calls.snapshot() };
    };
    const small = calls(2);
    const large = calls(6);
    // The report folder and the template.
    expect(small.first['Files.create']).toBe(2);
    expect(small.first['Utilities.newBlob']).toBe(1);
    expect(small.second['Files.create']).toBeUndefined();
    // The Docs API: the template read once (check), the copy read once and filled in one batchUpdate.
    for (const s of [small, large]) {
      expect(s.second['Documents.get']).toBe(2);
      expect(s.second['Documents.batchUpdate']).toBe(1);
      // DocumentApp opens the copy once, for the charts' pictures only (docs/pictures.ts): no fallback renderer.
      expect(s.second['DocumentApp.openById']).toBe(1);
      expect(s.second['Body.replaceText']).toBeUndefined();
      expect(s.second['Paragraph.appendInlineImage']).toBeGreaterThan(0);
      expect(s.second['Files.copy']).toBe(1);
    }
  });
});
