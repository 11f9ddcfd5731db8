/**
 * Calendar dates as `YYYY-MM-DD` text and whole day numbers. No `Date` object is ever built
 * here, so no time zone can move a day: arithmetic runs on integers (days since 1970-01-01).
 */

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether the parts name a day that exists (years 1000 to 9999). */
export function isRealDate({ year, month, day }: CalendarDate): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1000 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** `2026-02-29` → undefined (not a leap year); `2028-02-29` → its parts. */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const match = isoPattern.exec(text);
  if (!match) return undefined;
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isRealDate(parts) ? parts : undefined;
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== undefined;
}

export function formatIsoDate({ year, month, day }: CalendarDate): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (proleptic Gregorian), by integer arithmetic. */
export function toDayNumber({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function fromDayNumber(dayNumber: number): CalendarDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

function requireIsoDate(text: string): CalendarDate {
  const parts = parseIsoDate(text);
  if (!parts) throw new RangeError(`Expected a real date written YYYY-MM-DD, got "${text}"`);
  return parts;
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function dayOfWeek(iso: string): number {
  return (((toDayNumber(requireIsoDate(iso)) + 4) % 7) + 7) % 7;
}

export function addDays(iso: string, days: number): string {
  return formatIsoDate(fromDayNumber(toDayNumber(requireIsoDate(iso)) + days));
}

function isBusinessDay(iso: string, holidays: ReadonlySet<string>): boolean {
  const weekday = dayOfWeek(iso);
  return weekday !== 0 && weekday !== 6 && !holidays.has(iso);
}

/**
 * The date `count` business days after (`direction` 1) or before (-1) `iso`, skipping
 * Saturdays, Sundays and `holidays`. Five business days before Friday 2026-03-20 is Friday 2026-03-13.
 */
export function shiftBusinessDays(
  iso: string,
  count: number,
  direction: 1 | -1,
  holidays: ReadonlySet<string>,
): string {
  let date = iso;
  let remaining = count;
  while (remaining > 0) {
    date = addDays(date, direction);
    if (isBusinessDay(date, holidays)) remaining -= 1;
  }
  return date;
}

/** `2026-03-07` as "7 March 2026", for text a person reads. */
export function formatLongDate(iso: string): string {
  const { year, month, day } = requireIsoDate(iso);
  return `${day} ${monthNames[month - 1]} ${year}`;
}

/**
 * Today's date on the person's own calendar, from the browser clock. Reads the local
 * calendar fields of an instant; it never parses a string.
 */
export function localToday(now: Date): string {
  return formatIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}
