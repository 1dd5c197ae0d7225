/**
 * The fake's surface (gas/surface.ts) is exact: every public method of a fake class is listed there,
 * and src/gas calls nothing the fake lacks. tsc checks the listed members against Google's typings
 * (gas/conformance.ts); this test checks the other two directions.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createGasEnvironment } from './gas';
import { INSTRUMENTED } from './gas/calls';
import { ENUMS, GLOBALS, SURFACE } from './gas/surface';

const ROOT = resolve(__dirname, '../..');
type Entry = { fake: abstract new (...args: never[]) => unknown; members: readonly string[] };
const entries = Object.entries(SURFACE as Record<string, Entry>);

/** A class's prototypes, own first, up to (not including) Object.prototype. */
function chain(cls: Entry['fake']): object[] {
  const out: object[] = [];
  for (let p = cls.prototype as object | null; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) out.push(p);
  return out;
}

function publicMethods(proto: object): string[] {
  return Object.getOwnPropertyNames(proto).filter(
    (n) => n !== 'constructor' && !n.startsWith('_') && typeof Object.getOwnPropertyDescriptor(proto, n)?.value === 'function',
  );
}

const className = (proto: object): string => (proto as { _className?: string })._className ?? proto.constructor.name;

describe('the fake has exactly the listed surface', () => {
  test('every fake class of an Apps Script object stands in for an interface in surface.ts', () => {
    const covered = new Set(entries.flatMap(([, e]) => chain(e.fake)));
    const outside = INSTRUMENTED.filter((cls) => !covered.has(cls.prototype)).map((cls) => cls.name);
    expect(outside).toEqual([]);
  });

  test('every public method of a fake class is listed in surface.ts (under an interface of its class or a subclass)', () => {
    const listed = new Map<object, Set<string>>();
    for (const [, { fake, members }] of entries) {
      for (const name of members) {
        // Enum properties live on instances, not prototypes; tsc checks they exist.
        const owner = chain(fake).find((p) => Object.hasOwn(p, name));
        if (owner) listed.set(owner, (listed.get(owner) ?? new Set()).add(name));
      }
    }
    const protos = new Set(entries.flatMap(([, e]) => chain(e.fake)));
    const unlisted = [...protos].flatMap((p) =>
      publicMethods(p)
        .filter((n) => !listed.get(p)?.has(n))
        .map((n) => `${className(p)}.${n}`),
    );
    expect(unlisted).toEqual([]);
  });

  test('the globals are the listed services', () => {
    const globals = createGasEnvironment().globals;
    expect(Object.keys(globals).sort()).toEqual(Object.keys(GLOBALS).sort());
    for (const [name, key] of Object.entries(GLOBALS)) expect(globals[name]).toBeInstanceOf(SURFACE[key].fake);
  });
});

/**
 * GoogleAppsScript's types and the service globals as the fake's classes, for type-checking src/gas
 * against the fake. console keeps its standard type (a global of every lib).
 */
function appsScriptAsFake(): string {
  const byNamespace = new Map<string, string[]>();
  const add = (key: string, type: string) => {
    const [ns, name] = key.split('.');
    if (name !== undefined) byNamespace.set(ns!, [...(byNamespace.get(ns!) ?? []), `type ${name} = ${type};`]);
  };
  for (const key of Object.keys(SURFACE)) add(key, `FakeOf<'${key}'>`);
  for (const key of Object.keys(ENUMS)) add(key, `EnumOf<'${key}'>`);
  // The event objects Apps Script hands the add-on's triggers, as the tests build them.
  byNamespace.set('Events', [
    'type AddonOnInstall = { authMode: string };',
    'type SheetsOnOpen = { authMode: string };',
    "type SheetsOnEdit = { range: FakeOf<'Spreadsheet.Range'> };",
    'type TimeDriven = { authMode: string; triggerUid: string };',
  ]);
  const namespaces = [...byNamespace].map(([ns, types]) => `    namespace ${ns} {\n${types.map((t) => `      ${t}`).join('\n')}\n    }`);
  const globals = Object.entries(GLOBALS)
    .filter(([name]) => name !== 'console')
    .map(([name, key]) => `  var ${name}: FakeOf<'${key}'>;`);
  return [
    `import type { EnumOf, FakeOf } from '${join(ROOT, 'test/fakes/gas/surface')}';`,
    'declare global {',
    '  namespace GoogleAppsScript {',
    ...namespaces,
    '  }',
    ...globals,
    '}',
    'export {};',
    '',
  ].join('\n');
}

describe('src/gas against the fake', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gas-surface-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('type-checks with the fake classes as its Apps Script types: it calls no method the fake lacks', () => {
    writeFileSync(join(dir, 'apps-script.ts'), appsScriptAsFake());
    const config = {
      extends: join(ROOT, 'tsconfig.json'),
      compilerOptions: { types: ['node'], typeRoots: [join(ROOT, 'node_modules/@types')] },
      include: [join(ROOT, 'src/gas'), join(dir, 'apps-script.ts')],
    };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config));
    const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json')], {
      encoding: 'utf8',
    });
    expect(`${tsc.stdout}${tsc.stderr}`).toBe('');
    expect(tsc.status).toBe(0);
  }, 60_000);
});
