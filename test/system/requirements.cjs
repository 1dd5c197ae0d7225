/**
 * The system packages two test suites need, found on this machine or installed from Debian.
 *
 * - pdf: test/cli/docx-report.test.ts, its LibreOffice test — soffice on PATH; pdfinfo, pdftotext,
 *   pdftoppm, pdffonts on PATH; the fonts Liberation Serif 2 (every Vietnamese letter) and DejaVu (fc-list).
 * - browser: test/ui/*.test.ts (the pages, through test/ui/harness.ts) — Chromium at $ISHC_CHROMIUM, default /usr/bin/chromium.
 *
 * `prepare()` runs once before those suites (test/system/setup.cjs): when something is missing and
 * the run is root with apt-get, it installs the Debian packages quietly; what is still missing then
 * fails the run under CI, and is skipped with a banner elsewhere. The tests ask `ready(suite)`.
 */
const { execFileSync, spawnSync } = require('node:child_process');
const { accessSync, constants, statSync } = require('node:fs');
const { delimiter, join } = require('node:path');

const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const POPPLER = ['pdfinfo', 'pdftotext', 'pdftoppm', 'pdffonts'];

const SUITES = {
  pdf: 'test/cli/docx-report.test.ts › "converts to a PDF of at least one page with LibreOffice"',
  browser: "test/ui/*.test.ts (the add-on's pages in Chromium)",
};

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The first `name` on PATH that is an executable file, as `which` finds it. */
function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && executable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

function fontFamilies() {
  const fcList = onPath('fc-list');
  if (!fcList) return undefined;
  try {
    return execFileSync(fcList, [':', 'family'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/**
 * Whether a Liberation Serif with the Vietnamese letters Debian's fonts-liberation (1.07) lacks
 * (ễ, ể, ờ) is installed: fonts-liberation2 has them, so the PDF keeps one face.
 */
function hasVietnameseSerif() {
  const fcList = onPath('fc-list');
  if (!fcList) return false;
  try {
    const out = execFileSync(fcList, ['Liberation Serif:charset=1ec5 1ec3 1edd', 'family'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return out.includes('Liberation Serif');
  } catch {
    return false;
  }
}

/** Chromium for the browser tests: $ISHC_CHROMIUM, or Debian's /usr/bin/chromium. */
function chromiumPath() {
  return process.env.ISHC_CHROMIUM || DEFAULT_CHROMIUM;
}

/**
 * What each suite lacks right now. Every entry names what is missing and the Debian package that
 * brings it (none when no package can: ISHC_CHROMIUM pointing at a file that is not there).
 */
function check() {
  const pdf = [];
  const soffice = onPath('soffice');
  if (!soffice) pdf.push({ what: 'LibreOffice (soffice on PATH)', debian: 'libreoffice-writer-nogui' });
  const noPoppler = POPPLER.filter((tool) => !onPath(tool));
  if (noPoppler.length > 0) pdf.push({ what: `poppler (${noPoppler.join(', ')} on PATH)`, debian: 'poppler-utils' });
  const families = fontFamilies();
  const unchecked = families === undefined ? ' (unchecked without fc-list)' : '';
  if (families === undefined) pdf.push({ what: 'fontconfig (fc-list on PATH, to look for the fonts)', debian: 'fontconfig' });
  if (!hasVietnameseSerif())
    pdf.push({ what: `the font Liberation Serif with every Vietnamese letter (ễ, ể, ờ)${unchecked}`, debian: 'fonts-liberation2' });
  if (!families?.includes('DejaVu Serif') || !families.includes('DejaVu Sans'))
    pdf.push({ what: `the fonts DejaVu Serif and DejaVu Sans${unchecked}`, debian: 'fonts-dejavu' });

  const browser = [];
  const chromium = chromiumPath();
  if (!executable(chromium)) {
    browser.push(
      process.env.ISHC_CHROMIUM
        ? { what: `Chromium at ISHC_CHROMIUM=${chromium} (no executable file there)`, debian: undefined }
        : { what: `Chromium at ${DEFAULT_CHROMIUM}`, debian: 'chromium' },
    );
  }
  return { missing: { pdf, browser }, soffice, chromium };
}

/** For a test file: may this suite run here, and with which programs. */
function ready(suite) {
  const found = check();
  return { ready: found.missing[suite].length === 0, soffice: found.soffice ?? 'soffice', chromium: found.chromium };
}

function isCI() {
  const ci = process.env.CI ?? '';
  return ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
}

function debianPackages(missing) {
  const all = [...missing.pdf, ...missing.browser].map((m) => m.debian).filter(Boolean);
  return [...new Set(all)];
}

function aptCommand(packages) {
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  return `${sudo}apt-get update && ${sudo}apt-get install -y --no-install-recommends ${packages.join(' ')}`;
}

/** Installs `packages` when this run may: root, apt-get on PATH, ISHC_TEST_INSTALL not 0. */
function install(packages) {
  if (packages.length === 0) return { tried: false };
  if (process.env.ISHC_TEST_INSTALL === '0') return { tried: false, why: 'ISHC_TEST_INSTALL=0' };
  if (process.getuid?.() !== 0) return { tried: false, why: 'not root' };
  const aptGet = onPath('apt-get');
  if (!aptGet) return { tried: false, why: 'no apt-get on PATH' };
  process.stderr.write(`ishc test: installing from Debian for the PDF and browser tests: ${packages.join(' ')} (apt-get, a few minutes)\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const steps = [
    { args: ['update', '-qq'], minutes: 5 },
    { args: ['install', '-y', '-qq', '--no-install-recommends', ...packages], minutes: 20 },
  ];
  for (const { args, minutes } of steps) {
    const run = spawnSync(aptGet, args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: minutes * 60_000 });
    if (run.status !== 0) {
      const how = run.status === null ? `stopped: ${run.error?.message ?? run.signal}` : `exit ${run.status}`;
      const output = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim().split('\n').filter(Boolean).slice(-15);
      return { tried: true, why: [`apt-get ${args[0]} failed (${how})${output.length > 0 ? ':' : '.'}`, ...output].join('\n!!     ') };
    }
  }
  return { tried: true };
}

const RULE = '!'.repeat(100);

/** The banner naming what is missing, for which suite, and how to install it. */
function banner(missing, { ci, installed } = {}) {
  const lines = [RULE];
  lines.push(
    ci
      ? '!! ishc test: CI is set and tests need system packages this machine lacks: FAILING.'
      : '!! ishc test: SKIPPING tests that need system packages this machine lacks.',
  );
  for (const suite of Object.keys(SUITES)) {
    if (missing[suite].length === 0) continue;
    lines.push(`!!   ${ci ? 'cannot run' : 'skipped'}: ${SUITES[suite]}`);
    for (const m of missing[suite]) lines.push(`!!     missing ${m.what}${m.debian ? ` — Debian package ${m.debian}` : ''}`);
  }
  if (installed?.tried)
    lines.push(
      installed.why ? `!! ${installed.why}` : '!! apt-get install ran, and these are still not found: check PATH (and ISHC_CHROMIUM).',
    );
  else if (installed?.why) lines.push(`!! Not installed automatically: ${installed.why}.`);
  const packages = debianPackages(missing);
  if (packages.length > 0) lines.push('!! Install them (Debian packages) and run npm test again:', `!!   ${aptCommand(packages)}`);
  if (missing.browser.some((m) => !m.debian))
    lines.push(`!! Point ISHC_CHROMIUM at a Chromium executable, or unset it to use ${DEFAULT_CHROMIUM} (Debian package chromium).`);
  lines.push(
    ci
      ? '!! (Without CI set, npm test skips these tests instead, with this banner.)'
      : '!! (With CI=true these are failures, not skips.) npm run test:unit runs the tests that need no system package.',
  );
  lines.push(RULE);
  return `\n${lines.join('\n')}\n\n`;
}

function hasMissing(missing) {
  return missing.pdf.length > 0 || missing.browser.length > 0;
}

/**
 * Before the suites: find, install what is missing when possible, then fail (CI) or warn (elsewhere).
 * Prints nothing when everything is there.
 */
function prepare() {
  let { missing } = check();
  if (!hasMissing(missing)) return;
  const installed = install(debianPackages(missing));
  if (installed.tried) missing = check().missing;
  if (!hasMissing(missing)) return;
  const ci = isCI();
  globalThis.__ishcInstalled = installed;
  process.stderr.write(banner(missing, { ci, installed }));
  if (ci) {
    const error = new Error('ishc test: system packages missing under CI (see the banner above)');
    error.stack = error.message;
    throw error;
  }
}

/** After the suites: the same banner again, below jest's summary, when tests were skipped. */
function remind() {
  const { missing } = check();
  if (hasMissing(missing) && !isCI()) process.stderr.write(banner(missing, { installed: globalThis.__ishcInstalled }));
}

module.exports = { SUITES, DEFAULT_CHROMIUM, chromiumPath, check, ready, isCI, aptCommand, prepare, remind, banner };
