/**
 * Typo correction from the site's own vocabulary: "apeal" → "appeal".
 *
 * Only typos are corrected. A word is left alone when a page holds it, when it is an
 * inflection of a word the site uses, when it is a correctly spelled English word
 * (Vocabulary.english), when synonyms.ts or directions.ts know it, and when it is short, has
 * a digit or a hyphen. Every other word is replaced by the closest word the site uses or the
 * engine understands (a synonym or direction word), if one is close enough.
 */
import { editDistance } from '../lib/edit-distance.ts';
import { directions } from './directions.ts';
import { stopWords, tokenize } from './query.ts';
import { americanSpelling, synonyms } from './synonyms.ts';
import { isLexiconWord } from './topics.ts';
import type { Vocabulary } from './vocabulary.ts';

/**
 * How many slips a word of this length may carry and still be corrected. A three-letter word
 * gets one only for two swapped letters ("kye" → "key") or a dropped one ("rol" → "role"),
 * checked in slipsBetween. Hurried typing slips once per word (a swap, a doubled or missing
 * letter); allowing two slips below ten letters turned real words the site lacks into site
 * words ("repricing" → "replacing").
 */
export function allowedEdits(length: number): number {
  if (length < 3) return 0;
  if (length <= 9) return 1;
  return 2;
}

/** Endings that make a word an inflection of a vocabulary word ("appealed" of "appeal"). */
const inflections = ['s', 'es', 'ed', 'd', 'ing', 'er', 'ers', 'ly', 'ion', 'ions'];

/**
 * The endings English words take without becoming other words. The English list holds its
 * inflections already; these cover a plural or tense it lacks. Endings that make new words
 * ("ion", "ly") would protect slips: "extention" is no "extent" + "ion".
 */
const englishInflections = ['s', 'es', 'ed', 'd', 'ing'];

/**
 * Lookups built once per vocabulary: the set of words, and the words a typo may be corrected
 * to (the vocabulary's, then the words the engine understands) with their frequency rank.
 */
interface Lookup {
  words: readonly string[];
  known: ReadonlySet<string>;
  candidates: readonly string[];
  rank: ReadonlyMap<string, number>;
}

const lookups = new WeakMap<Vocabulary, Lookup>();

function lookupFor(vocabulary: Vocabulary): Lookup {
  let lookup = lookups.get(vocabulary);
  if (!lookup) {
    const known = new Set(vocabulary.words);
    // Stop words too, only to recognise their slips (closestWord never corrects to one).
    const extra = [...understood, ...stopWords].filter((w) => !known.has(w));
    const candidates = [...vocabulary.words, ...new Set(extra)];
    lookup = {
      words: vocabulary.words,
      known,
      candidates,
      rank: new Map(candidates.map((word, i) => [word, i])),
    };
    lookups.set(vocabulary, lookup);
  }
  return lookup;
}

/**
 * Words the engine understands without the vocabulary: synonyms, direction words and what
 * directions act on. A slip of one is corrected to it too ("sofware" → "software", which
 * the pages call "application"; "programer" → "programmer").
 */
const understood: ReadonlySet<string> = new Set(
  [
    ...Object.keys(synonyms),
    ...directions.flatMap((direction) => [...direction.words, ...direction.about]),
  ].filter((word) => /^\p{Ll}+$/u.test(word)),
);

/**
 * The words an inflected word may be made from: "appealed" of appeal, and with English's
 * spelling rules, "messaging" of message, "shipping" of ship, "applies" of apply.
 */
function stemsOf(word: string): string[] {
  const stems: string[] = [];
  for (const end of inflections) {
    const stem = word.slice(0, -end.length);
    if (!word.endsWith(end) || stem.length < 2) continue;
    // "stored" of store, "boxes" of box; "rejectd" is no form of reject, "roles" none of rol.
    if (takes(stem, end)) stems.push(stem);
    // A final e drops before an ending that starts with a vowel: "messaging" of message.
    if (/^[aeiou]/.test(end)) stems.push(`${stem}e`);
    if (/([^aeiou])\1$/.test(stem)) stems.push(stem.slice(0, -1));
    if (stem.endsWith('i')) stems.push(`${stem.slice(0, -1)}y`);
  }
  return stems;
}

/** Whether the vocabulary holds exactly this word (no inflection, no word it starts). */
export function hasExactWord(word: string, vocabulary: Vocabulary): boolean {
  return lookupFor(vocabulary).known.has(word);
}

/**
 * Whether a word can take this ending as it stands: "box" takes "es" and "store" takes "d",
 * but "rol" is no base of "roles" (that is "role") and "tol" none of "told".
 */
function takes(word: string, end: string): boolean {
  if (end === 'es') return /(s|x|z|ch|sh|o)$/.test(word);
  if (end === 'd') return word.endsWith('e');
  return true;
}

/** Below this length, a word that starts a site word may be a clipping of it ("auth", "info"). */
const clippedLength = 6;

/**
 * Whether the site uses this word, an inflection of it, or (while typing) a word it starts.
 * Only the last word of a query may be unfinished: a long word that stops short before other
 * words ("registr for mws") is a slip, while short clippings ("auth", "info") stay known.
 */
export function isKnownWord(word: string, vocabulary: Vocabulary, unfinished = true): boolean {
  const { known, words } = lookupFor(vocabulary);
  if (known.has(word)) return true;
  if (stemsOf(word).some((stem) => known.has(stem))) return true;
  if (inflections.some((end) => takes(word, end) && known.has(word + end))) return true;
  const clipped = unfinished || word.length < clippedLength;
  return clipped && word.length >= 4 && words.some((w) => w.startsWith(word));
}

/** Whether a word is in the English list (english.json), or a plural or tense of a word in it. */
export function isEnglish(word: string, english: Vocabulary): boolean {
  const { known } = lookupFor(english);
  return (
    known.has(word) ||
    englishInflections.some((end) => word.endsWith(end) && known.has(word.slice(0, -end.length)))
  );
}

/**
 * Whether a word is a site word done again ("reauthorized", "resubmit"): "re" and a word the
 * site uses. The English list holds few of these, and none is a slip of the word it repeats.
 */
export function isRedone(word: string, vocabulary: Vocabulary): boolean {
  const rest = word.slice(2);
  return word.startsWith('re') && rest.length >= 5 && isKnownWord(rest, vocabulary);
}

/** Whether a word may be corrected at all: not short, no digit or hyphen, not a stop word. */
export function isCorrectable(word: string): boolean {
  return (
    word.length >= 3 &&
    !stopWords.has(word) &&
    !/[\d-]/.test(word) &&
    ![word, ...stemsOf(word)].some((form) => understood.has(form))
  );
}

/**
 * How many slips apart a word and a candidate are, or null when more than `max` apart. Two
 * dropped letters in a longer word are allowed too ("develpr" of "developer"): hurried
 * typing drops letters more than it makes any other slip.
 */
function slipsBetween(word: string, candidate: string, max: number): number | null {
  // A three-letter word slips by two swapped letters ("kye") or one dropped ("rol" of role).
  if (word.length === 3) {
    if (candidate.length === 4 && isSubsequence(word, candidate)) return 1;
    if ([...candidate].sort().join('') !== [...word].sort().join('')) return null;
  }
  const distance = editDistance(word, candidate, max);
  if (distance <= max) return distance;
  return word.length >= droppedLettersLength &&
    candidate.length === word.length + 2 &&
    isSubsequence(word, candidate)
    ? 2
    : null;
}

/**
 * The shortest stem a slip is looked for in (correctWord). Shorter stems are a slip away from
 * too many site words: each English word built on one would have to ship in english.json.
 */
const stemLength = 6;

/** From this length, a word may have dropped two letters (see slipsBetween). */
const droppedLettersLength = 6;

/** Whether every letter of `short` appears in `long`, in order. */
function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const letter of long) if (letter === short[i]) i++;
  return i === short.length;
}

/**
 * The vocabulary word closest to an unknown word, or null when none is close enough.
 * Fewer edits win; then a word the typed one dropped a letter of ("removd" is "removed"
 * sooner than "remove": hurried typing drops letters most); then a word with the same first
 * letter; then the more frequent word.
 */
function closestWord(word: string, vocabulary: Vocabulary): string | null {
  const max = allowedEdits(word.length);
  if (max === 0) return null;
  const { candidates, rank } = lookupFor(vocabulary);
  let best: { word: string; score: [number, number, number, number] } | null = null;
  for (const candidate of candidates) {
    if (candidate.length < 3 || Math.abs(candidate.length - word.length) > Math.max(max, 2)) {
      continue;
    }
    const distance = slipsBetween(word, candidate, max);
    if (distance === null) continue;
    const score: [number, number, number, number] = [
      distance,
      candidate.length > word.length && isSubsequence(word, candidate) ? 0 : 1,
      candidate[0] === word[0] ? 0 : 1,
      rank.get(candidate) ?? Number.MAX_SAFE_INTEGER,
    ];
    if (!best || compare(score, best.score) < 0) best = { word: candidate, score };
  }
  // A slip of a stop word ("wher") is left alone, not turned into a site word ("her").
  if (!best || stopWords.has(best.word)) return null;
  return best.word;
}

/**
 * The site's word closest to a misspelt one, or null. When the site has the word only in
 * another form ("developing" is not on a page, "develop" is), the slip is looked for in the
 * word without its ending, and the ending put back ("devloping" → "developing").
 */
export function correctWord(word: string, vocabulary: Vocabulary): string | null {
  const direct = closestWord(word, vocabulary);
  if (direct !== null) return direct;
  for (const end of englishInflections) {
    const stem = word.slice(0, -end.length);
    if (!word.endsWith(end) || stem.length < stemLength) continue;
    const corrected = closestWord(stem, vocabulary);
    if (corrected !== null) return corrected + end;
  }
  return null;
}

/**
 * Prefixes that make one English word of two ("offline", "overdue", "backorder"), and the
 * ending that does ("timeout", "checkout", "payout"): a word starting or ending with one is a
 * compound, not two words run together.
 */
const compoundPrefixes: ReadonlySet<string> = new Set(['off', 'out', 'over', 'under', 'back']);
const compoundEnds: ReadonlySet<string> = new Set(['out']);

/** Two known words run together ("sellercentral" → "seller central"), or null. */
export function splitWord(word: string, vocabulary: Vocabulary): string | null {
  const { known } = lookupFor(vocabulary);
  for (let i = 3; i <= word.length - 3; i++) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    if (compoundPrefixes.has(left) || compoundEnds.has(right)) continue;
    if (known.has(left) && known.has(right)) return `${left} ${right}`;
  }
  return null;
}

/** The site's word for a misspelt one, or null: a run-together pair first, then the closest. */
function replacementFor(word: string, vocabulary: Vocabulary): string | null {
  return splitWord(word, vocabulary) ?? correctWord(word, vocabulary);
}

/** Whether a word before the query's last stops short of a site word ("registr for mws"). */
export function stopsShort(raw: string, vocabulary: Vocabulary): boolean {
  const typed = tokenize(raw);
  return typed
    .slice(0, -1)
    .some((word) => isKnownWord(word, vocabulary) && !isKnownWord(word, vocabulary, false));
}

/**
 * Names written in camel or Pascal case ("TypeError", "getOrders"), lowercased: pasted code or
 * an error's name, never a slip.
 */
function codeNames(raw: string): Set<string> {
  const names = raw.match(/\b\p{L}+\p{Ll}\p{Lu}[\p{L}\p{N}]*/gu) ?? [];
  return new Set(names.map((name) => name.toLowerCase()));
}

/**
 * The query with its misspelt words corrected, or null when there is nothing to correct: a
 * word is corrected when the site does not use it, `english` does not hold it, and a site
 * word is close enough.
 */
export function correctQuery(
  raw: string,
  vocabulary: Vocabulary,
  english: Vocabulary,
): string | null {
  let changed = false;
  const typed = tokenize(raw);
  const code = codeNames(raw);
  const corrected = typed.map((word, i) => {
    const last = i === typed.length - 1;
    if (!isCorrectable(word) || code.has(word) || isKnownWord(word, vocabulary, last)) return word;
    if (isEnglish(word, english) || isLexiconWord(word) || isRedone(word, vocabulary)) {
      return word;
    }
    // A British spelling of a known word is spelled right: it is searched as the American.
    const american = americanSpelling(word);
    if (american && (isKnownWord(american, vocabulary, last) || isEnglish(american, english))) {
      return word;
    }
    const replacement = replacementFor(word, vocabulary);
    if (replacement === null) return word;
    changed = true;
    return replacement;
  });
  return changed ? corrected.join(' ') : null;
}

/**
 * The English words that correction would wrongly touch: those the site never uses that are a
 * typo away from a site word (or split into two). Run at build time over a whole English word
 * list; only these ship, in the vocabulary file. Candidates come from shared deletions (two
 * words within k edits share a string reached by at most k deletions from each), so the build
 * does not compare every English word with every site word.
 */
export function protectedEnglish(vocabulary: Vocabulary, englishWords: Iterable<string>): string[] {
  const byDeletion = new Map<string, string[]>();
  for (const word of lookupFor(vocabulary).candidates) {
    if (word.length < 3 || stopWords.has(word)) continue;
    for (const key of deletions(word, allowedEdits(word.length + 3))) {
      const list = byDeletion.get(key);
      if (list) list.push(word);
      else byDeletion.set(key, [word]);
    }
  }
  const kept = new Set<string>();
  for (const word of englishWords) {
    if (!/^\p{Ll}+$/u.test(word) || !isCorrectable(word) || kept.has(word)) continue;
    // A word that only starts a site word is corrected before the query's last word.
    if (isKnownWord(word, vocabulary, false)) continue;
    const nearSite = (w: string) => {
      const max = allowedEdits(w.length);
      return [...deletions(w, max)].some((key) =>
        (byDeletion.get(key) ?? []).some((candidate) => isCandidate(w, candidate, max)),
      );
    };
    // As correctWord does: the word, or the word without its ending ("mending" of "mend").
    const near =
      nearSite(word) ||
      englishInflections.some(
        (end) =>
          word.endsWith(end) &&
          word.length - end.length >= stemLength &&
          nearSite(word.slice(0, -end.length)),
      );
    if (near || splitWord(word, vocabulary) !== null) kept.add(word);
  }
  return [...kept].sort();
}

/** The same test correctWord applies to one candidate. */
function isCandidate(word: string, candidate: string, max: number): boolean {
  return slipsBetween(word, candidate, max) !== null;
}

/** The word and every string made from it by deleting up to `k` letters. */
function deletions(word: string, k: number): Set<string> {
  const found = new Set([word]);
  let frontier = [word];
  for (let step = 0; step < k; step++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const shorter = w.slice(0, i) + w.slice(i + 1);
        if (!found.has(shorter)) {
          found.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return found;
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i] - b[i];
  }
  return 0;
}
