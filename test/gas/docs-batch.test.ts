/**
 * The batch renderer (src/gas/docs/batch.ts) over the fake Docs API: every report kind filled with
 * the demo ward's data gives the same Doc as the DocumentApp renderer on another copy of the same
 * template, and the same text as core's reference renderer; template cases of the language too.
 */
import { generateDemoWard } from '../../src/core/demo';
import { rollUpGrids } from '../../src/core/jobs';
import { parsePeriod } from '../../src/core/period';
import { plainText, type TemplateSpec } from '../../src/core/report/document';
import { REPORT_KINDS } from '../../src/core/report/kinds';
import type { ReportData } from '../../src/core/report/language';
import { KIND_DOCUMENTS } from '../../src/core/report/registry';
import { renderBlocks } from '../../src/core/report/renderBlocks';
import { planBatch, renderDocBatch } from '../../src/gas/docs/batch';
import { createTemplateDoc } from '../../src/gas/docs/buildTemplate';
import { renderDoc } from '../../src/gas/docs/render';
import { docBlocks, docText } from '../../src/gas/docs/text';
import { TEMPLATE_CASES } from '../core/report/cases';
import { createGasEnvironment, type GasEnvironment } from '../fakes/gas';
import type { FakeBody } from '../fakes/gas/doc-containers';

const TODAY = '2026-11-22';
const PERIODS: Record<string, string> = { h1: '2026-H1', year: '2025', review: '2025', final: 'P1', longevity: '2026', pension: '2026' };

let env: GasEnvironment;
beforeEach(() => {
  env = createGasEnvironment();
  Object.assign(globalThis, { DocumentApp: env.globals.DocumentApp, Docs: env.globals.Docs });
});
afterEach(() => {
  delete (globalThis as Record<string, unknown>).DocumentApp;
  delete (globalThis as Record<string, unknown>).Docs;
});

function kindData(kind: string, clubs = 6): ReportData {
  const demo = generateDemoWard({ clubs, today: TODAY });
  const period = parsePeriod(PERIODS[kind]) ?? parsePeriod('2026')!;
  const result = rollUpGrids(demo.grids, period, TODAY, 'vi', undefined, undefined, []);
  return KIND_DOCUMENTS[kind as keyof typeof KIND_DOCUMENTS].data(result.ward, period, { today: TODAY, lang: 'vi', provisional: false });
}

/** Two copies of one template Doc: one for each renderer. */
function twoCopies(template: TemplateSpec) {
  const original = createTemplateDoc(template, 'Mẫu');
  const copy = DocumentApp.create('Bản sao');
  const body = env.documents._docs.get(original.getId())!.body;
  env.documents._docs.get(copy.getId())!.body = (body as unknown as FakeBody)._clone();
  return { byApp: original, byBatch: copy };
}

/** Each paragraph's text and paragraph attributes, tables as rows of cells. */
function shape(body: FakeBody): unknown {
  const walk = (kids: FakeBody['_kids']): unknown[] =>
    kids.map((k) =>
      k._type() === 'TABLE'
        ? (k as unknown as FakeBody)._kids.map((row) =>
            (row as unknown as FakeBody)._kids.map((cell) => walk((cell as unknown as FakeBody)._kids)),
          )
        : { text: k._text(), attrs: k._attrs },
    );
  return walk(body._kids);
}

describe('batch renderer: the same Doc as the DocumentApp renderer, in two calls', () => {
  it.each(REPORT_KINDS.map((k) => k.id))('%s', (kind) => {
    const data = kindData(kind);
    const template = KIND_DOCUMENTS[kind].template;
    const { byApp, byBatch } = twoCopies(template);
    const app = renderDoc(byApp, data);
    const id = byBatch.getId();
    env.calls.reset();
    const batch = renderDocBatch(id, data);
    expect(batch).not.toBeNull();
    expect(env.calls.snapshot()).toEqual({ 'Documents.batchUpdate': 1, 'Documents.get': 1 });
    expect(batch!.missing).toEqual(app.missing);
    const reference = renderBlocks(template.blocks, data);
    expect(docText(byBatch)).toBe(docText(byApp));
    // Core's reference (a rule is a paragraph border there, a line of underscores in a Google Doc).
    expect(docText(byBatch).replace(/_{10,}/g, '')).toBe(plainText(reference.blocks));
    // Paragraph by paragraph, with the attributes (alignment, bold, size…) each renderer left.
    expect(shape(env.documents._docs.get(byBatch.getId())!.body)).toEqual(shape(env.documents._docs.get(byApp.getId())!.body));
  });
});

describe('batch renderer: the language cases', () => {
  it.each(TEMPLATE_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const template: TemplateSpec = { ...KIND_DOCUMENTS.h1.template, blocks: c.blocks };
    const { byApp, byBatch } = twoCopies(template);
    renderDoc(byApp, c.data);
    const result = renderDocBatch(byBatch.getId(), c.data);
    if (result === null) return; // the DocumentApp renderer handles it (reported Unsupported before any write)
    expect(docBlocks(byBatch.getBody())).toEqual(docBlocks(byApp.getBody()));
    expect(docText(byBatch)).toBe(plainText(renderBlocks(c.blocks, c.data).blocks));
  });
});

describe('batch plan', () => {
  it('does not grow in calls with the rows; requests run from the end of the document backwards', () => {
    const data = kindData('h1', 30);
    const { byBatch } = twoCopies(KIND_DOCUMENTS.h1.template);
    const plan = planBatch(Docs!.Documents.get(byBatch.getId()), data);
    const anchors = plan.requests.map((r) => {
      const x = Object.values(r)[0] as { location?: { index: number }; range?: { startIndex: number } };
      return x.location?.index ?? x.range?.startIndex ?? Number.POSITIVE_INFINITY;
    });
    expect(anchors.length).toBeGreaterThan(100);
    expect(plan.requests.some((r) => 'insertTableRow' in r)).toBe(true);
  });
});

describe('the fake Docs API refuses what the API refuses, and applies nothing then', () => {
  const doc = () => {
    const d = DocumentApp.create('Mẫu');
    const body = d.getBody();
    body.getChild(0).asParagraph().setText('Trước');
    body.appendTable([['a', 'b']]);
    body.appendParagraph('Sau');
    return d.getId();
  };
  const indices = (id: string) =>
    (Docs!.Documents.get(id).body!.content ?? []).map((e) => [e.startIndex ?? 0, e.endIndex, e.table ? 'table' : 'p']);
  const update = (id: string, requests: object[]) => () => Docs!.Documents.batchUpdate({ requests }, id);

  it('counts indices as the API: a section break, paragraphs with their newline, a table one more at each level', () => {
    const id = doc();
    // "Trước\n" 1..7; the table 7..16 (row 8, cell 9, "a\n" 10..12, cell 12, "b\n" 13..15, end 15 + 1); "Sau\n" 16..20.
    expect(indices(id)).toEqual([
      [0, 1, 'p'],
      [1, 7, 'p'],
      [7, 16, 'table'],
      [16, 20, 'p'],
    ]);
  });

  it.each([
    [
      'an unknown request kind',
      [{ replaceAllText: { containsText: { text: 'a' }, replaceText: 'b' } }],
      /Invalid requests\[0\]\.replaceAllText/,
    ],
    [
      'an index outside any paragraph (a table start)',
      [{ insertText: { location: { index: 7 }, text: 'x' } }],
      /requests\[0\]\.insertText: The insertion index/,
    ],
    [
      'a range across a table boundary',
      [{ deleteContentRange: { range: { startIndex: 3, endIndex: 10 } } }],
      /requests\[0\]\.deleteContentRange: The range cannot partially delete a table/,
    ],
    [
      'the newline before a table',
      [{ deleteContentRange: { range: { startIndex: 6, endIndex: 7 } } }],
      /requests\[0\]\.deleteContentRange: The range cannot delete the newline before a table/,
    ],
    [
      'the final newline of the body',
      [{ deleteContentRange: { range: { startIndex: 17, endIndex: 21 } } }],
      /requests\[0\]\.deleteContentRange: The range cannot include the newline character at the end/,
    ],
    [
      'the final newline of a cell',
      [{ deleteContentRange: { range: { startIndex: 10, endIndex: 12 } } }],
      /requests\[0\]\.deleteContentRange: .*(end of the segment|more than one table cell)/,
    ],
  ])('%s', (_label, requests, message) => {
    const id = doc();
    const before = docText(DocumentApp.openById(id));
    // A valid first request (after every index the bad one names), then the bad one: the batch is atomic.
    expect(update(id, [{ insertText: { location: { index: 18 }, text: 'X' } }, ...requests])).toThrow(
      new RegExp(message.source.replace('requests\\[0\\]', 'requests\\[1\\]')),
    );
    expect(docText(DocumentApp.openById(id))).toBe(before);
  });

  it('refuses a batch when the document changed after the revision it was planned on', () => {
    const id = doc();
    const { revisionId } = Docs!.Documents.get(id);
    DocumentApp.openById(id).getBody().appendParagraph('sửa');
    expect(() =>
      Docs!.Documents.batchUpdate(
        { requests: [{ insertText: { location: { index: 1 }, text: 'X' } }], writeControl: { requiredRevisionId: revisionId } },
        id,
      ),
    ).toThrow(/requiredRevisionId/);
  });
});
