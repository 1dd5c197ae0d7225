/**
 * Pages in headless Chromium over the built bundle: the harness every page test uses.
 *
 *   const browser = await launchBrowser();                 // undefined when Chromium is missing (see `ready`)
 *   const loaded = loadAddOn();                            // dist/Code.js over the in-memory fake (test/gas/harness.ts)
 *   writeGrids(loaded.env, demo.grids);
 *   const page = await openSidebar(browser, loaded, 'menuReportWizard');  // the menu item shows dist/ReportWizard.html
 *   await page.page.getByRole('button', { name: 'Tạo báo cáo' }).click();
 *   await page.settle();                                   // every google.script.run call answered
 *   loaded.env.documents.all()                             // … the Doc the click made, in the fake Drive
 *   await page.screenshot('report-wizard-vi');             // out/screenshots/report-wizard-vi.png
 *   expect(await page.overflowX()).toBe(0);                // fits the 300 px sidebar
 *   await page.close();
 *
 * What the page gets is what Apps Script serves: the HtmlOutput the menu function made (its content is
 * the built dist/*.html, read by the fake's createHtmlOutputFromFile), in a viewport as wide as the
 * sidebar (300 px) or a dialog. `google.script.run` is a shim that sends each call to Node, where it
 * runs the bundle's top-level function of that name (`loaded.app[name]`) over the same fake the test
 * inspects; arguments and results must be plain JSON both ways (a Date, a function or a class
 * instance fails the call and is recorded in `session.errors`, as Apps Script refuses them).
 * Success and failure handlers, `withUserObject` and `google.script.host.close()` behave as in Apps
 * Script. Every network request is refused and recorded (`session.requests`): a page fetches nothing.
 * Page errors and console errors are recorded in `session.errors`; tests assert it stays empty.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import type { FakeHtmlOutput } from '../fakes/gas/html';
import type { Loaded } from '../gas/harness';
import { ready } from '../system/requirements.cjs';

/** Where screenshots go (gitignored; CI keeps the folder as an artefact). */
export const SCREENSHOTS = join('out', 'screenshots');
/** Where the harness serves the page (never fetched from the network: the browser context fulfils it). */
const PAGE_URL = 'https://ishc-page.invalid/page.html';
/** The width of a Sheets sidebar. */
export const SIDEBAR_WIDTH = 300;

/** Chromium for this run: `here.ready` false means skip (a failure under CI, see test/system/requirements.cjs). */
export const here = ready('browser');
/** `it` for page tests: test.skip when Chromium is missing. */
export const pageTest = here.ready ? test : test.skip;

export async function launchBrowser(): Promise<Browser | undefined> {
  if (!here.ready) return undefined;
  return chromium.launch({
    executablePath: here.chromium,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface PageSession {
  page: Page;
  loaded: Loaded;
  /** Server functions the page called, in order, with their arguments (as JSON). */
  calls: Array<{ name: string; args: unknown[] }>;
  /** Requests the page tried (all refused). */
  requests: string[];
  /** Page errors, console errors, and calls refused for carrying something that is not plain JSON. */
  errors: string[];
  /** Whether the page called google.script.host.close(). */
  closed: () => Promise<boolean>;
  /** Resolves once every google.script.run call has been answered and its handlers have run. */
  settle: () => Promise<void>;
  /** A full-page PNG in out/screenshots/<name>.png; returns its path. */
  screenshot: (name: string) => Promise<string>;
  /** How many CSS pixels the page is wider than its viewport (0 when it fits: no horizontal scroll). */
  overflowX: () => Promise<number>;
  close: () => Promise<void>;
}

/** Why a value cannot cross google.script.run (Apps Script passes only JSON-like values), or undefined. */
export function notPlainJson(value: unknown, path = 'value'): string | undefined {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return undefined;
  if (value === undefined) return undefined;
  if (typeof value === 'function') return `${path} is a function`;
  const tag = Object.prototype.toString.call(value);
  if (tag === '[object Date]') return `${path} is a Date (send an ISO string)`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = notPlainJson(value[i], `${path}[${i}]`);
      if (bad) return bad;
    }
    return undefined;
  }
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    // Objects made in the bundle's vm context have that realm's Object.prototype.
    if (proto !== null && proto.constructor?.name !== 'Object') return `${path} is a ${proto.constructor?.name ?? 'class'} instance`;
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const bad = notPlainJson(v, `${path}.${key}`);
      if (bad) return bad;
    }
    return undefined;
  }
  return `${path} is a ${typeof value}`;
}

/** The google.script.run shim, run in the page before its own scripts. */
function shim(): void {
  type Handler = (value: unknown, userObject?: unknown) => void;
  const w = window as unknown as {
    __ishcServer: (name: string, args: string) => Promise<{ json?: string; error?: string }>;
    __ishcPending: number;
    __ishcClosed: boolean;
    google: unknown;
  };
  w.__ishcPending = 0;
  w.__ishcClosed = false;
  const runner = (success?: Handler, failure?: Handler, userObject?: unknown): unknown =>
    new Proxy(
      {},
      {
        get(_target, prop) {
          if (prop === 'withSuccessHandler') return (h: Handler) => runner(h, failure, userObject);
          if (prop === 'withFailureHandler') return (h: Handler) => runner(success, h, userObject);
          if (prop === 'withUserObject') return (o: unknown) => runner(success, failure, o);
          if (typeof prop !== 'string') return undefined;
          return (...args: unknown[]) => {
            w.__ishcPending++;
            const fail = (message: string) => {
              if (failure) failure(new Error(message), userObject);
              else console.error(`Uncaught (no failure handler): ${message}`);
            };
            w.__ishcServer(prop, JSON.stringify(args))
              .then((answer) => {
                // Apps Script calls handlers asynchronously, after the call returns.
                if (answer.error !== undefined) fail(answer.error);
                else success?.(answer.json === undefined ? undefined : JSON.parse(answer.json), userObject);
              })
              .catch((error: unknown) => fail(String(error)))
              .finally(() => {
                // After the handlers' microtasks: a call they chain (save, then make) counts before this one ends.
                setTimeout(() => {
                  w.__ishcPending--;
                }, 0);
              });
          };
        },
      },
    );
  w.google = {
    script: {
      run: runner(),
      host: {
        close: () => {
          w.__ishcClosed = true;
        },
        setHeight: () => undefined,
        setWidth: () => undefined,
        editor: { focus: () => undefined },
      },
    },
  };
}

/** Opens an HtmlOutput the bundle made (a sidebar or a dialog) in a fresh browser context. */
export async function openHtml(
  browser: Browser,
  loaded: Loaded,
  html: FakeHtmlOutput | string,
  opts: { width?: number; height?: number } = {},
): Promise<PageSession> {
  const content = typeof html === 'string' ? html : html.getContent();
  const context: BrowserContext = await browser.newContext({
    viewport: { width: opts.width ?? SIDEBAR_WIDTH, height: opts.height ?? 900 },
    javaScriptEnabled: true,
  });
  const page = await context.newPage();
  const calls: PageSession['calls'] = [];
  const requests: string[] = [];
  const errors: string[] = [];
  // The page is served from one URL (as Apps Script serves it from its own origin); anything else is refused.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === PAGE_URL) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: content });
    requests.push(url);
    return route.abort();
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.exposeFunction('__ishcServer', (name: string, argsJson: string) => {
    const args = JSON.parse(argsJson) as unknown[];
    calls.push({ name, args });
    const fn = loaded.app[name];
    if (typeof fn !== 'function') return { error: `Script function not found: ${name}` };
    try {
      const result = fn(...args);
      const bad = notPlainJson(result);
      if (bad) {
        errors.push(`${name} returned a value google.script.run cannot carry: ${bad}`);
        return { error: `${name}: ${bad}` };
      }
      return { json: result === undefined ? undefined : JSON.stringify(result) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  });
  await page.addInitScript(shim);
  await page.goto(PAGE_URL, { waitUntil: 'load' });
  const session: PageSession = {
    page,
    loaded,
    calls,
    requests,
    errors,
    closed: () => page.evaluate(() => (window as unknown as { __ishcClosed: boolean }).__ishcClosed),
    settle: async () => {
      await page.waitForFunction(() => (window as unknown as { __ishcPending: number }).__ishcPending === 0, undefined, {
        timeout: 30_000,
      });
    },
    screenshot: async (name) => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const path = join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    overflowX: () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    close: () => context.close(),
  };
  return session;
}

/** Runs a menu function of the bundle that shows a sidebar, and opens that sidebar 300 px wide. */
export async function openSidebar(browser: Browser, loaded: Loaded, menuFunction: string): Promise<PageSession> {
  const before = loaded.env.ui.sidebars.length;
  loaded.app[menuFunction]();
  const shown = loaded.env.ui.sidebars.slice(before);
  if (shown.length !== 1) {
    const alerts = loaded.env.ui.alerts.map((a) => a.message).join(' | ');
    throw new Error(`${menuFunction} showed ${shown.length} sidebars${alerts ? ` (alerts: ${alerts})` : ''}`);
  }
  const session = await openHtml(browser, loaded, shown[0]);
  await session.settle();
  return session;
}

/**
 * Runs a menu function of the bundle that shows a modal dialog (Ui.showModalDialog), and opens it as
 * wide and high as the dialog is set (src/gas/dialogs.ts DIALOGS). Returns the session and the title.
 */
export async function openDialog(
  browser: Browser,
  loaded: Loaded,
  menuFunction: string,
  size: { width: number; height: number },
): Promise<PageSession & { title: string }> {
  const before = loaded.env.ui.dialogs.length;
  loaded.app[menuFunction]();
  const shown = loaded.env.ui.dialogs.slice(before);
  if (shown.length !== 1) {
    const alerts = loaded.env.ui.alerts.map((a) => a.message).join(' | ');
    throw new Error(`${menuFunction} showed ${shown.length} dialogs${alerts ? ` (alerts: ${alerts})` : ''}`);
  }
  const session = await openHtml(browser, loaded, shown[0].html, size);
  await session.settle();
  return Object.assign(session, { title: shown[0].title });
}
