import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import {
  addDays,
  businessDaysBetween,
  formatIsoDate,
  formatLongDate,
  fromDayNumber,
  isIsoDate,
  localToday,
  parseIsoDate,
  shiftBusinessDays,
  toDayNumber,
} from '../../../src/wizard/runtime/dates.ts';
import { renderOutputs } from '../../../src/wizard/runtime/engine.ts';
import { drive, loadWizards, stepInput } from './helpers.ts';

const none: string[] = [];
const before = (iso: string, n: number, holidays = none) => shiftBusinessDays(iso, n, -1, holidays);
const after = (iso: string, n: number, holidays = none) => shiftBusinessDays(iso, n, 1, holidays);

describe('business days', () => {
  test('five business days before a Friday is the Friday before (the FAQ appeal deadline)', () => {
    expect(before('2026-03-20', 5)).toBe('2026-03-13');
  });

  test('weekends are skipped both ways', () => {
    expect(before('2026-03-16', 1)).toBe('2026-03-13'); // Monday → Friday
    expect(after('2026-03-13', 1)).toBe('2026-03-16'); // Friday → Monday
    expect(before('2026-03-15', 1)).toBe('2026-03-13'); // from a Sunday
    expect(after('2026-03-14', 1)).toBe('2026-03-16'); // from a Saturday
    expect(before('2026-03-20', 0)).toBe('2026-03-20');
  });

  test('holidays are skipped; a holiday on a weekend changes nothing', () => {
    const christmas = ['2025-12-25', '2026-01-01'];
    expect(before('2026-01-02', 5)).toBe('2025-12-26');
    expect(before('2026-01-02', 5, christmas)).toBe('2025-12-24');
    expect(after('2025-12-24', 1, christmas)).toBe('2025-12-26');
    expect(after('2026-03-13', 1, ['2026-03-14'])).toBe('2026-03-16');
  });

  test('month and year ends', () => {
    expect(before('2026-06-02', 5)).toBe('2026-05-26');
    expect(after('2026-12-31', 1)).toBe('2027-01-01');
    expect(after('2026-04-30', 1)).toBe('2026-05-01');
    expect(before('2027-01-04', 2)).toBe('2026-12-31'); // Monday → Friday 1 January → Thursday
  });

  test('leap days', () => {
    expect(before('2028-03-01', 1)).toBe('2028-02-29');
    expect(after('2028-02-28', 1)).toBe('2028-02-29');
    expect(before('2027-03-01', 1)).toBe('2027-02-26');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
  });
});

describe('calendar dates', () => {
  test('only real days are dates', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-3-1')).toBe(false);
    expect(isIsoDate('0999-12-25')).toBe(true);
    expect(isIsoDate('0001-01-01')).toBe(true);
    expect(isIsoDate('0000-12-31')).toBe(false);
    expect(isIsoDate('999-12-25')).toBe(false);
    expect(parseIsoDate('2026-03-07')).toEqual({ year: 2026, month: 3, day: 7 });
  });

  test('day numbers agree with UTC time for every day of four centuries', () => {
    const wrong: number[] = [];
    for (
      let n = toDayNumber({ year: 1900, month: 1, day: 1 });
      n < toDayNumber({ year: 2300, month: 1, day: 1 });
      n += 1
    ) {
      const date = fromDayNumber(n);
      if (
        Date.UTC(date.year, date.month - 1, date.day) / 86_400_000 !== n ||
        toDayNumber(date) !== n
      )
        wrong.push(n);
    }
    expect(wrong).toEqual([]);
  });

  test('every year from 1 to 9999 agrees with UTC time, written with four digits', () => {
    const wrong: string[] = [];
    const utc = new Date(0);
    for (let year = 1; year <= 9999; year += 1) {
      for (const [month, day] of [
        [1, 1],
        [2, 28],
        [3, 1],
        [12, 31],
      ] as const) {
        utc.setUTCFullYear(year, month - 1, day); // unlike Date.UTC, no 19xx for years 0 to 99
        const n = utc.getTime() / 86_400_000;
        const back = fromDayNumber(n);
        if (toDayNumber({ year, month, day }) !== n || back.year !== year || back.day !== day)
          wrong.push(`${year}-${month}-${day}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('arithmetic across year 1000 and year 1 (the year-1000 crash): 0999, never 999', () => {
    expect(before('1000-01-01', 5)).toBe('0999-12-25');
    expect(formatLongDate('0999-12-25')).toBe('Wednesday 25 December 999');
    expect(after('0999-12-31', 1)).toBe('1000-01-01');
    expect(addDays('0001-01-01', -1)).toBe('0000-12-31'); // no name: callers check isIsoDate
  });

  test('business days between two dates: after the first, up to and including the second', () => {
    expect(businessDaysBetween('2026-12-01', '2026-12-07', [])).toBe(4);
    expect(businessDaysBetween('2026-12-01', '2026-12-01', [])).toBe(0);
    expect(businessDaysBetween('2026-12-04', '2026-12-05', [])).toBe(0);
    expect(businessDaysBetween('2026-12-01', '2026-11-25', [])).toBe(0);
    expect(businessDaysBetween('2026-12-01', '2026-12-07', ['2026-12-03'])).toBe(3);
  });

  test('business days between, counted without walking: the same as counting day by day', () => {
    const naive = (from: string, to: string, holidays: string[]) => {
      let count = 0;
      for (let day = from; (day = after(day, 1, holidays)) <= to;) count += 1;
      return count;
    };
    const day = fc
      .integer({
        min: toDayNumber({ year: 2000, month: 1, day: 1 }),
        max: toDayNumber({ year: 2004, month: 1, day: 1 }),
      })
      .map((n) => formatIsoDate(fromDayNumber(n)));
    fc.assert(
      fc.property(day, day, fc.array(day, { maxLength: 30 }), (from, to, holidays) => {
        expect(businessDaysBetween(from, to, holidays)).toBe(naive(from, to, holidays));
      }),
      { numRuns: 300 },
    );
    // 400 Gregorian years are exactly 20,871 weeks.
    expect(businessDaysBetween('2000-01-01', '2400-01-01', [])).toBe(5 * 20_871);
  });

  test('long dates carry the weekday', () => {
    expect(formatLongDate('2026-03-07')).toBe('Saturday 7 March 2026');
    expect(formatLongDate('2026-12-07')).toBe('Monday 7 December 2026');
    expect(() => formatLongDate('2026-02-30')).toThrow(RangeError);
  });
});

describe('no time zone can shift a day', () => {
  const saved = process.env.TZ;
  afterEach(() => {
    process.env.TZ = saved;
  });

  test.each(['Pacific/Kiritimati', 'America/Adak', 'Pacific/Pago_Pago'])(
    'same answers with TZ=%s set in this process',
    (zone) => {
      process.env.TZ = zone;
      // The zone really is in force: midnight local time is not midnight UTC.
      expect(new Date(2026, 0, 1).getTimezoneOffset()).not.toBe(0);
      expect(before('2026-03-20', 5)).toBe('2026-03-13');
      expect(after('2026-12-31', 1)).toBe('2027-01-01');
      for (const { def } of loadWizards()) {
        for (const example of def.examples) {
          const run = drive(def, (fields) => stepInput(fields, example.answers), example.today);
          const outputs = Object.fromEntries(
            renderOutputs(def, run.state.answers, example.today).map((o) => [o.id, o.text]),
          );
          expect(outputs).toEqual(example.outputs);
        }
      }
    },
  );

  test.each(['Pacific/Kiritimati', 'America/Adak'])(
    'same answers in a fresh Node process started with TZ=%s',
    (zone) => {
      const script = `
      import { shiftBusinessDays } from './src/wizard/runtime/dates.ts';
      import { renderOutputs, start } from './src/wizard/runtime/engine.ts';
      import { buildIcs } from './src/wizard/runtime/ics.ts';
      import { compileWizard } from './src/wizard/authoring/compile.ts';
      import { validateWizard } from './src/wizard/authoring/validate/index.ts';
      import { readFileSync } from 'node:fs';
      import { parse } from 'yaml';
      const def = compileWizard(validateWizard(parse(readFileSync('content/wizards/appeal-request.yaml', 'utf8')), 'content/wizards/appeal-request.yaml'));
      const answers = { caseLogAccess: 'primary', adjustmentDate: '2026-03-20', decision: 'denied', scope: 'all-access', grounds: ['impact'], impact: 'x'.repeat(60) };
      const reply = renderOutputs(def, answers, '2026-03-02').find((o) => o.id === 'reply');
      console.log(JSON.stringify({ offset: new Date(2026, 0, 1).getTimezoneOffset(), last: shiftBusinessDays('2026-03-20', 5, -1, []), ics: buildIcs(reply.calendar), started: start(def).current }));
    `;
      const run = spawnSync(
        process.execPath,
        ['--experimental-strip-types', '--input-type=module', '-e', script],
        {
          env: { ...process.env, TZ: zone },
          encoding: 'utf8',
        },
      );
      expect(run.stderr.replace(/.*ExperimentalWarning.*\n?|.*--trace-warnings.*\n?/g, '')).toBe(
        '',
      );
      const result = JSON.parse(run.stdout);
      expect(result.offset).not.toBe(0);
      expect(result.last).toBe('2026-03-13');
      expect(result.ics).toContain('DTSTART;VALUE=DATE:20260313\r\n');
      expect(result.started).toBe('case-log-access');
    },
    30_000,
  );

  test("today is the person's own calendar day", () => {
    const instant = new Date(Date.UTC(2026, 2, 1, 12, 0));
    process.env.TZ = 'Pacific/Kiritimati'; // UTC+14
    expect(localToday(instant)).toBe('2026-03-02');
    process.env.TZ = 'America/Adak'; // UTC-10
    expect(localToday(new Date(Date.UTC(2026, 2, 1, 5, 0)))).toBe('2026-02-28');
  });
});
