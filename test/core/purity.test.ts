import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/**
 * src/core must run unchanged in Apps Script and Node: no platform globals, no edge imports, no clock.
 * Three guards hold this: tsconfig.core.json (no DOM, Node or Apps Script types), biome's
 * noRestrictedImports per folder (biome.json), and the scan below. The last tests plant offences in
 * a copy of the layout and check that the compiler and the linter refuse them.
 */
const FORBIDDEN = [
  /\b(SpreadsheetApp|DocumentApp|DriveApp|PropertiesService|LockService|HtmlService|ScriptApp|Session|UrlFetchApp|Utilities|Logger|MimeType)\./,
  /\bprocess\./,
  /\brequire\(/,
  /from ['"]node:/,
  /from ['"](fs|path|os|child_process|exceljs|docx|docxtemplater|pizzip|googleapis)['"]/,
  /from ['"](\.\.\/)+(gas|cli|ui|bench|test)\//,
  /\bnew Date\(\)/,
  /\bDate\.now\(/,
  /\bMath\.random\(/,
  /\bconsole\./,
  /\bsetTimeout\(/,
  /\bfetch\(/,
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const offencesIn = (text: string) => FORBIDDEN.filter((re) => re.test(text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')));

test('src/core uses no Apps Script or Node global and imports no edge', () => {
  const offences = files('src/core').flatMap((file) => offencesIn(readFileSync(file, 'utf8')).map((re) => `${file}: ${re}`));
  expect(offences).toEqual([]);
});

test('the scan sees an edge import from a core subfolder', () => {
  expect(offencesIn("import { today } from '../../gas/clock';")).toHaveLength(1);
  expect(offencesIn("import { x } from '../../../cli/xlsx';")).toHaveLength(1);
});

describe('the compiler and the linter refuse planted offences', () => {
  const root = resolve('.');
  let dir: string;
  const plant = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  const run = (bin: string, args: string[]): { ok: boolean; out: string } => {
    try {
      return { ok: true, out: execFileSync(join(root, 'node_modules', '.bin', bin), args, { cwd: dir, encoding: 'utf8', stdio: 'pipe' }) };
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string };
      return { ok: false, out: `${e.stdout ?? ''}${e.stderr ?? ''}` };
    }
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ishc-layers-'));
    for (const f of ['tsconfig.base.json', 'tsconfig.core.json', 'biome.json']) copyFileSync(f, join(dir, f));
    plant('src/core/dates.ts', 'export const year = (iso: string): number => Number(iso.slice(0, 4));\n');
    plant('src/gas/clock.ts', "export const today = (): string => '2026-01-01';\n");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('a clean core compiles', () => {
    expect(run('tsc', ['--noEmit', '-p', 'tsconfig.core.json']).ok).toBe(true);
  });

  test.each([
    ['an Apps Script service', 'export const ss = () => SpreadsheetApp.getActive();\n', 'SpreadsheetApp'],
    ['a Node module', "import fs from 'node:fs';\n\nexport const read = fs.readFileSync;\n", 'node:fs'],
    ['a Node global', 'export const args = () => process.argv;\n', 'process'],
    ['the DOM', 'export const title = () => document.title;\n', 'document'],
  ])('tsc -p tsconfig.core.json refuses %s in src/core', (_what, text, name) => {
    plant('src/core/report/planted.ts', text);
    const result = run('tsc', ['--noEmit', '-p', 'tsconfig.core.json']);
    expect(result.ok).toBe(false);
    expect(result.out).toContain(name);
  });

  test.each([
    ['src/core/report/planted.ts', "import { today } from '../../gas/clock';\n\nexport const t = today;\n"],
    ['src/core/planted.ts', "import { year } from '../cli/xlsx';\n\nexport const t = year;\n"],
    ['src/gas/planted.ts', "import { x } from '../cli/xlsx';\n\nexport const t = x;\n"],
    ['src/gas/nodeish.ts', "import { readFileSync } from 'node:fs';\n\nexport const t = readFileSync;\n"],
  ])('biome refuses the import in %s', (path, text) => {
    plant(path, text);
    const result = run('biome', ['lint', '--vcs-enabled=false', '--only=style/noRestrictedImports', 'src']);
    expect(result.ok).toBe(false);
    expect(result.out).toContain('noRestrictedImports');
  });

  test('biome lets an edge import core', () => {
    plant('src/gas/uses-core.ts', "import { year } from '../core/dates';\n\nexport const t = year;\n");
    expect(run('biome', ['lint', '--vcs-enabled=false', '--only=style/noRestrictedImports', 'src']).ok).toBe(true);
  });
});
