/**
 * The Drive v3 and Docs v1 advanced services' fakes, as strict as the APIs: Files.get/list/copy/update
 * answer the fields asked for and refuse what they do not know; a Doc's inline images are laid out
 * one index each, kept by edits around them and removed with their range; Body.getParagraphs lists
 * table cells' paragraphs too.
 */
import type { GasEnvironment } from './gas';
import { createGasEnvironment } from './gas';
import type { FakeBody } from './gas/doc-containers';
import type { FakeParagraph } from './gas/doc-element';

// biome-ignore lint/suspicious/noExplicitAny: the services are reached untyped, as a script would
type Any = any;
const DOC = 'application/vnd.google-apps.document';
const FOLDER = 'application/vnd.google-apps.folder';

function drive(env: GasEnvironment): Any {
  return (env.globals as Any).Drive;
}

/** A folder holding one Doc (marked), through the service itself. */
function setUp() {
  const env = createGasEnvironment();
  const files = drive(env).Files;
  const folder = files.create({ name: 'Báo cáo', mimeType: FOLDER });
  const doc = (env.globals as Any).DocumentApp.create('Mẫu');
  doc.getBody().appendParagraph("Tên {{ward}} và 'nháy'");
  env.drive._files.get(doc.getId())!.parents = [folder.id];
  env.drive._files.get(doc.getId())!.description = 'ishc:report-template:h1';
  return { env, files, folderId: folder.id as string, docId: doc.getId() as string };
}

describe('Drive v3 Files', () => {
  test('get answers the fields asked for (the API default without), a trashed folder’s file as trashed', () => {
    const { env, files, folderId, docId } = setUp();
    expect(files.get(docId)).toEqual({ kind: 'drive#file', id: docId, name: 'Mẫu', mimeType: DOC });
    expect(files.get(docId, { fields: 'name,description,trashed,parents' })).toEqual({
      name: 'Mẫu',
      description: 'ishc:report-template:h1',
      trashed: false,
      parents: [folderId],
    });
    expect(files.get(folderId, { fields: 'mimeType,trashed' })).toEqual({ mimeType: FOLDER, trashed: false });
    env.drive._folders.get(folderId)!.trashed = true;
    expect(files.get(docId, { fields: 'trashed' })).toEqual({ trashed: true });
    expect(() => files.get(docId, { fields: 'name,owners' })).toThrow(/drive\.files\.get failed.*Invalid field selection owners/);
    expect(() => files.get(docId, { alt: 'media' })).toThrow(/does not know the parameter alt/);
    expect(() => files.get('nope')).toThrow(/File not found: nope/);
    expect(() => files.get(docId, 'name')).toThrow(/don't match the method signature/);
  });

  test('list reads the query language’s name, mimeType, trashed and in-parents terms, with and/or/not and parentheses', () => {
    const { env, files, folderId, docId } = setUp();
    const other = (env.globals as Any).DocumentApp.create('Khác').getId();
    env.drive._files.get(other)!.parents = [folderId];
    const ids = (q: string) => files.list({ q, fields: 'files(id)' }).files.map((f: { id: string }) => f.id);
    expect(ids(`name = 'Báo cáo' and mimeType = '${FOLDER}' and trashed = false`)).toEqual([folderId]);
    expect(ids(`'${folderId}' in parents and mimeType = '${DOC}' and (name = 'Mẫu' or name = 'Mẫu cũ')`)).toEqual([docId]);
    expect(ids(`'${folderId}' in parents and not name = 'Mẫu'`)).toEqual([other]);
    expect(ids(`name = 'Tên {{ward}} và \\'nháy\\''`)).toEqual([]);
    env.drive._files.get(other)!.trashed = true;
    expect(ids(`'${folderId}' in parents and trashed = false`)).toEqual([docId]);
    expect(files.list({ q: `name = 'Mẫu'`, fields: 'files(id,name,description)' }).files).toEqual([
      { id: docId, name: 'Mẫu', description: 'ishc:report-template:h1' },
    ]);
    expect(() => files.list({ q: `fullText contains 'Mẫu'` })).toThrow(/Invalid Value.*does not know the term fullText/);
    expect(() => files.list({ q: `(name = 'Mẫu'` })).toThrow(/unclosed parenthesis/);
    expect(() => files.list({ q: `name = 'Mẫu'`, fields: 'id' })).toThrow(/Invalid field selection/);
    expect(() => files.list({ q: `name = 'Mẫu'`, pageSize: 5 })).toThrow(/does not know the parameter pageSize/);
  });

  test('copy names, places and marks the copy in one call, the Doc’s content with it; the description is the source’s unless set', () => {
    const { env, files, folderId, docId } = setUp();
    const inherits = files.copy({ name: 'Bản sao' }, docId, { fields: 'id,description,parents' });
    expect(inherits.description).toBe('ishc:report-template:h1');
    expect(inherits.parents).toEqual([folderId]);
    const root = env.drive._root.id;
    const copy = files.copy({ name: 'Báo cáo 6 tháng', parents: [root], description: 'ishc:report-draft' }, docId, {
      fields: 'id,name,description,parents,webViewLink',
    });
    expect(copy).toEqual({
      id: copy.id,
      name: 'Báo cáo 6 tháng',
      description: 'ishc:report-draft',
      parents: [root],
      webViewLink: `https://docs.google.com/document/d/${copy.id}/edit?usp=drivesdk`,
    });
    expect(env.documents._docs.get(copy.id)!.body._text()).toBe(env.documents._docs.get(docId)!.body._text());
    expect(() => files.copy({ name: 'x', starred: true }, docId)).toThrow(/does not set the field starred/);
    expect(() => files.copy({ parents: ['nope'] }, docId)).toThrow(/File not found: nope/);
    expect(() => files.copy({ parents: [folderId, root] }, docId)).toThrow(/exactly one parent/);
    expect(() => files.copy({}, folderId)).toThrow(/Folders cannot be copied/);
  });

  test('update sets the name, description and trashed, nothing else; create makes a folder', () => {
    const { env, files, docId } = setUp();
    expect(files.update({ description: 'ishc:report:h1:2026-H1' }, docId, null, { fields: 'description' })).toEqual({
      description: 'ishc:report:h1:2026-H1',
    });
    files.update({ trashed: true }, docId);
    expect(env.drive._files.get(docId)!.trashed).toBe(true);
    expect(() => files.update({ parents: ['x'] }, docId)).toThrow(/does not set the field parents/);
    expect(() => files.update({ trashed: 'yes' }, docId)).toThrow(/Invalid value for trashed/);
    expect(() => files.update({ name: 'x' }, 'nope')).toThrow(/File not found/);
    const folder = files.create({ name: 'Mới', mimeType: FOLDER });
    expect(env.drive.findFolders('Mới').map((f) => f._data.id)).toEqual([folder.id]);
    expect(() => files.create({ name: 'Mới', mimeType: FOLDER, description: 'x' })).toThrow(/no description on folders/);
  });
});

/** A PNG's first bytes: signature and IHDR with its size (what appendInlineImage reads). */
function png(env: GasEnvironment, width: number, height: number): Any {
  const b = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b, 0);
  b.writeUInt32BE(13, 8);
  b.write('IHDR', 12, 'latin1');
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  return (env.globals as Any).Utilities.newBlob([...b], 'image/png', 'chart.png');
}

describe('Docs v1 with inline images', () => {
  function docWithPictures() {
    const env = createGasEnvironment();
    const doc = (env.globals as Any).DocumentApp.create('Báo cáo');
    const body = doc.getBody() as FakeBody;
    body.getChild(0).asParagraph().setText('Đầu');
    body.appendTable([['Ô']]);
    const charts = body.appendParagraph('{{bieu_do}}') as FakeParagraph;
    body.appendParagraph('Cuối');
    charts.appendInlineImage(png(env, 440, 220));
    charts.appendInlineImage(png(env, 440, 100));
    const docs = (env.globals as Any).Docs.Documents;
    return { env, id: doc.getId() as string, body, charts, docs };
  }

  test('getParagraphs lists every paragraph in document order, table cells included', () => {
    const { body } = docWithPictures();
    expect(body.getParagraphs().map((p) => p.getText())).toEqual(['Đầu', 'Ô', '{{bieu_do}}', 'Cuối']);
  });

  test('get lays a picture out as one index, an inlineObjectElement, its size in the document’s inlineObjects', () => {
    const { id, docs } = docWithPictures();
    const json = docs.get(id);
    // Đầu\n 1..5, table 5..11 (row 6, cell 7, Ô\n 8..10), {{bieu_do}} 11 units, two pictures, \n.
    const charts = json.body.content[3];
    expect([charts.startIndex, charts.endIndex]).toEqual([11, 25]);
    const elements = charts.paragraph.elements;
    expect(
      elements.map((e: Any) => [e.startIndex, e.endIndex, e.textRun?.content ?? e.inlineObjectElement.inlineObjectId.slice(0, 4)]),
    ).toEqual([
      [11, 22, '{{bieu_do}}'],
      [22, 23, 'kix.'],
      [23, 24, 'kix.'],
      [24, 25, '\n'],
    ]);
    const ids = elements.slice(1, 3).map((e: Any) => e.inlineObjectElement.inlineObjectId);
    expect(ids.map((i: string) => json.inlineObjects[i].inlineObjectProperties.embeddedObject.size.height.magnitude)).toEqual([220, 100]);
    expect(json.body.content[4].startIndex).toBe(25);
  });

  test('batchUpdate deletes the tag beside the pictures and keeps them; a range over them removes them; text after them is beyond the fake', () => {
    const { env, id, docs } = docWithPictures();
    // A batch replaces the body (atomically): read it again after each.
    const body = () => env.documents._docs.get(id)!.body;
    const charts = () => body()._kids[2] as FakeParagraph;
    let rev = docs.get(id).revisionId;
    docs.batchUpdate(
      { requests: [{ deleteContentRange: { range: { startIndex: 11, endIndex: 22 } } }], writeControl: { requiredRevisionId: rev } },
      id,
    );
    expect([charts()._value, charts()._images.length]).toEqual(['', 2]);
    // Inserting text before the pictures is fine; after one, the fake refuses (it keeps pictures after the text).
    docs.batchUpdate({ requests: [{ insertText: { location: { index: 11 }, text: 'Biểu đồ' } }] }, id);
    expect([charts()._value, charts()._images.length]).toEqual(['Biểu đồ', 2]);
    expect(() => docs.batchUpdate({ requests: [{ insertText: { location: { index: 19 }, text: 'x' } }] }, id)).toThrow(
      /keeps pictures after their paragraph's text/,
    );
    // The first picture deleted with its index; then the whole paragraph with the other.
    rev = docs.get(id).revisionId;
    docs.batchUpdate(
      { requests: [{ deleteContentRange: { range: { startIndex: 18, endIndex: 19 } } }], writeControl: { requiredRevisionId: rev } },
      id,
    );
    expect(charts()._images).toHaveLength(1);
    docs.batchUpdate({ requests: [{ deleteContentRange: { range: { startIndex: 11, endIndex: 20 } } }] }, id);
    expect(body()._kids.map((k) => k._text())).toEqual(['Đầu', 'Ô', 'Cuối']);
    expect(
      body()
        ._paragraphs()
        .some((p) => p._images.length > 0),
    ).toBe(false);
  });
});
