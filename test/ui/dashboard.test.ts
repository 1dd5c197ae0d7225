/**
 * The leader dashboard sidebar (dist/Dashboard.html) in headless Chromium over the built bundle and
 * the fake: the menu opens it, it shows every indicator of the ward against the phase target (the
 * figures compared with core's roll-up computed here), each club's standard, and opens Biểu đồ after
 * a roll-up; it writes nothing, fits 300 px in Vietnamese and English. Screenshots in out/screenshots/.
 */
import type { Browser } from 'playwright-core';
import { generateDemoWard } from '../../src/core/demo';
import { formatTarget } from '../../src/core/format';
import { rollUpGrids } from '../../src/core/jobs';
import { parsePeriod } from '../../src/core/period';
import { SHEETS } from '../../src/core/schema/sheets';
import { type Loaded, loadAddOn, writeGrids } from '../gas/harness';
import { pageTest as it, launchBrowser, openSidebar } from './harness';

jest.useFakeTimers({
  now: new Date('2026-11-22T03:00:00Z'),
  doNotFake: [
    'nextTick',
    'setImmediate',
    'setTimeout',
    'setInterval',
    'queueMicrotask',
    'performance',
    'hrtime',
    'clearTimeout',
    'clearInterval',
  ],
});

const demo = generateDemoWard({ clubs: 3, membersPerClub: [20, 25], today: '2026-11-22' });
let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

function ward(lang: 'vi' | 'en' = 'vi'): Loaded {
  const loaded = loadAddOn(undefined, lang);
  writeGrids(loaded.env, demo.grids);
  return loaded;
}

const tabs = (loaded: Loaded) => loaded.env.spreadsheet._sheets.map((s) => s._name);

it('shows each indicator with its value and target as core computes them, each club’s standard; writes nothing; fits 300 px', async () => {
  const loaded = ward();
  loaded.app.onOpen({ authMode: 'FULL' });
  expect(loaded.env.ui.menus[0].items).toContainEqual({ caption: 'Bảng điều khiển chỉ tiêu…', functionName: 'menuDashboard' });
  const before = tabs(loaded);
  const session = await openSidebar(browser!, loaded, 'menuDashboard');
  const { page } = session;
  await session.settle();
  expect(loaded.env.ui.sidebars.at(-1)!.getTitle()).toBe('Bảng điều khiển chỉ tiêu');
  // The ward's reporting year (2026), computed here from the same grids.
  const rolled = rollUpGrids(demo.grids, parsePeriod('2026')!, '2026-11-22').rollup;
  expect(await page.locator('#heading').textContent()).toBe(`${rolled.ward} – năm 2026`);
  expect(await page.locator('#indicators li').count()).toBe(rolled.indicators.length);
  const members = rolled.indicators.find((v) => v.id === 'elderly_members')!;
  const row = page.locator('#ind-elderly_members');
  expect(await row.locator('.figures strong').textContent()).toBe(String(members.value));
  expect(await row.locator('.figures').textContent()).toContain(`Chỉ tiêu: ${formatTarget(members.target)}`);
  // A count's bar runs to the larger of result and target: the mark at the target, the bar short of it.
  const [bar, mark] = await Promise.all([row.locator('.fill').getAttribute('style'), row.locator('.mark').getAttribute('style')]);
  expect(bar).toBe(`width:${((members.value! / members.target!.min!) * 100).toFixed(1)}%`);
  expect(mark).toBe('left:100.0%');
  expect(await page.locator('#clubs li').count()).toBe(rolled.clubs.length);
  for (const c of rolled.clubs) {
    const text = await page.locator('#clubs li', { hasText: c.club.code }).textContent();
    expect(text).toContain(c.standard ? (c.standard.met ? '✓' : '✗') : '–');
  }
  // No roll-up yet: no Biểu đồ to open.
  expect(await page.locator('#openCharts').isDisabled()).toBe(true);
  expect(await page.locator('#noCharts').isVisible()).toBe(true);
  expect(tabs(loaded)).toEqual(before);
  expect(session.errors).toEqual([]);
  expect(session.requests).toEqual([]);
  expect(await session.overflowX()).toBe(0);
  await session.screenshot('dashboard-vi');
  await session.close();
});

it('after a roll-up, “Mở trang Biểu đồ” selects the Biểu đồ tab; English', async () => {
  for (const lang of ['vi', 'en'] as const) {
    const loaded = ward(lang);
    loaded.app.menuSetUp();
    loaded.app.menuRollUp();
    const session = await openSidebar(browser!, loaded, 'menuDashboard');
    const { page } = session;
    await session.settle();
    const open = page.locator('#openCharts');
    expect(await open.textContent()).toBe(lang === 'vi' ? 'Mở trang Biểu đồ' : 'Open the Biểu đồ tab');
    await open.click();
    await session.settle();
    expect(session.calls.map((c) => c.name)).toContain('dashboardOpenCharts');
    expect(loaded.env.ui.selection).toEqual({ sheet: SHEETS.charts, a1: 'A1' });
    expect(session.errors).toEqual([]);
    expect(await session.overflowX()).toBe(0);
    await session.screenshot(`dashboard-rolled-${lang}`);
    await session.close();
  }
});
