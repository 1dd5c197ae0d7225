/**
 * One table of template-language cases: a template fragment, data, and the text it must become.
 * The pure reference renderer, the .docx renderer and the Google Docs renderer all run it.
 */
import { type Block, paragraph as p, table } from '../../../src/core/report/document';
import type { ReportData } from '../../../src/core/report/language';

export interface TemplateCase {
  name: string;
  blocks: Block[];
  data: ReportData;
  /** plainText of the result: a line per paragraph, a line per table row ("a | b"). */
  expected: string;
  missing?: string[];
}

const people = [
  { name: 'Nguyễn Văn An', end: ';' },
  { name: 'Trần Thị Bình', end: '.' },
];

export const TEMPLATE_CASES: TemplateCase[] = [
  { name: 'a value', blocks: [p('Xin chào {{name}}!')], data: { name: 'Phường Mẫu' }, expected: 'Xin chào Phường Mẫu!' },
  {
    name: 'several values in one paragraph',
    blocks: [p('{{a}}-{{b}}-{{a}}')],
    data: { a: '1.234', b: '45,2%' },
    expected: '1.234-45,2%-1.234',
  },
  {
    name: 'a dotted path',
    blocks: [p('{{ward.name}}, {{ward.province}}')],
    data: { ward: { name: 'Phường Mẫu', province: 'Tỉnh Mẫu' } },
    expected: 'Phường Mẫu, Tỉnh Mẫu',
  },
  { name: 'spaces inside a tag', blocks: [p('[{{ name }}]')], data: { name: 'An' }, expected: '[An]' },
  {
    name: 'an unknown key renders empty and is reported',
    blocks: [p('A{{nope}}B{{nope}}C')],
    data: {},
    expected: 'ABC',
    missing: ['nope'],
  },
  { name: 'an empty string is a value, not missing', blocks: [p('A{{x}}B')], data: { x: '' }, expected: 'AB' },
  {
    name: 'characters that regexes and XML treat specially',
    blocks: [p('Giá: {{price}}')],
    data: { price: '$1 & <b> \\n {x} $$' },
    expected: 'Giá: $1 & <b> \\n {x} $$',
  },
  { name: 'an inline section, true', blocks: [p('X{{#flag}} có{{/flag}}Y')], data: { flag: true }, expected: 'X cóY' },
  { name: 'an inline section, false', blocks: [p('X{{#flag}} có{{/flag}}Y')], data: { flag: false }, expected: 'XY' },
  { name: 'an inline inverted section', blocks: [p('X{{^flag}} không{{/flag}}Y')], data: { flag: false }, expected: 'X khôngY' },
  {
    name: 'an inline section over a list',
    blocks: [p('{{#people}}[{{name}}]{{/people}}')],
    data: { people },
    expected: '[Nguyễn Văn An][Trần Thị Bình]',
  },
  {
    name: 'an inline section on an unknown name is dropped and reported',
    blocks: [p('{{#nope}}X{{/nope}}Y')],
    data: {},
    expected: 'Y',
    missing: ['nope'],
  },
  {
    name: 'a paragraph section, false: its paragraphs and tags go',
    blocks: [p('Trước'), p('{{#flag}}'), p('Giữa {{x}}'), p('{{/flag}}'), p('Sau')],
    data: { flag: false, x: '1' },
    expected: 'Trước\nSau',
  },
  {
    name: 'a paragraph section that ends the document and renders nothing leaves no empty line',
    blocks: [p('Trước'), p('{{#flag}}'), p('Giữa'), p('{{/flag}}')],
    data: { flag: false },
    expected: 'Trước',
  },
  {
    name: 'a paragraph section that ends a table cell and renders nothing leaves no empty line',
    blocks: [table([[['Nơi nhận:', '{{#people}}', '- {{name}}', '{{/people}}'], 'Ký tên']], { borders: false }), p('Hết')],
    data: { people: [] },
    expected: 'Nơi nhận: | Ký tên\nHết',
  },
  {
    name: 'a paragraph section, true: its paragraphs stay, the tags go',
    blocks: [p('Trước'), p('{{#flag}}'), p('Giữa {{x}}'), p('Hai'), p('{{/flag}}'), p('Sau')],
    data: { flag: 'có', x: '1' },
    expected: 'Trước\nGiữa 1\nHai\nSau',
  },
  {
    name: 'a paragraph inverted section on an empty list',
    blocks: [p('{{^clubs}}'), p('Chưa có câu lạc bộ.'), p('{{/clubs}}'), p('Hết')],
    data: { clubs: [] },
    expected: 'Chưa có câu lạc bộ.\nHết',
  },
  {
    name: 'a paragraph loop',
    blocks: [p('Nơi nhận:'), p('{{#people}}'), p('- {{name}}{{end}}'), p('{{/people}}'), p('Hết')],
    data: { people },
    expected: 'Nơi nhận:\n- Nguyễn Văn An;\n- Trần Thị Bình.\nHết',
  },
  {
    name: 'a table row loop',
    blocks: [
      table([
        ['TT', 'Tên'],
        ['{{#people}}{{no}}', '{{name}}{{/people}}'],
      ]),
      p('Hết'),
    ],
    data: {
      people: [
        { no: '1', name: 'An' },
        { no: '2', name: 'Bình' },
        { no: '3', name: 'Chi' },
      ],
    },
    expected: 'TT | Tên\n1 | An\n2 | Bình\n3 | Chi\nHết',
  },
  {
    name: 'a table row loop over an empty list leaves the header',
    blocks: [
      table([
        ['TT', 'Tên'],
        ['{{#people}}{{no}}', '{{name}}{{/people}}'],
      ]),
      p('Hết'),
    ],
    data: { people: [] },
    expected: 'TT | Tên\nHết',
  },
  {
    name: 'a row loop with several placeholders per cell, falling back to the outer scope',
    blocks: [table([['{{#clubs}}{{no}}', '{{name}} ({{code}})', '{{ward}}', '{{women}} ({{share}}){{/clubs}}']]), p('Hết')],
    data: {
      ward: 'Phường Mẫu',
      clubs: [
        { no: '1', name: 'CLB Hoa Sen', code: 'HS', women: '40', share: '66,7%' },
        { no: '2', name: 'CLB Bình An', code: 'BA', women: '35', share: '58,3%' },
      ],
    },
    expected: '1 | CLB Hoa Sen (HS) | Phường Mẫu | 40 (66,7%)\n2 | CLB Bình An (BA) | Phường Mẫu | 35 (58,3%)\nHết',
  },
  {
    name: 'a row loop reports a field no item has',
    blocks: [table([['{{#people}}{{name}}', '{{age}}{{/people}}']]), p('Hết')],
    data: { people: [{ name: 'An' }] },
    expected: 'An | \nHết',
    missing: ['age'],
  },
  {
    name: 'a row section on a flag keeps or drops the row',
    blocks: [
      table([
        ['A', 'B'],
        ['{{#show}}x', 'y{{/show}}'],
        ['{{#hide}}p', 'q{{/hide}}'],
      ]),
      p('Hết'),
    ],
    data: { show: true, hide: false },
    expected: 'A | B\nx | y\nHết',
  },
  {
    name: 'a paragraph loop inside a table cell',
    blocks: [table([[['Nơi nhận:', '{{#people}}', '- {{name}}{{end}}', '{{/people}}'], 'Ký tên']], { borders: false }), p('Hết')],
    data: { people },
    expected: 'Nơi nhận: / - Nguyễn Văn An; / - Trần Thị Bình. | Ký tên\nHết',
  },
  {
    name: 'a paragraph section around a table, repeated per item',
    blocks: [p('{{#groups}}'), p('{{name}}'), table([['Mã', '{{code}}']]), p('{{/groups}}'), p('Hết')],
    data: {
      groups: [
        { name: 'Tổ 1', code: 'T1' },
        { name: 'Tổ 2', code: 'T2' },
      ],
    },
    expected: 'Tổ 1\nMã | T1\nTổ 2\nMã | T2\nHết',
  },
  {
    name: 'nested inline lists',
    blocks: [p('{{#groups}}{{name}}: {{#clubs}}{{code}} {{/clubs}}; {{/groups}}')],
    data: {
      groups: [
        { name: 'Tổ 1', clubs: [{ code: 'A' }, { code: 'B' }] },
        { name: 'Tổ 2', clubs: [] },
      ],
    },
    expected: 'Tổ 1: A B ; Tổ 2: ; ',
  },
  {
    name: 'a paragraph section holding values from the root and a row loop elsewhere',
    blocks: [
      p('{{title}}'),
      p('{{#has_below}}'),
      p('Chưa đạt: {{below}}.'),
      p('{{/has_below}}'),
      table([
        ['TT', 'Chỉ tiêu'],
        ['{{#rows}}{{no}}', '{{name}}{{/rows}}'],
      ]),
      p('{{^has_below}}'),
      p('Đều đạt.'),
      p('{{/has_below}}'),
      p('Hết'),
    ],
    data: { title: 'BÁO CÁO', has_below: true, below: 'X; Y', rows: [{ no: '1', name: 'X' }] },
    expected: 'BÁO CÁO\nChưa đạt: X; Y.\nTT | Chỉ tiêu\n1 | X\nHết',
  },
];
