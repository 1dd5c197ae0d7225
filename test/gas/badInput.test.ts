/**
 * Bad input through the built dist/Code.js over the fake services: error cells reported as such,
 * user text that looks like a template tag kept literally in the Doc, a renamed Cấu hình named by
 * set-up and by every job.
 */
import { generateDemoWard } from '../../src/core/demo';
import { SHEETS } from '../../src/core/schema/sheets';
import type { Cell } from '../../src/core/values';
import { loadAddOn, sheetValues, writeGrids } from './harness';
import { shownValidation } from './validationState';

const TODAY = '2026-11-22';
jest.useFakeTimers({
  now: new Date('2026-11-22T03:00:00Z'),
  doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask'],
});

type Grids = Record<string, Cell[][]>;
const copy = (grids: Grids): Grids => Object.fromEntries(Object.entries(grids).map(([k, g]) => [k, g.map((r) => [...r])]));

/** The cell right of the row whose first cells hold `key` (a setting's value, a registry row's name). */
function setBeside(grid: Cell[][], key: string, value: Cell, offset: number): void {
  const r = grid.findIndex((row) => row.includes(key));
  if (r < 0) throw new Error(`no row with ${key}`);
  grid[r][grid[r].indexOf(key) + offset] = value;
}

const demo = generateDemoWard({ clubs: 3, today: TODAY });

describe('error cells', () => {
  test('a #REF! in a member name and a #N/A in a birth year are listed in Kiểm tra as formula errors, not as missing', () => {
    const { env, app } = loadAddOn();
    const grids = copy(demo.grids);
    const club = grids.CLB01;
    const header = club.findIndex((r) => r.includes('Họ và tên'));
    club[header + 1][club[header].indexOf('Họ và tên')] = '#REF!';
    club[header + 2][club[header].indexOf('Năm sinh')] = '#N/A';
    writeGrids(env, grids);
    app.menuCheck();
    const a1 = (row: number, key: string) => `${String.fromCharCode(65 + club[header].indexOf(key))}${row + 1}`;
    // Kiểm tra's cell column is a link to the cell: find each row by its link.
    const rows = sheetValues(env, SHEETS.check);
    const links = env.spreadsheet.getSheetByName(SHEETS.check)!.getDataRange().getFormulas();
    const about = (cell: string) =>
      rows
        .filter((r, i) => r[2] === 'CLB01' && links[i][3].includes(`range=${cell}"`))
        .map((r) => r[4])
        .join('\n');
    expect(about(a1(header + 1, 'Họ và tên'))).toContain('Ô "Họ và tên" có lỗi công thức #REF!');
    expect(about(a1(header + 2, 'Năm sinh'))).toContain('Ô "Năm sinh" có lỗi công thức #N/A');
    expect(about(a1(header + 1, 'Họ và tên'))).not.toContain('Thiếu');
    expect(about(a1(header + 2, 'Năm sinh'))).not.toContain('Thiếu');
  });
});

describe('user text that looks like a template tag', () => {
  test('a ward named "{{signer_name}}" and a club named "{{members}}" come out literally in the Google Doc', () => {
    const { env, app } = loadAddOn();
    const grids = copy(demo.grids);
    setBeside(grids[SHEETS.settings], 'ward', 'Phường {{signer_name}}', 2);
    setBeside(grids[SHEETS.settings], 'signerName', 'Nguyễn Văn Ký', 2);
    setBeside(grids[SHEETS.clubs], 'CLB02', '{{members}}', 1);
    writeGrids(env, grids);
    env.ui.queuePrompt('2026-H1');
    app.menuReport();
    expect(env.ui.alerts).toEqual([]);
    const report = env.documents.all().find((d) => d.getName().startsWith('Báo cáo 6 tháng CLB LTHTGN'))!;
    const text = report.getBody().getText();
    expect(text).toMatch(/[Pp]hường \{\{signer_name\}\}/);
    expect(text).toContain('{{members}}');
    // The signer's own line still has the signer's name: only the tags the template holds were filled.
    expect(text).toContain('Nguyễn Văn Ký');
    expect(text).not.toMatch(/[Pp]hường Nguyễn Văn Ký/);
    expect(text).not.toContain('\uE000');
  });
});

describe('a renamed Cấu hình', () => {
  const renamed = (): Grids => {
    const grids = copy(demo.grids);
    grids['Cấu hình cũ'] = grids[SHEETS.settings];
    delete grids[SHEETS.settings];
    return grids;
  };

  test('set-up does not make a fresh Cấu hình over it, and says which tab holds it', () => {
    const { env, app } = loadAddOn();
    writeGrids(env, renamed());
    app.menuSetUp();
    expect(env.spreadsheet.getSheetByName(SHEETS.settings)).toBeNull();
    expect(env.ui.alerts.at(-1)!.message).toContain('Không tạo trang "Cấu hình": trang "Cấu hình cũ" có bảng của nó');
  });

  test('check and roll-up alert with the tab found instead of a quiet toast over "Phường Mẫu"', () => {
    const { env, app } = loadAddOn();
    writeGrids(env, renamed());
    app.menuRollUp();
    expect(env.ui.alerts.at(-1)!.message).toContain('Đổi tên trang "Cấu hình cũ" thành "Cấu hình"');
    const alerts = env.ui.alerts.length;
    app.menuCheck();
    // The check shows it at the top of its sidebar (not in a toast), so no second alert.
    expect(env.ui.alerts.length).toBe(alerts);
    expect(shownValidation(env).structure.join('\n')).toContain('trang "Cấu hình cũ" có bảng "CẤU HÌNH SỔ PHƯỜNG"');
    const listed = sheetValues(env, SHEETS.check)
      .map((r) => r.join(' | '))
      .join('\n');
    expect(listed).toContain('Cấu hình cũ');
  });
});
