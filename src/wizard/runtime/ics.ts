/**
 * An "Add to calendar" file: one all-day event as RFC 5545 iCalendar text. Pure: the same
 * event always gives the same bytes (the UID, time stamp and end day come from the caller).
 * It imports nothing, so the island can load it on its own when the button is pressed.
 */

export interface IcsEvent {
  /** Stable and unique, for example `appeal-request-reply-2026-03-13@mws-help`. */
  uid: string;
  /** The day of the event, YYYY-MM-DD. */
  date: string;
  /** The day after it, YYYY-MM-DD: an all-day event ends there (DTEND is exclusive). */
  end: string;
  title: string;
  description?: string | undefined;
  /** The day the file is made, YYYY-MM-DD (DTSTAMP, at 00:00 UTC). */
  stamp: string;
}

const maxOctets = 75;
const encoder = new TextEncoder();

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and new lines. */
export function escapeText(text: string): string {
  return text
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\r\n?|\n/g, '\\n')
    .replace(/\p{Cc}/gu, '');
}

/** Folds a content line at 75 octets (RFC 5545 3.1) without splitting a character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? maxOctets : maxOctets - 1;
    if (octets + size > limit) {
      parts.push(part);
      part = '';
      octets = 0;
    }
    part += char;
    octets += size;
  }
  parts.push(part);
  return parts.join('\r\n ');
}

const compact = (iso: string) => iso.replaceAll('-', '');

/** The .ics text. */
export function buildIcs(event: IcsEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Unofficial MWS Help Center//Wizards//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${compact(event.stamp)}T000000Z`,
    `DTSTART;VALUE=DATE:${compact(event.date)}`,
    `DTEND;VALUE=DATE:${compact(event.end)}`,
    `SUMMARY:${escapeText(event.title)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
