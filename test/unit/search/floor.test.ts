import { describe, expect, test } from 'vitest';
import type { PagefindResult } from '../../../src/search/pagefind-api.ts';
import { relevanceTuning } from '../../../src/search/ranking.ts';
import { applyFloor, type ScoredPage } from '../../../src/search/scoring.ts';

/** A scored page; only its id, score and whether it matched a key part matter to the floor. */
const page = (id: string, score: number, specific: boolean): ScoredPage => ({
  result: { id, score, matchedMetaFields: [] } as unknown as PagefindResult,
  score,
  matched: [],
  specific,
});

const ids = (pages: readonly ScoredPage[]) => pages.map((p) => p.result.id);

describe('applyFloor', () => {
  test('answers are the pages matching a key part close to the best score', () => {
    const tiers = applyFloor([page('a', 0.9, true), page('b', 0.6, true), page('c', 0.2, false)]);
    expect(ids(tiers.answers)).toEqual(['a', 'b']);
    expect(ids(tiers.mentions)).toEqual(['c']);
  });

  test('a page lifted first by its phrasing but matching no key part does not hide the answers', () => {
    // "where to ask mws question and is mws even working after 2024": the help page says the
    // first half word for word and ranks first; the retirement pages match "2024", the key.
    const tiers = applyFloor([page('help', 0.28, false), page('sunset', 0.8, true)]);
    expect(ids(tiers.answers)).toEqual(['sunset']);
    expect(ids(tiers.mentions)).toEqual(['help']);
  });

  test('nothing answers when no page matches a key part or the best scores too low', () => {
    expect(applyFloor([page('a', 0.9, false)])).toEqual({ answers: [], mentions: [] });
    const low = relevanceTuning.meaningfulScore / 2;
    expect(applyFloor([page('a', low, true)])).toEqual({ answers: [], mentions: [] });
    expect(applyFloor([])).toEqual({ answers: [], mentions: [] });
  });
});
