/**
 * A query as the engine searches it: its parts, each a set of alternative terms, plus the
 * terms whose pages are pushed down. Pure: the same plan is made in the browser, the build's
 * tests and the benchmark.
 *
 * - Every meaningful word (stop words dropped) is a part. Its alternatives are the word as
 *   typed and the site's words for it (synonyms.ts, a little weaker), and the American
 *   spelling of a British one.
 * - A direction (directions.ts) the query points to adds a part of its own: the procedure's
 *   terms. Its opposite's terms are the plan's `avoid`.
 */
import { directions, type Direction } from './directions.ts';
import { queryTerms, stopWords, tokenize } from './query.ts';
import { relevanceTuning } from './ranking.ts';
import { americanSpelling, phraseSynonyms, synonyms } from './synonyms.ts';

export interface Alternative {
  term: string;
  /** 1 for the word as typed; less for the site's words for it. */
  weight: number;
}

export interface QueryPart {
  /** The typed word (or two, for a pair), or the direction's name. */
  label: string;
  /** A word typed, two words typed side by side (searched as a phrase), or a direction. */
  kind: 'word' | 'pair' | 'direction';
  alternatives: Alternative[];
}

export interface QueryPlan {
  /** Every word typed, stop words included. */
  words: string[];
  parts: QueryPart[];
  /** Terms of the opposite procedures: pages strong on them are pushed down. */
  avoid: string[];
  /** The directions the query points to, by name. */
  directions: string[];
}

/**
 * A word and the base forms it may be said in while wanting the thing done ("removing",
 * "revokes" of "remove", "revoke"). A past participle says what happened ("connected",
 * "removed"), not what the person wants: it is no form of the direction word.
 */
function intentForms(word: string): string[] {
  const forms = [word];
  if (word.length > 5 && word.endsWith('ing'))
    forms.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) forms.push(word.slice(0, -1));
  return forms;
}

/** Words that say the next one is not wanted. */
const negations: ReadonlySet<string> = new Set(['not', 'dont', 'never', 'without']);

/** Words that say a phrase after them is not wanted: "no more time needed" asks for none. */
const phraseNegations: ReadonlySet<string> = new Set([...negations, 'no']);

/** The ends of verbs that may stand apart from them: "cut the old one off", "take it back". */
const particles: ReadonlySet<string> = new Set(['off', 'out', 'away', 'back', 'up']);

/** How many words may stand between a verb and its particle. */
const particleGap = 4;

/**
 * Where a phrase starts among the words: said as written, or, for a verb and its particle
 * ("cut off"), with a few words between them ("cut our old agency off").
 */
function phraseStarts(words: readonly string[], phrase: string): number[] {
  const said = phrase.split(' ');
  const starts: number[] = [];
  words.forEach((word, i) => {
    if (word !== said[0]) return;
    if (said.every((w, k) => words[i + k] === w)) starts.push(i);
    else if (said.length === 2 && particles.has(said[1])) {
      const rest = words.slice(i + 2, i + 2 + particleGap);
      if (rest.includes(said[1])) starts.push(i);
    }
  });
  return starts;
}

/** Words of wanting that may stand between a negation and what is not wanted. */
const wanting: ReadonlySet<string> = new Set(['want', 'wanting', 'asking', 'looking', 'need']);

/** How many words may stand between a negation and the word it negates. */
const negationGap = 3;

/**
 * Whether the word at `i` is said not to be wanted: right after a negation, or after one and
 * only little words or words of wanting ("dont want an extension", "not asking for one").
 */
function isNegated(words: readonly string[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 1 - negationGap); j--) {
    if (negations.has(words[j])) return true;
    if (!stopWords.has(words[j]) && !wanting.has(words[j])) return false;
  }
  return false;
}

/** Whether the words say the phrase, other than right after "not" or "no". */
function saysPhrase(words: readonly string[], phrase: string): boolean {
  return phraseStarts(words, phrase).some((i) => !phraseNegations.has(words[i - 1] ?? ''));
}

/** Whether the typed words point in this direction. */
export function pointsTo(direction: Direction, words: readonly string[]): boolean {
  const text = ` ${words.join(' ')} `;
  const parts = words.flatMap((word) => [word, ...word.split('-')]);
  // "fight the denial, not delay it": a word said not to be wanted points nowhere.
  const wanted = words
    .filter((_, i) => !isNegated(words, i))
    .flatMap((word) => [word, ...word.split('-')]);
  const named =
    direction.words.some((word) => wanted.some((part) => intentForms(part).includes(word))) ||
    direction.phrases.some((phrase) => saysPhrase(words, phrase)) ||
    direction.prefixes.some((prefix) =>
      words.some((word) => word === prefix || word.startsWith(`${prefix}-`)),
    );
  const has = (entry: string) =>
    entry.includes(' ') ? text.includes(` ${entry} `) : parts.includes(entry);
  return (
    named &&
    (direction.about.length === 0 || direction.about.some(has)) &&
    !direction.unless.some(has)
  );
}

/** The alternatives for one typed word. */
function alternativesFor(word: string): Alternative[] {
  const alternatives: Alternative[] = [{ term: word, weight: 1 }];
  const add = (term: string, weight: number) => {
    if (!alternatives.some((a) => a.term === term)) alternatives.push({ term, weight });
  };
  const american = americanSpelling(word);
  if (american) add(american, 1);
  for (const term of synonyms[word] ?? []) add(term, relevanceTuning.synonymWeight);
  if (word.includes('-')) {
    for (const piece of word.split('-')) {
      if (piece.length >= 2) add(piece, relevanceTuning.synonymWeight);
    }
  }
  return alternatives;
}

/**
 * The phrases of phraseSynonyms the words hold ("turned down"), each a part whose
 * alternatives are its words as typed and the site's words for it.
 */
function phraseParts(words: readonly string[]): QueryPart[] {
  const text = ` ${words.join(' ')} `;
  return Object.entries(phraseSynonyms)
    .filter(([phrase]) => text.includes(` ${phrase} `))
    .map(([phrase, terms]) => ({
      label: phrase,
      kind: 'word',
      alternatives: terms.map((term) => ({ term, weight: relevanceTuning.synonymWeight })),
    }));
}

/**
 * Two meaningful words typed side by side ("developer id", "case log"), each a part searched
 * as an exact phrase: a page that says them together answers the query better than one that
 * has them apart. Words in `left` (a direction's bare prefix, a phrase's words) pair with none.
 */
function pairParts(words: readonly string[], left: ReadonlySet<string>): QueryPart[] {
  const meaningful = (word: string | undefined) =>
    word !== undefined && word.length >= 2 && !stopWords.has(word) && !left.has(word);
  const pairs = words
    .map((word, i) => [word, words[i + 1]] as const)
    .filter(([a, b]) => meaningful(a) && meaningful(b) && a !== b)
    .map(([a, b]) => `${a} ${b}`);
  return [...new Set(pairs)].map((pair) => ({
    label: pair,
    kind: 'pair',
    alternatives: [{ term: `"${pair}"`, weight: 1 }],
  }));
}

/**
 * The directions without those only hinted at whose opposite is named outright: "missed the
 * window for the appeal, is it too late" asks about the appeal it names, not the extension
 * "late" hints at. Both named ("appeal or extension?"), both stay.
 */
function outweighHints(pointed: readonly Direction[], words: readonly string[]): Direction[] {
  const named = pointed.filter((d) => d.terms.some((term) => words.includes(term)));
  return pointed.filter(
    (d) =>
      named.includes(d) ||
      !named.some((other) => other.opposite.some((term) => d.terms.includes(term))),
  );
}

/** The plan for what the person typed. */
export function planQuery(raw: string): QueryPlan {
  const words = tokenize(raw);
  const pointed = outweighHints(
    directions.filter((direction) => pointsTo(direction, words)),
    words,
  );
  // A bare prefix ("ex" of "ex developer") said its direction; as a term it would match
  // every word that starts with it.
  const prefixes = new Set(pointed.flatMap((direction) => direction.prefixes));
  // A phrase's words mean something else on their own ("turned" and "down" of "turned down").
  const phrases = phraseParts(words);
  const inPhrase = new Set(phrases.flatMap((part) => part.label.split(' ')));
  const parts: QueryPart[] = queryTerms(raw)
    .filter((word) => !prefixes.has(word) && !inPhrase.has(word))
    .map((word): QueryPart => ({ label: word, kind: 'word', alternatives: alternativesFor(word) }))
    .concat(phrases, pairParts(words, new Set([...prefixes, ...inPhrase])));
  // A direction counts as a part of its own even when its term was typed ("appeal"): the
  // procedure's own word then weighs double, which put the procedure first more often.
  for (const direction of pointed) {
    parts.push({
      label: direction.name,
      kind: 'direction',
      alternatives: direction.terms.map((term) => ({ term, weight: 1 })),
    });
  }
  const own = new Set(pointed.flatMap((direction) => direction.terms));
  const avoid = [...new Set(pointed.flatMap((direction) => direction.opposite))].filter(
    (term) => !own.has(term),
  );
  return { words, parts, avoid, directions: pointed.map((direction) => direction.name) };
}

/** Every distinct term the plan searches for. */
export function planTerms(plan: QueryPlan): string[] {
  return [
    ...new Set([
      ...plan.parts.flatMap((part) => part.alternatives.map((a) => a.term)),
      ...plan.avoid,
    ]),
  ];
}
