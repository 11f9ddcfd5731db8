/**
 * Calendar dates as `YYYY-MM-DD` text and whole day numbers (days since 1970-01-01, proleptic
 * Gregorian), for every year from 1 to 9999. Only the UTC fields of a `Date` are ever set or
 * read, never local time, so no time zone can move a day; long dates are read by `Intl` in UTC.
 */

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

const dayLength = 86_400_000;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/**
 * Days since 1970-01-01. `setUTCFullYear`, unlike `Date.UTC`, takes years 0 to 99 as they are
 * (not 1900 to 1999); month and day out of range roll over.
 */
export function toDayNumber({ year, month, day }: CalendarDate): number {
  return new Date(0).setUTCFullYear(year, month - 1, day) / dayLength;
}

/** The inverse of toDayNumber. */
export function fromDayNumber(dayNumber: number): CalendarDate {
  const utc = new Date(dayNumber * dayLength);
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

/** Whether the parts name a day that exists in years 1 to 9999: it survives the trip to a day number and back. */
export function isRealDate(date: CalendarDate): boolean {
  return (
    date.year >= 1 &&
    date.year <= 9999 &&
    formatIsoDate(fromDayNumber(toDayNumber(date))) === formatIsoDate(date)
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

/** `YYYY-MM-DD`, the year written with four digits (0999, not 999). */
export function formatIsoDate({ year, month, day }: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The parts of a real date; a RangeError for anything else. */
export function requireIsoDate(text: string): CalendarDate {
  const parts = parseIsoDate(text);
  if (!parts) throw new RangeError(`Expected a real date written YYYY-MM-DD, got "${text}"`);
  return parts;
}

/** 0 = Sunday … 6 = Saturday, for a day number; day 0, 1970-01-01, was a Thursday. */
const weekday = (dayNumber: number) => ((dayNumber % 7) + 11) % 7;

export function addDays(iso: string, days: number): string {
  return formatIsoDate(fromDayNumber(toDayNumber(requireIsoDate(iso)) + days));
}

/**
 * The date `count` business days after (`direction` 1) or before (-1) `iso`, skipping
 * Saturdays, Sundays and `holidays`. Five business days before Friday 2026-03-20 is Friday 2026-03-13.
 */
export function shiftBusinessDays(
  iso: string,
  count: number,
  direction: 1 | -1,
  holidays: readonly string[],
): string {
  let day = toDayNumber(requireIsoDate(iso));
  let date = iso;
  for (let remaining = count; remaining > 0;) {
    day += direction;
    date = formatIsoDate(fromDayNumber(day));
    const businessDay = isWeekday(day) && !holidays.includes(date);
    if (businessDay) remaining -= 1;
  }
  return date;
}

/**
 * How many business days come after `from`, up to and including `to`: from Tuesday
 * 2026-12-01 to Monday 2026-12-07 is 4. None when `to` is not later.
 */
export function businessDaysBetween(from: string, to: string, holidays: readonly string[]): number {
  const start = toDayNumber(requireIsoDate(from));
  const end = toDayNumber(requireIsoDate(to));
  if (end <= start) return 0;
  const off = new Set(holidays.flatMap((h) => parseIsoDate(h) ?? []).map(toDayNumber));
  const holidaysBetween = [...off].filter((d) => d > start && d <= end && isWeekday(d)).length;
  return weekdaysBefore(end + 1) - weekdaysBefore(start + 1) - holidaysBetween;
}

/**
 * Monday to Friday days before day `n`, counted from Sunday 1969-12-28 (day -4), a whole
 * number of weeks and then the weekdays of the week begun: so no long date range is walked.
 */
function weekdaysBefore(n: number): number {
  const days = n + 4;
  const intoWeek = ((days % 7) + 7) % 7;
  return 5 * Math.floor(days / 7) + Math.max(0, Math.min(intoWeek - 1, 5));
}

const isWeekday = (dayNumber: number) => weekday(dayNumber) !== 0 && weekday(dayNumber) !== 6;

const longDate = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** `2026-03-07` as "Saturday 7 March 2026", for text a person reads: the weekday tells how close it is. */
export function formatLongDate(iso: string): string {
  return longDate.format(toDayNumber(requireIsoDate(iso)) * dayLength).replace(',', '');
}

/**
 * Today's date on the person's own calendar, from the browser clock. Reads the local
 * calendar fields of an instant; it never parses a string.
 */
export function localToday(now: Date): string {
  return formatIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}
