import { describe, expect, it } from 'vitest';
import {
  knownValues,
  readSelection,
  selectionFilters,
  selectionSearch,
  typeOptions,
  type FilterChoices,
} from '../../../src/search/address.ts';

const choices: FilterChoices = {
  types: typeOptions,
  categories: ['Developer Profile', 'General', 'Products'].map((c) => ({ value: c, label: c })),
};

describe('readSelection', () => {
  it('reads the query, the filters and "as typed"', () => {
    expect(readSelection('?q=appeal&type=Wizard&category=General&typed=1', choices)).toEqual({
      query: 'appeal',
      types: ['Wizard'],
      categories: ['General'],
      asTyped: true,
    });
  });

  it('takes a filter written as its label or in another case as the filter it names', () => {
    const selection = readSelection('?q=appeal&type=Questions&category=Developer+profile', choices);
    expect(selection.types).toEqual(['Question']);
    expect(selection.categories).toEqual(['Developer Profile']);
  });

  it('drops filters the page does not offer, so nothing is filtered that cannot be cleared', () => {
    const selection = readSelection('?q=appeal&type=Pages&category=Orders&category=', choices);
    expect(selection).toEqual({ query: 'appeal', types: [], categories: [], asTyped: false });
    expect(selectionFilters(selection)).toBeUndefined();
  });
});

describe('knownValues', () => {
  it('keeps each value once, in the order written', () => {
    expect(knownValues(['wizards', 'Question', 'WIZARD'], typeOptions)).toEqual([
      'Wizard',
      'Question',
    ]);
  });
});

describe('selectionSearch and selectionFilters', () => {
  it('write the address and the Pagefind filters back; what they read, they write the same', () => {
    const selection = readSelection('?q=sign++in&type=Question&category=General', choices);
    expect(selectionSearch(selection)).toBe('?q=sign+in&type=Question&category=General');
    expect(readSelection(selectionSearch(selection), choices)).toEqual({
      ...selection,
      query: 'sign in',
    });
    expect(selectionFilters(selection)).toEqual({
      type: { any: ['Question'] },
      category: { any: ['General'] },
    });
  });

  it('write no query string when there is nothing to search, and no "typed" without a query', () => {
    expect(selectionSearch({ query: ' ', types: [], categories: [], asTyped: true })).toBe('');
  });
});
