// How a goal's values read, per unit.
import { formatNumber } from './model';
import type { GoalUnit } from './types';

export function formatValue(
  value: number | null,
  unit: GoalUnit,
  locale: string,
  words: { yes: string; no: string },
): string {
  if (value === null) return '–';
  switch (unit) {
    case 'percentage':
      return `${formatNumber(value, locale)}%`;
    case 'yes_no':
      return value >= 1 ? words.yes : words.no;
    default:
      return formatNumber(value, locale);
  }
}
