/** Vietnamese full names for demo members: family name, middle name, given name, weighted as they are met in practice. */
import { foldText } from '../text';
import type { Random } from './random';

const FAMILY: ReadonlyArray<readonly [string, number]> = [
  ['Nguyễn', 34],
  ['Trần', 11],
  ['Lê', 12],
  ['Phạm', 7],
  ['Hoàng', 5],
  ['Huỳnh', 2],
  ['Phan', 4],
  ['Vũ', 4],
  ['Võ', 2],
  ['Đặng', 3],
  ['Bùi', 4],
  ['Đỗ', 4],
  ['Hồ', 2],
  ['Ngô', 3],
  ['Dương', 2],
  ['Lý', 1],
];
const MIDDLE_MEN: ReadonlyArray<readonly [string, number]> = [
  ['Văn', 55],
  ['Đức', 8],
  ['Minh', 8],
  ['Hữu', 7],
  ['Quang', 5],
  ['Đình', 6],
  ['Xuân', 4],
  ['Ngọc', 3],
  ['Công', 4],
];
const MIDDLE_WOMEN: ReadonlyArray<readonly [string, number]> = [
  ['Thị', 74],
  ['Ngọc', 5],
  ['Thu', 5],
  ['Minh', 3],
  ['Thanh', 4],
  ['Kim', 3],
  ['Hồng', 3],
  ['Mai', 3],
];
const GIVEN_MEN = [
  'Hùng',
  'Dũng',
  'Tuấn',
  'Nam',
  'Hải',
  'Sơn',
  'Thắng',
  'Long',
  'Bình',
  'Cường',
  'Hòa',
  'Khánh',
  'Lâm',
  'Phúc',
  'Quý',
  'Tâm',
  'Thành',
  'Toàn',
  'Trung',
  'Việt',
  'Vinh',
  'An',
  'Chiến',
  'Đông',
  'Hiếu',
  'Lợi',
  'Nghĩa',
  'Phong',
  'Tài',
  'Thuận',
];
const GIVEN_WOMEN = [
  'Lan',
  'Hoa',
  'Hương',
  'Mai',
  'Hạnh',
  'Hằng',
  'Nga',
  'Thủy',
  'Thảo',
  'Nhung',
  'Liên',
  'Loan',
  'Oanh',
  'Phượng',
  'Quyên',
  'Tuyết',
  'Vân',
  'Yến',
  'Xuân',
  'Dung',
  'Hiền',
  'Huệ',
  'Lý',
  'Nhàn',
  'Sen',
  'Thơm',
  'Trang',
  'Cúc',
  'Đào',
  'Gấm',
  'Lụa',
  'Mận',
  'Bích',
  'Chi',
];

export function randomFullName(rng: Random, woman: boolean): string {
  const family = rng.weighted(FAMILY);
  const middle = rng.weighted(woman ? MIDDLE_WOMEN : MIDDLE_MEN);
  const given = rng.pick(woman ? GIVEN_WOMEN : GIVEN_MEN);
  return `${family} ${middle} ${given}`;
}

/**
 * A name nobody in `taken` has (compared without diacritics, as the core compares names), and that
 * `free` accepts (e.g. no one elsewhere in the ward with the same name and birth year); adds it to `taken`.
 */
export function uniqueFullName(rng: Random, woman: boolean, taken: Set<string>, free: (name: string) => boolean = () => true): string {
  for (;;) {
    const name = randomFullName(rng, woman);
    const key = foldText(name);
    if (!taken.has(key) && free(name)) {
      taken.add(key);
      return name;
    }
  }
}
