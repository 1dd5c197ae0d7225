import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** src/core must run unchanged in Apps Script and Node: no platform globals, no edge imports, no clock. */
const FORBIDDEN = [
  /\b(SpreadsheetApp|DocumentApp|DriveApp|PropertiesService|LockService|HtmlService|ScriptApp|Session|UrlFetchApp|Utilities|Logger|MimeType)\./,
  /\bprocess\./,
  /\brequire\(/,
  /from ['"]node:/,
  /from ['"](fs|path|os|child_process|exceljs|docx|docxtemplater|pizzip)['"]/,
  /from ['"]\.\.\/(gas|cli|ui)\//,
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

test('src/core uses no Apps Script or Node global and imports no edge', () => {
  const offences = files('src/core').flatMap((file) => {
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    return FORBIDDEN.filter((re) => re.test(text)).map((re) => `${file}: ${re}`);
  });
  expect(offences).toEqual([]);
});
