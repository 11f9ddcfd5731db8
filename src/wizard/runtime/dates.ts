/**
 * Calendar dates as `YYYY-MM-DD` text and whole day numbers. No `Date` object is ever built
 * here, so no time zone can move a day: arithmetic runs on whole day numbers (days since
 * 1970-01-01, proleptic Gregorian) worked out by plain sums over the calendar fields, for every
 * year from 1 to 9999; long dates are read back by `Intl` in UTC.
 */

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

const dayLength = 86_400_000;

/** The years a `YYYY-MM-DD` date can name. */
export const firstYear = 1;
export const lastYear = 9999;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Days in 400 Gregorian years, which repeat exactly. */
const eraDays = 146_097;
/** Day number of 0000-03-01, where a computational year (March to February) begins. */
const epochShift = 719_468;

/**
 * Days since 1970-01-01 (H. Hinnant's days_from_civil): years counted from March, so the leap
 * day falls at the end of a year. Month and day out of range roll over, as `Date.UTC` does.
 */
export function toDayNumber({ year, month, day }: CalendarDate): number {
  const carry = Math.floor((month - 1) / 12);
  const m = month - 12 * carry;
  const y = year + carry - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5);
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * eraDays + dayOfEra - epochShift + day - 1;
}

/** The inverse of toDayNumber (civil_from_days). */
export function fromDayNumber(dayNumber: number): CalendarDate {
  const z = dayNumber + epochShift;
  const era = Math.floor(z / eraDays);
  const dayOfEra = z - era * eraDays;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return {
    year: era * 400 + yearOfEra + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * mp + 2) / 5) + 1,
  };
}

/** Whether the parts name a day that exists in years 1 to 9999: it survives the trip to a day number and back. */
export function isRealDate(date: CalendarDate): boolean {
  return (
    Number.isInteger(date.year) &&
    date.year >= firstYear &&
    date.year <= lastYear &&
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

const isWeekday = (dayNumber: number) => weekday(dayNumber) !== 0 && weekday(dayNumber) !== 6;

/**
 * Monday to Friday days before day `n`, counted from Sunday 1969-12-28 (day -4), a whole
 * number of weeks and then the weekdays of the week begun: so no long date range is walked.
 */
function weekdaysBefore(n: number): number {
  const days = n + 4;
  const intoWeek = ((days % 7) + 7) % 7;
  return 5 * Math.floor(days / 7) + Math.max(0, Math.min(intoWeek - 1, 5));
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
