/** The prerequisite step of the system tests: what it finds missing, and what its banner says. */
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aptCommand, banner, check, type Missing } from './requirements.cjs';

function withEnv<T>(vars: Record<string, string | undefined>, run: () => T): T {
  const before = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  const set = (values: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  set(vars);
  try {
    return run();
  } finally {
    set(before);
  }
}

const none = { pdf: [] as Missing[], browser: [] as Missing[] };

test('a PATH without soffice, poppler and fc-list: each missing piece with its Debian package', () => {
  const bin = mkdtempSync(join(tmpdir(), 'ishc-path-'));
  symlinkSync(process.execPath, join(bin, 'node'));
  symlinkSync(process.execPath, join(bin, 'pdfinfo')); // any executable file will do
  const { missing, soffice } = withEnv({ PATH: bin }, check);
  expect(soffice).toBeUndefined();
  expect(missing.pdf.map((m) => m.debian)).toEqual([
    'libreoffice-writer-nogui',
    'poppler-utils',
    'fontconfig',
    'fonts-liberation2',
    'fonts-dejavu',
  ]);
  expect(missing.pdf[1].what).toBe('poppler (pdftotext, pdftoppm, pdffonts on PATH)');
});

test('ISHC_CHROMIUM names the browser; a missing file there has no package to install', () => {
  const { missing, chromium } = withEnv({ ISHC_CHROMIUM: '/nowhere/chromium' }, check);
  expect(chromium).toBe('/nowhere/chromium');
  expect(missing.browser).toEqual([{ what: 'Chromium at ISHC_CHROMIUM=/nowhere/chromium (no executable file there)', debian: undefined }]);
  expect(withEnv({ ISHC_CHROMIUM: '' }, check).chromium).toBe('/usr/bin/chromium');
});

test('the banner names the skipped suite, what it lacks and the apt-get line; under CI it says FAILING', () => {
  const missing = { ...none, browser: [{ what: 'Chromium at /usr/bin/chromium', debian: 'chromium' }] };
  const skip = banner(missing, { installed: { tried: false, why: 'not root' } });
  expect(skip).toContain('SKIPPING');
  expect(skip).toContain('skipped: test/ui/*.test.ts');
  expect(skip).toContain('missing Chromium at /usr/bin/chromium — Debian package chromium');
  expect(skip).toContain('Not installed automatically: not root.');
  expect(skip).toContain(`!!   ${aptCommand(['chromium'])}\n`);
  expect(skip).not.toContain('docx-report');
  const fail = banner(missing, { ci: true });
  expect(fail).toContain('FAILING');
  expect(fail).toContain('cannot run: test/ui/*.test.ts');
});

test('the apt-get line asks for sudo only when not root', () => {
  const root = process.getuid?.() === 0;
  expect(aptCommand(['poppler-utils'])).toBe(
    `${root ? '' : 'sudo '}apt-get update && ${root ? '' : 'sudo '}apt-get install -y --no-install-recommends poppler-utils`,
  );
});
