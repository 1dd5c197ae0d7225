/** The template check that runs before a report is generated. */

import { SIX_MONTH_REPORT } from '../../../src/core/report/defaultTemplate';
import { paragraph, table } from '../../../src/core/report/document';
import { checkTemplate, nearestName } from '../../../src/core/report/templateCheck';
import { sampleReport } from './sample';

const data = {
  ward: 'Phường Thử',
  members: '12',
  has_previous: true,
  clubs: [
    { no: '1', name: 'CLB A' },
    { no: '2', name: 'CLB B' },
  ],
  strengths: [{ text: 'Tốt.' }],
  proposals: [],
};

describe('checkTemplate', () => {
  test('the default template fits the data of a real report', () => {
    expect(checkTemplate(SIX_MONTH_REPORT.blocks, sampleReport().data)).toEqual([]);
  });

  test('an unknown name, with the name it nearly is', () => {
    expect(checkTemplate([paragraph('Tổng số {{memebrs}} thành viên của {{ward}}.')], data)).toEqual([
      { kind: 'unknown', name: 'memebrs', suggestion: 'members', context: 'Tổng số {{memebrs}} thành viên của {{ward}}.' },
    ]);
    expect(checkTemplate([paragraph('{{chu_tich}}')], data)[0]).toMatchObject({ kind: 'unknown', suggestion: undefined });
  });

  test('inside a repeated row, the items’ names count, and a typo there is found too', () => {
    const rows = table([['{{#clubs}}{{no}}', '{{name}}{{/clubs}}']]);
    expect(checkTemplate([rows], data)).toEqual([]);
    const typo = table([['{{#clubs}}{{no}}', '{{nam}}{{/clubs}}']]);
    expect(checkTemplate([typo], data)).toMatchObject([{ kind: 'unknown', name: 'nam', suggestion: 'name' }]);
  });

  test('a paragraph loop outside tables is fine; an empty list’s content cannot be checked and is not refused', () => {
    const blocks = [
      paragraph('{{#strengths}}'),
      paragraph('{{text}}'),
      paragraph('{{/strengths}}'),
      paragraph('{{#proposals}}{{anything}}{{/proposals}}'),
    ];
    expect(checkTemplate(blocks, data)).toEqual([]);
  });

  test('a section left open, a close with no open, a repeat that leaves its row', () => {
    expect(checkTemplate([paragraph('{{#has_previous}} so sánh')], data)).toMatchObject([{ kind: 'unclosed', name: 'has_previous' }]);
    expect(checkTemplate([paragraph('xong {{/clubs}}')], data)).toMatchObject([{ kind: 'unopened', name: 'clubs' }]);
    const crossing = table([['{{#clubs}}{{name}}'], ['{{/clubs}}']]);
    expect(checkTemplate([crossing], data)).toMatchObject([{ kind: 'crossesRow', name: 'clubs' }]);
    const leaving = [table([['{{#clubs}}{{name}}']]), paragraph('{{/clubs}}')];
    expect(checkTemplate(leaving, data)).toMatchObject([{ kind: 'crossesRow', name: 'clubs' }]);
  });

  test('sections closed out of order: the inner one is named as left open', () => {
    expect(checkTemplate([paragraph('{{#has_previous}}{{#clubs}}{{name}}{{/has_previous}}')], data)).toMatchObject([
      { kind: 'unclosed', name: 'clubs' },
    ]);
  });
});

test('nearestName folds case and diacritics, and gives up when nothing is close', () => {
  expect(nearestName('Ward', ['ward', 'members'])).toBe('ward');
  expect(nearestName('số_thành_viên', ['so_thanh_vien'])).toBe('so_thanh_vien');
  expect(nearestName('xyz', ['members', 'ward'])).toBeUndefined();
});
