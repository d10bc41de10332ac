/**
 * The words of a thank-you draft, as data (`rules/locales/drafts/<locale>.json`,
 * beside the rule translations), and how a draft is written from them: each
 * sentence has several phrasings, and the one used is chosen from the round
 * (a hash of its id) and the interviewer's place on its panel, so the notes
 * of one panel differ and the same input always gives the same note.
 *
 * Variant counts are 4 (thanks), 5 (topic), 3 (fit) and 7 (next steps): two
 * panel members share a phrasing of a sentence only when the distance between
 * their places is a multiple of its count, so within a panel of up to 60
 * people every two notes differ in at least two of those four sentences.
 */

import type { SupportedLocale } from '../text/locale.js';
import { fill } from '../text/locale-text.js';

/** The kinds of greeting a draft opens with: by the honorific before the name, or none. */
export type GreetingKind = 'female' | 'male' | 'doctor' | 'professor' | 'none' | 'warm';

/** One locale's draft words: phrasings by sentence, greetings, closings, placeholders. */
export interface DraftWords {
  /** Subject lines; `{position}`, `{day}`. */
  readonly subject: readonly string[];
  /** Greetings by kind; `{surname}` after an honorific, `{name}` (none), `{first}` (warm). */
  readonly greetings: Readonly<Record<GreetingKind, string>>;
  /** The thanks, naming the day, position and employer: `{day}`, `{position}`, `{employer}`. */
  readonly thanks: readonly string[];
  /** A topic they discussed: `{topic}`. */
  readonly topic: readonly string[];
  /** Why the candidate fits: `{strength}`. */
  readonly fit: readonly string[];
  /** The last sentence: next steps, no placeholder. */
  readonly next: readonly string[];
  /** Closings by tone. */
  readonly closing: { readonly formal: readonly string[]; readonly warm: readonly string[] };
  /** What stands in for a topic or a strength the candidate has not given yet. */
  readonly placeholders: { readonly topic: string; readonly strength: string };
}

type Loader = () => Promise<{ default: unknown }>;

/** One loader a locale, each specifier written out so bundlers split each file apart. */
const LOADERS: Readonly<Record<SupportedLocale, Loader>> = {
  'en-US': () => import('../../rules/locales/drafts/en-US.json', { with: { type: 'json' } }),
  'en-GB': () => import('../../rules/locales/drafts/en-GB.json', { with: { type: 'json' } }),
  es: () => import('../../rules/locales/drafts/es.json', { with: { type: 'json' } }),
  fr: () => import('../../rules/locales/drafts/fr.json', { with: { type: 'json' } }),
  de: () => import('../../rules/locales/drafts/de.json', { with: { type: 'json' } }),
};

const loaded = new Map<SupportedLocale, Promise<DraftWords>>();

/** The draft words of a locale, loaded once. */
export function loadDraftWords(locale: SupportedLocale): Promise<DraftWords> {
  let words = loaded.get(locale);
  if (words === undefined) {
    words = LOADERS[locale]().then((m) => m.default as DraftWords);
    words.catch(() => loaded.delete(locale));
    loaded.set(locale, words);
  }
  return words;
}

/** Honorifics a name may start with, in any bundled language, and the greeting each takes. */
const HONORIFIC_KINDS: Readonly<Record<string, Addressee['kind']>> = {
  ms: 'female',
  mrs: 'female',
  miss: 'female',
  sra: 'female',
  srta: 'female',
  mme: 'female',
  mlle: 'female',
  madame: 'female',
  frau: 'female',
  mr: 'male',
  sr: 'male',
  'm.': 'male',
  monsieur: 'male',
  herr: 'male',
  dr: 'doctor',
  dra: 'doctor',
  prof: 'professor',
  professor: 'professor',
  profesor: 'professor',
  profesora: 'professor',
  professeur: 'professor',
};

/** How an interviewer is greeted: the kind, their surname and first name, and their full name. */
export interface Addressee {
  readonly kind: Exclude<GreetingKind, 'warm'>;
  readonly name: string;
  readonly first: string;
  readonly surname: string;
}

/** The key of a word in {@link HONORIFIC_KINDS}: lower case, a dot dropped (but "M." keeps it). */
function honorificKey(word: string): string {
  const lower = word.toLowerCase();
  return lower === 'm.' ? lower : lower.replace(/\.$/, '');
}

/**
 * Who a note greets: an honorific at the start of the name (`Ms Priya Nair`,
 * `Dr. Alan Park`) or as the whole `title` field (`Dr.`) gives the formal
 * greeting with the surname; otherwise the full name, as written.
 */
export function addressee(name: string, title: string | undefined): Addressee {
  const words = name.trim().split(/\s+/);
  let kind: Addressee['kind'] = 'none';
  const lead = HONORIFIC_KINDS[honorificKey(words[0] ?? '')];
  if (lead !== undefined && words.length > 1) {
    kind = lead;
    words.shift();
  } else if (title !== undefined) {
    kind = HONORIFIC_KINDS[honorificKey(title.trim())] ?? 'none';
  }
  return {
    kind,
    name: words.join(' '),
    first: words[0] ?? '',
    surname: words.at(-1) ?? '',
  };
}

/** FNV-1a, 32 bits: a stable hash of a string, the same in every runtime. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** What one draft says. */
export interface DraftInput {
  readonly words: DraftWords;
  readonly to: Addressee;
  readonly tone: 'formal' | 'warm';
  /** The round's id (its hash picks the phrasings) and the interviewer's place on its panel. */
  readonly roundId: string;
  readonly place: number;
  /** The interview's day in words ("Wednesday, November 25"). */
  readonly day: string;
  readonly position: string;
  readonly employer: string;
  readonly candidate: string;
  /** The topics and strengths as one phrase each ("a and b"), or `undefined` for the placeholder. */
  readonly topic: string | undefined;
  readonly strength: string | undefined;
}

/** The phrasing of sentence `key` for the interviewer at `place` of round `roundId`. */
function pick(list: readonly string[], roundId: string, key: string, place: number): string {
  const n = list.length;
  return list[(((hash(`${roundId}\u0000${key}`) + place) % n) + n) % n] ?? '';
}

/** The subject and body of a draft. */
export function composeDraft(input: DraftInput): { subject: string; body: string } {
  const { words, roundId, place } = input;
  const values = {
    day: input.day,
    position: input.position,
    employer: input.employer,
    topic: input.topic ?? words.placeholders.topic,
    strength: input.strength ?? words.placeholders.strength,
    name: input.to.name,
    first: input.to.first,
    surname: input.to.surname,
  };
  const sentence = (key: 'thanks' | 'topic' | 'fit' | 'next') =>
    fill(pick(words[key], roundId, key, place), values);
  const greeting = fill(words.greetings[input.tone === 'warm' ? 'warm' : input.to.kind], values);
  const closing = pick(words.closing[input.tone], roundId, 'closing', place);
  const body = [
    greeting,
    `${sentence('thanks')} ${sentence('topic')}`,
    `${sentence('fit')} ${sentence('next')}`,
    `${closing}\n${input.candidate}`,
  ].join('\n\n');
  return { subject: fill(pick(words.subject, roundId, 'subject', place), values), body };
}
