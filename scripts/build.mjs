// Builds the shipped artefacts from one core:
//  - dist/: the Apps Script project (Code.js + appsscript.json + HTML), pushed by clasp as an Editor add-on;
//  - dist-bound/: the same project as a script bound to a template spreadsheet (its own menu in the menu
//    bar instead of one under Extensions): the same bundle built with __ISHC_BOUND__ true;
//  - build/: the Node command line (cli.mjs), the benchmark (bench.mjs) and the fuzz run (fuzz.mjs).

import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const GAS_ENTRY = 'src/gas/main.ts';
const GLOBAL_NAME = '__ishc';

/** Apps Script only sees top-level `function` declarations, so each export of the entry gets one. */
async function exportNamesOf(entry) {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    outdir: 'out-unused',
    target: 'es2020',
  });
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint === entry);
  return output.exports.slice().sort();
}

/**
 * What the bundle embeds, computed in Node from core (scripts/shipped.ts): the report templates as
 * .docx (base64, defined as __ISHC_TEMPLATES__) and one menu function per report kind.
 */
async function shipped() {
  mkdirSync('build', { recursive: true });
  const out = 'build/shipped.mjs';
  await esbuild.build({
    entryPoints: ['scripts/shipped.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: out,
    packages: 'external',
    charset: 'utf8',
  });
  const mod = await import(`${pathToFileURL(resolve(out)).href}?t=${Date.now()}`);
  catalogueText = mod.pageText;
  return { templates: await mod.shippedTemplateDocx(), menuFooter: mod.reportMenuFooter(GLOBAL_NAME) };
}

/** Where each variant goes, and whether it is the bound-template one (src/gas/host.ts reads the flag). */
const VARIANTS = [
  { dir: 'dist', bound: false },
  { dir: 'dist-bound', bound: true },
];

async function buildGas() {
  const { templates, menuFooter } = await shipped();
  const names = await exportNamesOf(GAS_ENTRY);
  for (const variant of VARIANTS) await buildGasVariant(variant, templates, menuFooter, names);
  return names;
}

async function buildGasVariant({ dir, bound }, templates, menuFooter, names) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const result = await esbuild.build({
    entryPoints: [GAS_ENTRY],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    target: 'es2020',
    charset: 'utf8',
    write: false,
    legalComments: 'none',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    define: { __ISHC_TEMPLATES__: JSON.stringify(templates), __ISHC_BOUND__: JSON.stringify(bound) },
  });
  const exported = names.map((n) => `function ${n}() { return ${GLOBAL_NAME}.${n}.apply(this, arguments); }`);
  const footer = [...exported, menuFooter].join('\n');
  // `var` (not const) so gas-local and Apps Script both see the namespace as a global.
  const code = result.outputFiles[0].text.replace(/^var __ishc/m, `var ${GLOBAL_NAME}`);
  writeFileSync(join(dir, 'Code.js'), `${code}\n${footer}\n`);
  // One manifest for both: an Editor add-on's manifest has no add-on-specific field, so a bound script needs the same one.
  copyFileSync('appsscript/appsscript.json', join(dir, 'appsscript.json'));
  if (existsSync('src/ui')) {
    for (const f of readdirSync('src/ui')) if (f.endsWith('.html')) writeFileSync(join(dir, f), await buildPage(join('src/ui', f)));
  }
}

/** A catalogue text in both languages, for the few words a page shows before it knows the user's (scripts/shipped.ts). */
let catalogueText = (key) => key;

/**
 * A page of src/ui as Apps Script serves it: one self-contained HTML file. `<style data-inline="x.css">`
 * becomes that file's CSS and `<script data-inline="x.ts">` the script bundled by esbuild (its imports,
 * core's included, in one IIFE), so nothing is fetched at run time. An empty element with
 * `data-msg="key"` gets that catalogue text in Vietnamese and English (what shows while the page loads).
 */
async function buildPage(path) {
  let html = readFileSync(path, 'utf8');
  html = html.replace(
    /(<(\w+)\b[^>]*\bdata-msg="([\w.]+)"[^>]*>)(<\/\2>)/g,
    (_, open, _tag, key, close) => `${open}${catalogueText(key)}${close}`,
  );
  const dir = dirname(path);
  const styles = [...html.matchAll(/<style data-inline="([^"]+)"><\/style>/g)];
  for (const [tag, file] of styles) html = html.replace(tag, () => `<style>\n${readFileSync(join(dir, file), 'utf8')}</style>`);
  const scripts = [...html.matchAll(/<script data-inline="([^"]+)"><\/script>/g)];
  for (const [tag, file] of scripts) {
    const result = await esbuild.build({
      entryPoints: [join(dir, file)],
      bundle: true,
      format: 'iife',
      target: 'es2020',
      charset: 'utf8',
      write: false,
      legalComments: 'none',
      platform: 'browser',
    });
    // Inside <script>, "</script" would end the element early.
    const code = result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
    html = html.replace(tag, () => `<script>\n${code}</script>`);
  }
  return html;
}

async function buildNode() {
  mkdirSync('build', { recursive: true });
  await esbuild.build({
    entryPoints: { cli: 'src/cli/main.ts', bench: 'bench/main.ts', 'province-bench': 'bench/provinceGoogle.ts', fuzz: 'bench/fuzz.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: 'build',
    outExtension: { '.js': '.mjs' },
    packages: 'external',
    charset: 'utf8',
    sourcemap: 'inline',
  });
}

const names = await buildGas();
await buildNode();
if (!process.argv.includes('--quiet'))
  console.log(`built dist/Code.js and dist-bound/Code.js (${names.length} entry points) and build/cli.mjs`);
