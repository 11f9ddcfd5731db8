import { describe, expect, test } from 'vitest';
import { buildIcs, escapeText, foldLine } from '../../../src/wizard/runtime/ics.ts';

const event = {
  uid: 'appeal-request-reply-2026-03-13@mws-help',
  date: '2026-03-13',
  end: '2026-03-14',
  title: 'Last day to send the Appeal Request',
  description: 'Reply; ask for an "Appeal Request", then wait.\nLine two \\ done',
  stamp: '2026-03-02',
};

const unfold = (ics: string) => ics.replace(/\r\n /g, '');

describe('an all-day event', () => {
  const ics = buildIcs(event);

  test('is one VEVENT with a date start and the next day as end', () => {
    const lines = unfold(ics).split('\r\n');
    expect(lines).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Unofficial MWS Help Center//Wizards//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:appeal-request-reply-2026-03-13@mws-help',
      'DTSTAMP:20260302T000000Z',
      'DTSTART;VALUE=DATE:20260313',
      'DTEND;VALUE=DATE:20260314',
      'SUMMARY:Last day to send the Appeal Request',
      'DESCRIPTION:Reply\\; ask for an "Appeal Request"\\, then wait.\\nLine two \\\\ done',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  test('uses CRLF only, and no line is longer than 75 octets', () => {
    const long = buildIcs({
      ...event,
      title: 'Très long titre — '.repeat(12),
      description: '📅'.repeat(60),
    });
    expect(long.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of long.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(unfold(long)).toContain(`SUMMARY:${'Très long titre — '.repeat(12)}`);
    expect(unfold(long)).toContain(`DESCRIPTION:${'📅'.repeat(60)}`);
  });

  test('is the same every time for the same event (stable UID)', () => {
    expect(buildIcs(event)).toBe(ics);
  });
});

test('escaping and folding', () => {
  expect(escapeText('a,b;c\\d\r\ne\u0007')).toBe('a\\,b\\;c\\\\d\\ne');
  expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
  expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  expect(foldLine('é'.repeat(40))).toBe(`${'é'.repeat(37)}\r\n ${'é'.repeat(3)}`);
});
