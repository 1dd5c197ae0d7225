/** The ward sizes the benchmark measures, and the date its demo wards are generated for. */
export interface BenchSize {
  clubs: number;
  membersPerClub: [number, number];
}

export const BENCH_TODAY = '2026-11-22';

export const BENCH_SIZES: BenchSize[] = [
  { clubs: 6, membersPerClub: [50, 70] },
  { clubs: 50, membersPerClub: [50, 70] },
  { clubs: 200, membersPerClub: [60, 70] },
];
