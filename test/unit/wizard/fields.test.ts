import { describe, expect, test } from 'vitest';
import {
  characterCount,
  characterCounter,
  datePartId,
  parseField,
  toRawValue,
} from '../../../src/wizard/runtime/fields.ts';
import { compileField } from '../../../src/wizard/authoring/compile.ts';
import { normaliseIdList } from '../../../src/wizard/runtime/ids.ts';
import { fieldSchema } from '../../../src/wizard/authoring/schema/fields.ts';
import type { Field } from '../../../src/wizard/authoring/schema/index.ts';

const field = (raw: Record<string, unknown>): Field => fieldSchema.parse(raw);
// A field on a step titled "your Developer ID", so that is its noun unless it has a blank.
const parse = (f: Field, raw: unknown) => parseField(compileField(f, 'your Developer ID'), raw);

describe('identifier lists', () => {
  test('any separators, trimmed, repeats dropped, order kept', () => {
    expect(normaliseIdList(' a1, b2;c3\n\td4  a1;;,b2 ', { uppercase: false })).toEqual([
      'a1',
      'b2',
      'c3',
      'd4',
    ]);
    expect(normaliseIdList('ab-1 AB-1 cd-2', { uppercase: true })).toEqual(['AB-1', 'CD-2']);
    expect(normaliseIdList('ab-1 AB-1', { uppercase: false })).toEqual(['ab-1', 'AB-1']);
    expect(normaliseIdList(' \n ,; ', { uppercase: true })).toEqual([]);
  });

  test('as a field: pattern per ID with the ID named, and a limit', () => {
    const ids = field({
      id: 'ids',
      kind: 'id-list',
      uppercase: true,
      itemPattern: '[A-Z]{2}-\\d+',
      maxItems: 2,
      messages: { pattern: '"{id}" is not an ID like AB-12' },
    });
    expect(parse(ids, 'ab-1, cd-2 ab-1')).toEqual({ ok: true, value: ['AB-1', 'CD-2'] });
    expect(parse(ids, 'ab-1, nope')).toEqual({
      ok: false,
      error: { fieldId: 'ids', inputId: 'ids', message: '"NOPE" is not an ID like AB-12' },
    });
    expect(parse(ids, 'ab-1 cd-2 ef-3')).toMatchObject({
      ok: false,
      error: { message: 'Enter 2 IDs or fewer; you entered 3' },
    });
    expect(parse(ids, ' , ')).toMatchObject({
      ok: false,
      error: { message: 'Enter your Developer ID' },
    });
    expect(toRawValue(ids, ['AB-1', 'CD-2'])).toBe('AB-1, CD-2');
  });

  const developerIds = field({
    id: 'ids',
    kind: 'id-list',
    blank: 'your developer IDs',
    uppercase: true,
    itemPattern: '[A-Z0-9]+(-[A-Z0-9]+)*',
    messages: { pattern: '"{id}" does not look like a developer ID' },
  });

  test('a secret key is found as typed, before upper case, and never shown back', () => {
    for (const typed of [
      '123456789012, wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      '123456789012 wJalrXUtnFEMIxK7MDENGxbPxRfiCYEXAMPLEKEY', // upper-cased, it would match the pattern
      'akiaiosfodnn7example',
    ]) {
      const result = parse(developerIds, typed);
      expect(result).toMatchObject({
        ok: false,
        error: { message: expect.stringContaining('Remove it') },
      });
      const message = result.ok ? '' : result.error.message;
      for (const id of typed.split(/[ ,]+/)) {
        expect(message).not.toContain(id.slice(0, 12));
        expect(message).not.toContain(id.toUpperCase().slice(0, 12));
      }
    }
  });

  test('an ID of 100,000 characters is refused without being shown back', () => {
    const long = 'A'.repeat(100_000);
    const result = parse(developerIds, `123456789012 ${long}`);
    expect(result).toEqual({
      ok: false,
      error: {
        fieldId: 'ids',
        inputId: 'ids',
        message:
          'Each ID in your developer IDs must be 40 characters or fewer. Put a comma, a space or a new line between IDs',
      },
    });
    expect(parse(developerIds, 'A'.repeat(40))).toEqual({ ok: true, value: ['A'.repeat(40)] });
  });
});

describe('text', () => {
  const name = field({ id: 'name', kind: 'short-text', minLength: 2, maxLength: 5 });
  test('trimmed, spaces collapsed, control characters dropped', () => {
    expect(parse(name, '  a \t b \u0000')).toEqual({ ok: true, value: 'a b' });
  });
  test('default messages say how to fix it', () => {
    expect(parse(name, '   ')).toMatchObject({
      ok: false,
      error: { message: 'Enter your Developer ID', inputId: 'name' },
    });
    expect(parse(name, 'a')).toMatchObject({
      error: { message: 'Your Developer ID must be 2 characters or more' },
    });
    expect(parse(name, 'abcdefg')).toMatchObject({
      error: {
        message: 'Your Developer ID must be 5 characters or fewer. Shorten it by 2 characters.',
      },
    });
  });
  test("the author's messages win", () => {
    const custom = field({
      id: 'name',
      kind: 'short-text',
      pattern: '\\d+',
      messages: { required: 'Type it', pattern: 'Digits only' },
    });
    expect(parse(custom, '')).toMatchObject({ error: { message: 'Type it' } });
    expect(parse(custom, '12a')).toMatchObject({ error: { message: 'Digits only' } });
    expect(parse(custom, '12')).toEqual({ ok: true, value: '12' });
  });
  test('the pattern must match the whole answer', () => {
    const digits = field({
      id: 'n',
      kind: 'short-text',
      pattern: '\\d+|x',
      messages: { pattern: 'Digits' },
    });
    expect(parse(digits, 'a1')).toMatchObject({ ok: false });
    expect(parse(digits, '1x')).toMatchObject({ ok: false });
  });
  test('an optional blank answer is stored as blank', () => {
    expect(parse(field({ id: 'n', kind: 'long-text', required: false }), ' ')).toEqual({
      ok: true,
      value: '',
    });
  });
  test('long text keeps line breaks and counts characters as people do', () => {
    const text = field({ id: 'story', kind: 'long-text', maxLength: 10 });
    expect(parse(text, ' one\r\ntwo \n')).toEqual({ ok: true, value: 'one\ntwo' });
    expect(characterCount('👍🏽é')).toBe(3);
    expect(characterCounter(text, 'abc')).toEqual({
      remaining: 7,
      message: 'You have 7 characters remaining',
    });
    expect(characterCounter(text, '12345678901')?.message).toBe('You have 1 character too many');
    expect(characterCounter(field({ id: 'n', kind: 'long-text' }), 'abc')).toBeUndefined();
  });
  test('credentials are refused with a message saying to remove them', () => {
    expect(parse(field({ id: 'note', kind: 'long-text' }), 'my pwd: x')).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Remove it') },
    });
  });
});

describe('email', () => {
  const email = field({ id: 'email', kind: 'email' });
  test.each(['a@b.co', ' ops@acme.example '])('%s is accepted', (value) =>
    expect(parse(email, value)).toEqual({ ok: true, value: value.trim() }),
  );
  test.each(['a@b', 'a b@c.de', '@b.co', 'a@.co', 'a@b.'])('%s is refused', (value) => {
    expect(parse(email, value)).toMatchObject({
      ok: false,
      error: { message: 'Enter an email address in the correct format, like name@example.com' },
    });
  });
  test('at most 254 characters, with a message that says so', () => {
    const at254 = `${'a'.repeat(64)}@${'b'.repeat(185)}.com`;
    expect(parse(email, at254)).toEqual({ ok: true, value: at254 });
    for (const long of [`a${at254}`, `${'a'.repeat(100_000)}@example.com`])
      expect(parse(email, long)).toMatchObject({
        ok: false,
        error: { message: 'Your Developer ID must be 254 characters or fewer' },
      });
  });
  test('credentials are refused here too', () => {
    expect(parse(email, 'akiaiosfodnn7example@example.com')).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('an AWS access key ID') },
    });
  });
});

describe('hidden characters are taken out on the way in', () => {
  const hidden = [
    '\u202E',
    '\u202A',
    '\u2066',
    '\u2069',
    '\u200E',
    '\u200F',
    '\u200B',
    '\u2060',
    '\uFEFF',
    '\u061C',
  ];
  test.each([
    ['short-text', field({ id: 'name', kind: 'short-text' })],
    ['long-text', field({ id: 'note', kind: 'long-text' })],
    ['email', field({ id: 'email', kind: 'email' })],
    ['id-list', field({ id: 'ids', kind: 'id-list' })],
  ])('%s', (kind, f) => {
    const clean = kind === 'email' ? 'ops@acme.example' : 'Acme gmbh';
    const typed = `${hidden.join('')}${clean.slice(0, 4)}${hidden.join('')}${clean.slice(4)}`;
    const stored = kind === 'id-list' ? clean.split(' ') : clean;
    expect(parse(f, typed)).toEqual({ ok: true, value: stored });
  });
  test('the joiners that emoji and scripts need stay; a lone surrogate becomes U+FFFD', () => {
    const name = field({ id: 'name', kind: 'short-text' });
    expect(parse(name, 'Family 👨\u200D👩\u200D👧 می\u200Cخواهم')).toEqual({
      ok: true,
      value: 'Family 👨\u200D👩\u200D👧 می\u200Cخواهم',
    });
    expect(parse(name, 'Acme \uD800 Ltd')).toEqual({ ok: true, value: 'Acme \uFFFD Ltd' });
  });
});

describe('dates (day, month and year inputs)', () => {
  const date = field({ id: 'when', kind: 'date', blank: 'your adjustment date' });
  const parts = (day: string, month: string, year: string) => ({ day, month, year });

  test('stored as YYYY-MM-DD', () => {
    expect(parse(date, parts(' 7 ', '03', '2026'))).toEqual({ ok: true, value: '2026-03-07' });
    expect(parse(date, parts('29', '2', '2028'))).toEqual({ ok: true, value: '2028-02-29' });
    expect(toRawValue(date, '2026-03-07')).toEqual(parts('7', '3', '2026'));
  });

  test('the month may be a name, in full or cut to three letters or more, in any case', () => {
    for (const month of ['Dec', 'december', 'DECEMBER', 'dec.', 'Decem', '12'])
      expect(parse(date, parts('7', month, '2026'))).toEqual({ ok: true, value: '2026-12-07' });
    expect(parse(date, parts('1', 'Sept', '2026'))).toEqual({ ok: true, value: '2026-09-01' });
    expect(parse(date, parts('1', 'may', '2026'))).toEqual({ ok: true, value: '2026-05-01' });
    for (const month of ['ju', 'Decembre', 'm', '123'])
      expect(parse(date, parts('1', month, '2026'))).toMatchObject({
        ok: false,
        error: { inputId: 'when-month' },
      });
  });

  const real = 'Your adjustment date must be a real date, for example 20 3 2026';
  const range = 'Year must be between 2000 and 2100';
  test.each([
    [parts('', '', ''), 'when-day', 'Enter your adjustment date', undefined],
    [
      parts('1', '', ''),
      'when-month',
      'Your adjustment date must include a month and year',
      ['month', 'year'],
    ],
    [parts('', '3', '2026'), 'when-day', 'Your adjustment date must include a day', ['day']],
    [parts('x', '3', '2026'), 'when-day', real, ['day']],
    [parts('x', 'y', '2026'), 'when-day', real, ['day', 'month']],
    [parts('1', '13', '2026'), 'when-month', real, ['month']],
    [parts('32', '3', '2026'), 'when-day', real, ['day']],
    [parts('0', '3', '2026'), 'when-day', real, ['day']],
    [parts('29', '2', '2026'), 'when-day', real, undefined],
    [parts('1', '3', '26'), 'when-year', 'Year must include 4 numbers, for example 2026', ['year']],
    [parts('1', '1', '0001'), 'when-year', range, ['year']],
    [parts('1', '1', '0999'), 'when-year', range, ['year']],
    [parts('1', '1', '1000'), 'when-year', range, ['year']],
    [parts('31', '12', '1999'), 'when-year', range, ['year']],
    [parts('1', '1', '2101'), 'when-year', range, ['year']],
    ['2026-03-07', 'when-day', 'Enter your adjustment date', undefined],
  ])('%j → %s: %s (marks %j)', (raw, id, message, marked) => {
    expect(parse(date, raw)).toEqual({
      ok: false,
      error: { fieldId: 'when', inputId: id, message, ...(marked && { parts: marked }) },
    });
  });

  test('the first and last years a date field accepts', () => {
    expect(parse(date, parts('1', '1', '2000'))).toEqual({ ok: true, value: '2000-01-01' });
    expect(parse(date, parts('31', '12', '2100'))).toEqual({ ok: true, value: '2100-12-31' });
  });
});

describe('choices', () => {
  const radios = field({
    id: 'pick',
    kind: 'one-of',
    options: [
      { value: 'a', label: 'A' },
      { value: 'b', label: 'B' },
    ],
  });
  const boxes = field({
    id: 'boxes',
    kind: 'any-of',
    options: [
      { value: 'a', label: 'A' },
      { value: 'b', label: 'B' },
    ],
  });
  test('one of the options', () => {
    expect(parse(radios, 'b')).toEqual({ ok: true, value: 'b' });
    expect(parse(radios, '')).toMatchObject({
      error: { message: 'Select one of the options', inputId: 'pick' },
    });
    expect(parse(radios, 'c')).toMatchObject({
      error: { message: 'Select one of the options shown' },
    });
  });
  test('any of the options, in option order, once each', () => {
    expect(parse(boxes, ['b', 'a', 'b'])).toEqual({ ok: true, value: ['a', 'b'] });
    expect(parse(boxes, [])).toMatchObject({ error: { message: 'Select at least one option' } });
    expect(parse(boxes, ['a', 'z'])).toMatchObject({
      error: { message: 'Select only the options shown' },
    });
  });
  test('input ids for the error summary and the labels', () => {
    const compiled = compileField(radios, 'Pick');
    expect(compiled.inputId).toBe('pick');
    expect(compiled.kind === 'one-of' && compiled.options.map((o) => o.inputId)).toEqual([
      'pick',
      'pick-b',
    ]);
    expect(compileField(boxes, 'Boxes').inputId).toBe('boxes');
    expect(compileField(field({ id: 'when', kind: 'date' }), 'When').inputId).toBe('when-day');
    expect(datePartId(field({ id: 'when', kind: 'date' }), 'year')).toBe('when-year');
  });
});

test('input of the wrong type never throws: it counts as blank', () => {
  const kinds: Record<string, unknown>[] = [
    { id: 'a', kind: 'short-text' },
    { id: 'a', kind: 'long-text' },
    { id: 'a', kind: 'email' },
    { id: 'a', kind: 'date' },
    {
      id: 'a',
      kind: 'one-of',
      options: [
        { value: 'a', label: 'A' },
        { value: 'b', label: 'B' },
      ],
    },
    { id: 'a', kind: 'any-of', options: [{ value: 'a', label: 'A' }] },
    { id: 'a', kind: 'id-list' },
  ];
  for (const raw of kinds) {
    for (const input of [undefined, null, 42, {}, [], [1, 2], { day: 1 }, true]) {
      const parsed = parse(field(raw), input);
      expect(parsed.ok).toBe(false);
    }
  }
});
