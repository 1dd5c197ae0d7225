/**
 * The bound-template build (dist-bound/, scripts/build.mjs with __ISHC_BOUND__ true) against the add-on
 * build (dist/), both loaded from disk over the fake: the bound one makes a menu of its own in the menu
 * bar with exactly the add-on menu's items, builds it as a simple trigger (AuthMode.LIMITED, where
 * Drive, Docs, triggers and sidebars are refused), and runs every job a ward officer needs; the add-on
 * build still makes only the add-on menu under Extensions, even in AuthMode.NONE.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDemoWard } from '../../src/core/demo';
import { SHEETS } from '../../src/core/schema/sheets';
import type { RecordedMenuItem } from '../fakes/gas/ui';
import { type Loaded, loadAddOn, writeGrids } from './harness';

const TODAY = '2026-11-22';
// From 25 November the annual report is due (10 December): onOpen's calendar toast shows it.
jest.useFakeTimers({
  now: new Date('2026-11-26T03:00:00Z'),
  doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask'],
});

const demo = generateDemoWard({ clubs: 3, today: TODAY });

function ward(distDir: string, lang: 'vi' | 'en' = 'vi'): Loaded {
  const loaded = loadAddOn(undefined, lang, distDir);
  writeGrids(loaded.env, demo.grids);
  return loaded;
}

/** The entry points Apps Script sees: the top-level `function` declarations of the bundle's footer. */
const entryPoints = (dir: string) =>
  [...readFileSync(join(dir, 'Code.js'), 'utf8').matchAll(/^function (\w+)\(/gm)].map((m) => m[1]).sort();

const functionsOf = (items: RecordedMenuItem[]): string[] =>
  items.flatMap((i) => ('functionName' in i ? [i.functionName] : 'items' in i ? functionsOf(i.items) : []));

describe('npm run build makes both variants from one bundle', () => {
  test('same entry points, the same manifest (no add-on block, the same scopes), the same pages', () => {
    expect(entryPoints('dist-bound')).toEqual(entryPoints('dist'));
    expect(entryPoints('dist')).toEqual(expect.arrayContaining(['onOpen', 'onInstall', 'onEditCheck', 'menuSetUp', 'menuReportWizard']));
    const manifest = JSON.parse(readFileSync('dist-bound/appsscript.json', 'utf8'));
    expect(manifest).toEqual(JSON.parse(readFileSync('dist/appsscript.json', 'utf8')));
    expect(manifest).not.toHaveProperty('addOns');
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/spreadsheets.currentonly');
    const pages = (dir: string) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.html'))
        .sort();
    expect(pages('dist-bound')).toEqual(pages('dist'));
    expect(pages('dist').length).toBeGreaterThan(0);
    for (const page of pages('dist')) expect(readFileSync(join('dist-bound', page), 'utf8')).toBe(readFileSync(join('dist', page), 'utf8'));
    // The one difference: which menu the bundle asks for (src/gas/host.ts).
    expect(readFileSync('dist/Code.js', 'utf8')).toMatch(/if \(false\) return ui\.createMenu\(/);
    expect(readFileSync('dist-bound/Code.js', 'utf8')).toMatch(/if \(true\) return ui\.createMenu\(/);
  });
});

test('.clasp-bound.json pushes dist-bound/ and nothing else (clasp show-file-status, offline)', () => {
  const status = JSON.parse(
    execFileSync('node_modules/.bin/clasp', ['-P', '.clasp-bound.json', 'show-file-status', '--json'], { encoding: 'utf8' }),
  ) as { filesToPush: string[] };
  const built = readdirSync('dist-bound').map((f) => `dist-bound/${f}`);
  expect([...status.filesToPush].sort()).toEqual(built.sort());
});

describe('the add-on build is unchanged', () => {
  test('onOpen in AuthMode.NONE (a document where the add-on was never used) makes the add-on menu and nothing else', () => {
    const { env, app } = ward('dist');
    env.runInAuthMode('NONE', () => app.onOpen({ authMode: 'NONE' }));
    expect(env.ui.menus).toHaveLength(1);
    expect(env.ui.menus[0].title).toBeUndefined();
    expect(env.ui.menus[0].items[0]).toEqual({ caption: 'Thiết lập sổ phường', functionName: 'menuSetUp' });
    expect(env.ui.toasts).toEqual([]);
    expect(env.logs).toEqual([]);
  });
});

describe('the bound-template build', () => {
  test('onOpen as a simple trigger (LIMITED) makes a menu-bar menu "CLB LTHTGN" with the add-on menu’s items, and the calendar toast', () => {
    const addOn = ward('dist');
    addOn.app.onOpen({ authMode: 'FULL' });
    const { env, app } = ward('dist-bound');
    env.runInAuthMode('LIMITED', () => app.onOpen({ authMode: 'LIMITED' }));
    expect(env.ui.menus.map((m) => m.title)).toEqual(['CLB LTHTGN']);
    expect(env.ui.menus[0].items).toEqual(addOn.env.ui.menus[0].items);
    for (const fn of functionsOf(env.ui.menus[0].items)) expect([fn, typeof app[fn]]).toEqual([fn, 'function']);
    // A simple trigger of a bound script reads its own spreadsheet: the reports due (annual, 10 December) show.
    expect(env.ui.toasts.map((t) => t.title)).toEqual(['Lịch báo cáo']);
    expect(env.ui.toasts[0].message).toContain('10/12/2026');
    expect(env.logs).toEqual([]);
  });

  test('in English the menu is "ISHC clubs" with the English items', () => {
    const { env, app } = ward('dist-bound', 'en');
    env.runInAuthMode('LIMITED', () => app.onOpen({ authMode: 'LIMITED' }));
    expect(env.ui.menus[0].title).toBe('ISHC clubs');
    expect(env.ui.menus[0].items[0]).toEqual({ caption: 'Set up ward workbook', functionName: 'menuSetUp' });
  });

  test('a sidebar cannot open from a simple trigger (the fake refuses it as Apps Script does)', () => {
    const { env, app } = ward('dist-bound');
    env.runInAuthMode('LIMITED', () => app.menuReportWizard());
    expect(env.ui.sidebars).toHaveLength(0);
    expect(env.ui.alerts.at(-1)!.message).toContain('You do not have permission to call Ui.showSidebar');
  });

  test('once authorized, the menu’s jobs run: set up, check, roll up, a report, the wizard, checks while typing', () => {
    const { env, app } = ward('dist-bound');
    env.runInAuthMode('LIMITED', () => app.onOpen({ authMode: 'LIMITED' }));
    const menu = env.ui.menus[0].items;
    app.menuSetUp();
    app.menuCheck();
    // The check's result in the validation sidebar: the bound build's own page file, with the result appended.
    expect(env.ui.sidebars).toHaveLength(1);
    expect(env.ui.sidebars[0].getContent().startsWith(readFileSync('dist-bound/Validation.html', 'utf8'))).toBe(true);
    app.menuRollUp();
    for (const tab of [SHEETS.settings, SHEETS.check, SHEETS.summary, SHEETS.byClub])
      expect([tab, env.spreadsheet.getSheetByName(tab) !== null]).toEqual([tab, true]);
    // The six-month report of 2026 (ended 30 June), as the wizard the menu's item opens makes it.
    expect(functionsOf(menu)).toContain('menuWizard_h1');
    const made = app.wizardMakeReport({ kind: 'h1', period: '2026-H1', provisional: false }) as { ok: boolean; url: string };
    const docs = env.documents.all().filter((d) => d.getName().startsWith('Báo cáo 6 tháng CLB LTHTGN'));
    expect(docs).toHaveLength(1);
    expect(made.ok).toBe(true);
    expect(made.url).toContain(docs[0].getId());
    // The wizard is the bound build's own page file.
    app.menuReportWizard();
    expect(env.ui.sidebars).toHaveLength(2);
    expect(env.ui.sidebars[1].getContent()).toBe(readFileSync('dist-bound/ReportWizard.html', 'utf8'));
    app.menuInstallEditCheck();
    expect(env.triggers.map((t) => t.getHandlerFunction())).toEqual(['onEditCheck']);
    // Nothing refused, nothing failed: every alert was a job's summary.
    expect(env.ui.alerts.map((a) => a.message).join('\n')).not.toMatch(/permission|Exception|Error/);
    expect(env.logs).toEqual([]);
  });
});
