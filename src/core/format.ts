/** vi-VN presentation of numbers, percentages, money and targets. */
import type { Target } from './schema/types';

/** 1234567 → "1.234.567"; 2.5 → "2,5". */
export function formatNumberVi(n: number, decimals = 0): string {
  const fixed = Math.abs(n).toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${n < 0 ? '-' : ''}${grouped}${frac && Number(frac) !== 0 ? `,${frac.replace(/0+$/, '')}` : ''}`;
}

/** 0.4523 → "45,2%". */
export function formatPercentVi(fraction: number, decimals = 1): string {
  return `${formatNumberVi(fraction * 100, decimals)}%`;
}

/** How a target is written in the Chỉ tiêu tab and reports: "≥ 300", "40–50%", "100%". */
export function formatTarget(target: Target | undefined): string {
  if (!target || (target.min === undefined && target.max === undefined)) return '';
  const show = (n: number) => (target.percent ? formatNumberVi(n * 100, 1) : formatNumberVi(n, 0));
  const suffix = target.percent ? '%' : '';
  if (target.min !== undefined && target.max !== undefined) return `${show(target.min)}–${show(target.max)}${suffix}`;
  if (target.max !== undefined) return `≤ ${show(target.max)}${suffix}`;
  if (target.percent && target.min === 1) return '100%';
  return `≥ ${show(target.min!)}${suffix}`;
}
