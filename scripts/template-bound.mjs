// npm run template:bound — puts the bound-template build (dist-bound/) into the template spreadsheet's
// script, so wards can copy the spreadsheet with one link. Run by the province or a developer, once and
// after each release; a ward officer never runs it (docs/HUONG_DAN.md, "Cài đặt").
//
//   npm run template:bound -- --create   make a new spreadsheet with its bound script (clasp create
//                                        --type sheets), write its ids into .clasp-bound.json, push
//   npm run template:bound               build, then push dist-bound/ into the script of .clasp-bound.json
//   npm run template:bound -- --dry-run  build, then list what would be pushed (offline)
//
// Needs `npx clasp login` first (except --dry-run). Prints the "make a copy" link to share.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PROJECT = '.clasp-bound.json';
const TITLE = 'Sổ CLB LTHTGN (mẫu)';
const CLASP = resolve('node_modules/.bin/clasp');
const args = process.argv.slice(2);
const unknown = args.filter((a) => !['--create', '--dry-run'].includes(a));
if (unknown.length > 0) fail(`Unknown option ${unknown[0]}: use --create or --dry-run (or nothing).`, 2);

function fail(message, code = 1) {
  console.error(message);
  process.exit(code);
}

function run(command, commandArgs, opts = {}) {
  const result = spawnSync(command, commandArgs, { encoding: 'utf8', stdio: opts.capture ? 'pipe' : 'inherit', cwd: opts.cwd });
  if (result.status !== 0) {
    if (opts.capture) process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    fail(`${[command, ...commandArgs].join(' ')} failed (exit ${result.status}).`);
  }
  return result.stdout ?? '';
}

const placeholder = (id) => typeof id !== 'string' || id === '' || id.startsWith('REPLACE_');
const readProject = () => JSON.parse(readFileSync(PROJECT, 'utf8'));

if (args.includes('--create')) {
  if (!placeholder(readProject().scriptId)) fail(`${PROJECT} already names a template script; remove its scriptId to make another.`, 2);
  // clasp create refuses where a .clasp.json exists (this repository has the add-on's): create in an empty folder.
  const dir = mkdtempSync(join(tmpdir(), 'ishc-template-'));
  try {
    const out = run(CLASP, ['create', '--type', 'sheets', '--title', TITLE, '--json'], { cwd: dir, capture: true });
    const json = out.slice(out.indexOf('{'), out.lastIndexOf('}') + 1);
    const { scriptId, parentId } = JSON.parse(json);
    if (placeholder(scriptId) || placeholder(parentId)) fail(`clasp create gave no script or spreadsheet id:\n${out}`);
    writeFileSync(PROJECT, `${JSON.stringify({ ...readProject(), scriptId, parentId }, null, 2)}\n`);
    console.log(`Made the template spreadsheet "${TITLE}" and its script; ${PROJECT} now names them.`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

run(process.execPath, ['scripts/build.mjs', '--quiet']);
const project = readProject();
if (args.includes('--dry-run')) {
  run(CLASP, ['-P', PROJECT, 'show-file-status']);
  process.exit(0);
}
if (placeholder(project.scriptId)) {
  fail(
    [
      `${PROJECT} names no template script yet. Either:`,
      '  npm run template:bound -- --create      (a new spreadsheet with its script, made by clasp), or',
      '  make a spreadsheet, open Extensions → Apps Script, copy the Script ID from Project Settings into',
      `  "scriptId" of ${PROJECT} and the spreadsheet's id (between /d/ and /edit) into "parentId".`,
    ].join('\n'),
    2,
  );
}
run(CLASP, ['-P', PROJECT, 'push', '-f']);
console.log('Pushed dist-bound/ into the template’s script.');
if (!placeholder(project.parentId)) {
  console.log(`Share this link with the wards (anyone with it may copy; give the template "Viewer" to them):`);
  console.log(`  https://docs.google.com/spreadsheets/d/${project.parentId}/copy`);
}
