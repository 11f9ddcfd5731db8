/**
 * Calendar dates as `YYYY-MM-DD` text and whole day numbers. No `Date` object is ever built
 * here, so no time zone can move a day: arithmetic runs on whole day numbers (days since
 * 1970-01-01) made by `Date.UTC`, a pure sum over the calendar fields, and read back, like
 * long dates, by `Intl` in UTC.
 */

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

const dayLength = 86_400_000;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Days since 1970-01-01 (proleptic Gregorian), for years 100 and later. */
export function toDayNumber({ year, month, day }: CalendarDate): number {
  return Date.UTC(year, month - 1, day) / dayLength;
}

/** Whether the parts name a day that exists (years 1000 to 9999): it survives the trip to a day number and back. */
export function isRealDate(date: CalendarDate): boolean {
  return (
    date.year >= 1000 &&
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

export function formatIsoDate({ year, month, day }: CalendarDate): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Reads the calendar fields of a UTC instant: no Date object, no local time. */
const utcFields = new Intl.DateTimeFormat('en', {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  timeZone: 'UTC',
});

/** The inverse of toDayNumber. */
export function fromDayNumber(dayNumber: number): CalendarDate {
  const parts = utcFields.formatToParts(dayNumber * dayLength);
  const field = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return { year: field('year'), month: field('month'), day: field('day') };
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
    const businessDay = weekday(day) !== 0 && weekday(day) !== 6 && !holidays.includes(date);
    if (businessDay) remaining -= 1;
  }
  return date;
}

/**
 * How many business days come after `from`, up to and including `to`: from Tuesday
 * 2026-12-01 to Monday 2026-12-07 is 4. None when `to` is not later.
 */
export function businessDaysBetween(from: string, to: string, holidays: readonly string[]): number {
  let count = 0;
  for (let day = from; (day = shiftBusinessDays(day, 1, 1, holidays)) <= to;) count += 1;
  return count;
}

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
