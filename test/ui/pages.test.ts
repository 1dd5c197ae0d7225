/**
 * Every built page (each dist/*.html, so a page added to src/ui is tested without a line here), in
 * Vietnamese and in English, in headless Chromium over the built bundle and the fake (harness.ts):
 *
 * - nothing fetched: no request leaves the page, and the built file names no external script, style,
 *   font or image (a page is one self-contained file, scripts/build.mjs);
 * - no page error, nothing google.script.run could not carry;
 * - the user's language: <html lang> is set from the server, and no line of the page is a catalogue
 *   text of the other language (the texts without parameters; tab names such as "Nội dung báo cáo"
 *   stay Vietnamese in both, inside sentences);
 * - fits the 300 px sidebar: no horizontal scroll;
 * - keyboard: every field has a label, every button and link a name, no positive tabindex; Tab walks
 *   every visible control (a <details> summary included) in document order, and the focused one shows an outline.
 *
 * How a page gets its data and is opened: test/ui/pageFixtures.ts. Screenshots: out/screenshots/page-<Name>-<lang>.png.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { type Lang, MESSAGE_KEYS, translate } from '../../src/core/i18n/messages';
import type { FakeHtmlOutput } from '../fakes/gas/html';
import { type Loaded, loadAddOn } from '../gas/harness';
import { pageTest as it, launchBrowser, openHtml, type PageSession } from './harness';
import { defaultPrepare, PAGE_FIXTURES } from './pageFixtures';

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

const PAGES = readdirSync('dist')
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.slice(0, -'.html'.length))
  .sort();
const LANGS: Lang[] = ['vi', 'en'];

let browser: Browser | undefined;
beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

test('the built pages are found (dist/*.html)', () => {
  expect(PAGES).toContain('ReportWizard');
});

/** Whole catalogue texts without parameters that read differently in the two languages. */
function onlyIn(lang: Lang): string[] {
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  return MESSAGE_KEYS.map((k) => [translate(k, {}, lang), translate(k, {}, other)])
    .filter(([mine, theirs]) => !mine.includes('{') && mine !== theirs && mine.length >= 4)
    .map(([mine]) => mine);
}

/** What in the built file would be fetched at run time: external scripts, styles, fonts, images, frames. */
function externalReferences(html: string): string[] {
  const tags = [
    ...html.matchAll(/<(script|link|img|iframe|source|video|audio|embed|object)\b[^>]*\b(src|href|data)\s*=\s*["']?([^"'\s>]+)/gi),
  ]
    .map((m) => m[3])
    .filter((url) => !url.startsWith('#'));
  const css = [...html.matchAll(/@import\s+[^;]+;|url\(\s*["']?(?:https?:)?\/\/[^)]+\)/gi)].map((m) => m[0]);
  return [...tags, ...css];
}

async function openPage(name: string, loaded: Loaded): Promise<PageSession> {
  const fixture = PAGE_FIXTURES[name] ?? {};
  const { env, app } = loaded;
  if (fixture.open) {
    const [sidebars, dialogs] = [env.ui.sidebars.length, env.ui.dialogs.length];
    app[fixture.open]();
    const shown: FakeHtmlOutput[] = [...env.ui.sidebars.slice(sidebars), ...env.ui.dialogs.slice(dialogs).map((d) => d.html)];
    if (shown.length !== 1)
      throw new Error(`${fixture.open} showed ${shown.length} pages (alerts: ${env.ui.alerts.map((a) => a.message).join(' | ')})`);
    return openHtml(browser!, loaded, shown[0]);
  }
  const html = readFileSync(join('dist', `${name}.html`), 'utf8');
  if (html.includes('<?'))
    throw new Error(`${name}.html is a template (<? … ?>): name the function that shows it in test/ui/pageFixtures.ts (open)`);
  return openHtml(browser!, loaded, html);
}

describe.each(PAGES)('%s', (name) => {
  test('the built file fetches nothing at run time', () => {
    expect(externalReferences(readFileSync(join('dist', `${name}.html`), 'utf8'))).toEqual([]);
  });

  test('its source shows no text of its own: every word comes from the catalogue (data-msg, or the script)', () => {
    const source = readFileSync(join('src/ui', `${name}.html`), 'utf8')
      .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<!--[\s\S]*?-->|<title>[\s\S]*?<\/title>/g, '')
      .replace(/<[^>]*>/g, '')
      .trim();
    expect(source).toBe('');
  });

  for (const lang of LANGS) {
    it(`in ${lang}: its language only, fits 300 px, usable from the keyboard, nothing fetched`, async () => {
      const loaded = loadAddOn(undefined, lang);
      (PAGE_FIXTURES[name]?.prepare ?? defaultPrepare)(loaded);
      const session = await openPage(name, loaded);
      const { page } = session;
      await session.settle();
      await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null, undefined, { timeout: 30_000 });

      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      // Each line the page shows (a label, a button, a heading, a message) against the other language's catalogue.
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered lines (hidden text excluded) are what the user reads
      const lines = new Set((await page.evaluate(() => document.body.innerText)).split('\n').map((l) => l.trim()));
      expect(onlyIn(lang === 'vi' ? 'en' : 'vi').filter((t) => lines.has(t))).toEqual([]);
      expect(await session.overflowX()).toBe(0);
      await session.screenshot(`page-${name}-${lang}`);

      const a11y = await page.evaluate(() => {
        const visible = (e: Element) => {
          // Inside a closed <details> only its summary shows.
          const closed = e.closest('details:not([open])');
          if (closed && !(e.tagName === 'SUMMARY' && e.parentElement === closed)) return false;
          return (e as HTMLElement).offsetParent !== null || getComputedStyle(e).position === 'fixed';
        };
        const fields = [...document.querySelectorAll('input, select, textarea')].filter(visible) as HTMLInputElement[];
        const unlabelled = fields
          .filter(
            (f) => f.type !== 'hidden' && f.labels?.length === 0 && !f.getAttribute('aria-label') && !f.getAttribute('aria-labelledby'),
          )
          .map((f) => f.id || f.outerHTML.slice(0, 60));
        const unnamed = ([...document.querySelectorAll('button, a[href]')].filter(visible) as HTMLElement[])
          .filter((b) => (b.textContent || b.getAttribute('aria-label') || '').trim() === '')
          .map((b) => b.outerHTML.slice(0, 60));
        const positiveTabindex = [...document.querySelectorAll('[tabindex]')].filter((e) => Number(e.getAttribute('tabindex')) > 0).length;
        const focusable = (
          [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')].filter(visible) as HTMLElement[]
        )
          .filter((e) => !(e as HTMLButtonElement).disabled && e.getAttribute('tabindex') !== '-1')
          .map((e, i) => {
            if (!e.dataset.tabCheck) e.dataset.tabCheck = String(i);
            return e.dataset.tabCheck;
          });
        return { unlabelled, unnamed, positiveTabindex, focusable };
      });
      expect(a11y.unlabelled).toEqual([]);
      expect(a11y.unnamed).toEqual([]);
      expect(a11y.positiveTabindex).toBe(0);
      expect(a11y.focusable.length).toBeGreaterThan(0);

      // Tab from the top walks every visible control in document order, each with a visible focus ring.
      // Start before the first control, whatever the page focused on opening (a dialog focuses its first field).
      await page.evaluate(() => {
        const start = document.createElement('button');
        start.id = 'tab-walk-start';
        document.body.prepend(start);
        start.focus();
      });
      const walked: string[] = [];
      const rings: string[] = [];
      for (let i = 0; i < a11y.focusable.length; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const e = document.activeElement as HTMLElement | null;
          if (!e || e === document.body) return { id: '', ring: 'none' };
          const style = getComputedStyle(e);
          return {
            id: e.dataset.tabCheck ?? `(${e.tagName})`,
            ring: style.outlineStyle === 'none' || style.outlineWidth === '0px' ? 'none' : 'ring',
          };
        });
        walked.push(focused.id);
        if (focused.ring === 'none') rings.push(focused.id);
      }
      await page.evaluate(() => document.getElementById('tab-walk-start')?.remove());
      expect(walked).toEqual(a11y.focusable);
      expect(rings).toEqual([]);

      expect(session.requests).toEqual([]);
      expect(session.errors).toEqual([]);
      await session.close();
    }, 90_000);
  }
});
