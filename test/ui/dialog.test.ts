/**
 * The add-on's HTML dialog, from the built bundle, rendered in headless Chromium: the report link
 * opens the Doc in a new tab, and user text (a ward name) is shown as text, never run as markup.
 */
import { type Browser, chromium } from 'playwright-core';
import { generateDemoWard } from '../../src/core/demo';
import { setSettingValues } from '../../src/core/demo/fillTable';
import { SETTINGS_TABLE } from '../../src/core/schema/tables';
import { loadAddOn, writeGrids } from '../gas/harness';
import { ready } from '../system/requirements.cjs';

const HOSTILE = 'Phường <img src=x onerror="window.__pwned=1">Bỉm Sơn';
// Chromium at $ISHC_CHROMIUM (default /usr/bin/chromium), found or installed before the run. Without
// it the tests here are skipped (a failure under CI): write each one with `it`, which is test.skip then.
const here = ready('browser');
const it = here.ready ? test : test.skip;
let browser: Browser;

beforeAll(async () => {
  if (here.ready) browser = await chromium.launch({ executablePath: here.chromium, args: ['--no-sandbox'] });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

it('the report dialog links to the new Doc and shows a hostile ward name as plain text', async () => {
  const { env, app } = loadAddOn();
  const demo = generateDemoWard({ clubs: 2, membersPerClub: [20, 25], today: '2026-11-22' });
  setSettingValues(demo.grids['Cấu hình'], SETTINGS_TABLE, { ward: HOSTILE });
  writeGrids(env, demo.grids);
  env.ui.queuePrompt('2026-H1');
  app.menuReport();
  expect(env.ui.alerts).toEqual([]);
  const report = env.documents.all().find((d) => d.getName().startsWith('Báo cáo 6 tháng CLB LTHTGN'))!;
  const dialog = env.ui.dialogs.at(-1)!;
  expect(dialog.title).toBeTruthy();

  const page = await browser.newPage();
  await page.setContent(dialog.html.getContent());
  const link = page.getByRole('link', { name: 'Mở báo cáo' });
  expect(await link.getAttribute('href')).toMatch(new RegExp(`^https://docs\\.google\\.com/.*${report.getId()}`));
  expect(await link.getAttribute('target')).toBe('_blank');
  expect(await link.getAttribute('rel')).toContain('noopener');
  expect(await page.locator('p').first().textContent()).toContain(HOSTILE);
  expect(await page.locator('img').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await page.close();
}, 60_000);
