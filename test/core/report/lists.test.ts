/**
 * The two named lists as documents: the hand-counted ward of policy.test.ts printed through the
 * templates, checked with checkTemplate and rendered with the reference renderer.
 */
import { translate } from '../../../src/core/i18n/messages';
import { parsePeriod } from '../../../src/core/period';
import { plainText } from '../../../src/core/report/document';
import { buildLongevityListData, buildPensionListData } from '../../../src/core/report/lists';
import { LONGEVITY_LIST, PENSION_LIST } from '../../../src/core/report/listTemplates';
import { kindDocument } from '../../../src/core/report/registry';
import { renderBlocks } from '../../../src/core/report/renderBlocks';
import { checkTemplate } from '../../../src/core/report/templateCheck';
import { POLICY_TODAY, policyWard } from '../policyFixture';

const Y2026 = parsePeriod('2026')!;
const opts = { today: POLICY_TODAY };

function rendered(kind: 'longevity' | 'pension', ward = policyWard()) {
  const doc = kindDocument(kind);
  const data = doc.data(ward, Y2026, opts);
  expect(checkTemplate(doc.template.blocks, data)).toEqual([]);
  const out = renderBlocks(doc.template.blocks, data);
  expect(out.missing).toEqual([]);
  expect(out.errors).toEqual([]);
  const text = plainText(out.blocks);
  expect(text).not.toMatch(/\{\{|\}\}/);
  return text.split('\n');
}

const emptyWard = () => ({ ...policyWard(), clubs: [] });
const notice = translate('privateLists.notice', {}, 'vi');

describe('longevity list document', () => {
  test('the registry prints the longevity template with its own data', () => {
    expect(kindDocument('longevity').template).toBe(LONGEVITY_LIST);
    expect(kindDocument('pension').template).toBe(PENSION_LIST);
  });

  test('title, privacy line, one row per person, totals per ceremony, both signatures', () => {
    const lines = rendered('longevity');
    expect(lines).toContain('DANH SÁCH NGƯỜI CAO TUỔI ĐƯỢC CHÚC THỌ, MỪNG THỌ NĂM 2026');
    expect(lines).toContain(notice);
    expect(lines).toContain('STT | Họ và tên | Năm sinh | Tuổi | Giới tính | CLB / Tổ dân phố | Mức mừng thọ');
    const rows = lines.filter((l) => /^\d+ \| Tuổi/.test(l));
    expect(rows).toEqual([
      '1 | Tuổi 101 | 1925 | 101 | Nữ | CLB Hoa Sen / Tổ 1 | Mừng thượng thượng thọ',
      '2 | Tuổi 100 | 1926 | 100 | Nữ | CLB Hoa Sen / Tổ 1 | Mừng thượng thượng thọ',
      '3 | Tuổi 90 | 1936 | 90 | Nữ | CLB Hoa Sen / Tổ 1 | Mừng thượng thượng thọ',
      '4 | Tuổi 80 | 1946 | 80 | Nữ | CLB Hoa Sen / Tổ 1 | Mừng thượng thọ',
      '5 | Tuổi 75 | 1951 | 75 | Nữ | CLB Hoa Sen / Tổ 1 | Mừng thọ',
      '6 | Tuổi 70 cận nghèo | 1956 | 70 | Nữ | CLB Hoa Sen / Tổ 1 | Mừng thọ',
      '7 | Tuổi 70 sinh tháng 12 | 1956 | 70 | Nữ | CLB Hoa Sen / Tổ 1 | Mừng thọ',
    ]);
    expect(lines).toContain('1 | Mừng thọ | 70, 75 tuổi | 3');
    expect(lines).toContain('2 | Mừng thượng thọ | 80, 85 tuổi | 1');
    expect(lines).toContain('3 | Mừng thượng thượng thọ | 90, 95 tuổi, từ 100 tuổi trở lên | 3');
    expect(lines).toContain(' | Tổng cộng |  | 7');
    expect(lines.some((l) => l.startsWith('NGƯỜI LẬP BIỂU | '))).toBe(true);
    expect(lines.join('\n')).not.toMatch(/đại thọ/i);
  });

  test('an empty list is one sentence, no table', () => {
    const lines = rendered('longevity', emptyWard());
    expect(lines).toContain('Năm 2026, sổ thành viên các câu lạc bộ không có người đến tuổi chúc thọ, mừng thọ.');
    expect(lines.filter((l) => l.startsWith('STT |') || l.startsWith('TT |'))).toEqual([]);
    expect(lines).toContain(notice);
  });
});

describe('social pension list document', () => {
  test('each person with what the register records and the ground met; totals and the monthly cost', () => {
    const lines = rendered('pension');
    expect(lines).toContain('DANH SÁCH ĐỀ NGHỊ HƯỞNG TRỢ CẤP HƯU TRÍ XÃ HỘI NĂM 2026');
    expect(lines).toContain(notice);
    expect(lines).toContain(
      'STT | Họ và tên | Năm sinh | Tuổi | Giới tính | CLB / Tổ dân phố | Hộ nghèo, cận nghèo | Lương hưu, trợ cấp BHXH | Căn cứ đề nghị',
    );
    const rows = lines.filter((l) => /^\d+ \| Tuổi/.test(l));
    expect(rows).toHaveLength(8);
    expect(rows[0]).toBe(
      '1 | Tuổi 101 | 1925 | 101 | Nữ | CLB Hoa Sen / Tổ 1 | Không | Chưa ghi (cần xác minh) | Từ đủ 75 tuổi, không có lương hưu hoặc hưởng thấp hơn mức hưu trí xã hội',
    );
    expect(rows[6]).toBe(
      '7 | Tuổi 74 nghèo | 1952 | 74 | Nữ | CLB Hoa Sen / Tổ 1 | Nghèo | Không | Từ 70 đến dưới 75 tuổi, hộ nghèo/cận nghèo',
    );
    const text = lines.join('\n');
    expect(text).toContain('Tổng số: 8 người, trong đó 6 người từ đủ 75 tuổi trở lên, 2 người từ đủ 70 tuổi đến dưới 75 tuổi');
    expect(text).toContain('Mức trợ cấp 500.000 đồng/người/tháng; kinh phí dự kiến 4.000.000 đồng/tháng.');
    expect(text).toContain('Sổ còn 3 người đủ tuổi đang hưởng lương hưu');
  });

  test('ages and amount from the Cấu hình tab reach the document', () => {
    const ward = policyWard({ pensionAge: 80, pensionPoorAge: 65, pensionAmount: 600000 });
    const data = buildPensionListData(ward, Y2026, opts);
    expect([data.pension_age, data.poor_age, data.amount, data.count, data.count_age, data.count_poor, data.monthly_total]).toEqual([
      '80',
      '65',
      '600.000',
      '7',
      '4',
      '3',
      '4.200.000',
    ]);
    const text = rendered('pension', ward).join('\n');
    expect(text).toContain('(từ đủ 80 tuổi trở lên, hoặc từ đủ 65 tuổi đến dưới 80 tuổi thuộc hộ nghèo, hộ cận nghèo)');
    expect(text).toContain('| Từ 65 đến dưới 80 tuổi, hộ nghèo/cận nghèo');
  });

  test('an empty list is one sentence, no table', () => {
    const lines = rendered('pension', emptyWard());
    expect(lines).toContain('Năm 2026, sổ thành viên các câu lạc bộ không có người thuộc diện đề nghị hưởng trợ cấp hưu trí xã hội.');
    expect(lines.filter((l) => l.startsWith('STT |'))).toEqual([]);
    expect(lines.join('\n')).not.toContain('Tổng số');
  });
});

describe('personal data stays in the lists', () => {
  test('no name of either list appears in the data of a report leaders receive', () => {
    const ward = policyWard();
    const people = [
      ...(buildLongevityListData(ward, Y2026, opts).people as Array<{ name: string }>),
      ...(buildPensionListData(ward, Y2026, opts).people as Array<{ name: string }>),
    ].map((p) => p.name);
    expect(people.length).toBeGreaterThan(0);
    for (const kind of ['h1', 'year'] as const) {
      const period = parsePeriod(kind === 'h1' ? '2026-H1' : '2026')!;
      const json = JSON.stringify(kindDocument(kind).data(ward, period, opts));
      for (const name of people) expect(json).not.toContain(name);
    }
  });
});
