/**
 * The one way notes are checked: a set of thank-you notes against their
 * context (the application's rounds and people), each note by the checks of
 * its text — thanks, fit, names, spelling — and against the earlier notes of
 * its round for similarity. `checkLetter` checks one letter with the round's
 * other notes through it; `evaluate` checks every note of a record through it.
 * Pure and synchronous: spelling is delegated to a {@link SpellChecker} the
 * caller loads (or not).
 */
import { checkContextNames } from './check-context-names.js';
import { checkFit } from './check-fit.js';
import { checkNames } from './check-names.js';
import {
  type ComparedNote,
  DEFAULT_SIMILARITY_THRESHOLD,
  similarityFindings,
} from './check-similarity.js';
import { checkSpelling } from './check-spelling.js';
import { checkThanks } from './check-thanks.js';
import { sortFindings } from './findings.js';
import { ELISIONS } from './languages.js';
import { type LetterText, readLetter } from './letter-text.js';
import { nameWords } from './names.js';
import type { NoteContext, WordMemo, WordSet } from './note-context.js';
import { addressTokens, sentenceStarts } from './positions.js';
import { wordPairs } from './similarity.js';
import { words } from './text-words.js';
import { normalizeWord } from './tokens.js';
import type { LetterFinding, SpellChecker } from './types.js';
import { ADDRESS_WORDS, HONORIFICS } from './word-lists.js';

/** A thank-you note to check, or only to compare the others with. */
export interface NoteToCheck {
  readonly body: string;
  /** Its round: a note is compared only with the notes of its round. */
  readonly roundId: string;
  /**
   * Its addressee. Notes with the same `id` are never compared with each
   * other; a note without one is compared with every other note of its round.
   */
  readonly interviewer: { readonly id?: string; readonly name: string; readonly title?: string };
  /** When it was sent, epoch ms; absent for a draft (drafts come after every sent note). */
  readonly sentAt?: number;
  /** `false`: the note is only compared with; its own findings are not worked out. */
  readonly check?: boolean;
}

/** What a set of notes is about: one application and its rounds. */
export interface NotesContext {
  /** The writer; their name is accepted by the spelling check. */
  readonly candidate?: { readonly name: string };
  readonly employer: { readonly name: string };
  readonly position: { readonly title: string };
  /**
   * The rounds that count, each with its interviewers' names. Every name is
   * accepted by the spelling check; within a round, a greeting naming another
   * of its interviewers is `wrong-name`, and similarity sets their names aside.
   * A note's addressee counts as an interviewer of its round.
   */
  readonly rounds: readonly { readonly id: string; readonly interviewers: readonly string[] }[];
  /** Extra words to accept as correctly spelt; any case. */
  readonly acceptedWords?: readonly string[];
  /** Similarity from which two notes are near-identical, 0–1 (default 0.9). */
  readonly similarityThreshold?: number;
  /** Give each misspelt word the checker's suggestions (default false: they take milliseconds a word). */
  readonly suggest?: boolean;
}

/** A round's people: each one's name words, and all those words together. */
interface Panel {
  readonly people: (readonly string[])[];
  readonly names: Set<string>;
}

/** A note's addressee's name words, and the other people of its round (see `NoteContext`). */
type People = Pick<NoteContext, 'addressee' | 'others' | 'othersWords'>;

/** The panel of every round: its interviewers and the addressees of its notes. */
function panelsOf(notes: readonly NoteToCheck[], context: NotesContext): Map<string, Panel> {
  const names = new Map<string, Set<string>>();
  const add = (round: string, name: string) => {
    const set = names.get(round) ?? new Set<string>();
    set.add(name);
    names.set(round, set);
  };
  for (const round of context.rounds) for (const name of round.interviewers) add(round.id, name);
  for (const note of notes) add(note.roundId, note.interviewer.name);
  const panels = new Map<string, Panel>();
  for (const [round, set] of names) {
    const people = [...set].map(nameWords);
    panels.set(round, { people, names: new Set(people.flat()) });
  }
  return panels;
}

/** Words every note may use, whatever its context: honorifics, forms of address, French elisions. */
const ALWAYS_KNOWN: ReadonlySet<string> = new Set([...HONORIFICS, ...ADDRESS_WORDS, ...ELISIONS]);

/**
 * The words every note of `context` may use beyond {@link ALWAYS_KNOWN}:
 * names, the employer, the position, accepted words.
 */
function knownWords(context: NotesContext, panels: ReadonlyMap<string, Panel>): Set<string> {
  const known = new Set<string>();
  const addAll = (list: readonly string[]) => {
    for (const w of list) known.add(w);
  };
  for (const panel of panels.values()) addAll([...panel.names]);
  addAll(nameWords(context.candidate?.name ?? ''));
  addAll(words(context.employer.name));
  addAll(words(context.position.title));
  for (const w of context.acceptedWords ?? []) addAll([normalizeWord(w), ...words(w)]);
  return known;
}

/** The checks of one letter's text; findings unsorted. */
function checkText(
  letter: LetterText,
  note: NoteContext,
  spell: SpellChecker | undefined,
  suggest: boolean,
): LetterFinding[] {
  const findings: LetterFinding[] = [];
  const thanks = checkThanks(letter);
  if (thanks) findings.push(thanks);
  const starts = sentenceStarts(letter);
  const names = checkNames(letter, note, spell, addressTokens(letter, starts), starts);
  findings.push(...names.findings);
  const context = checkContextNames(letter, note, spell, names.reported);
  findings.push(...context.findings);
  // A misspelt employer or title is named, if wrongly: that finding says it.
  const fit = context.findings.length === 0 ? checkFit(letter, note) : undefined;
  if (fit) findings.push(fit);
  const reported = new Set([...names.reported, ...context.reported]);
  const spelling = spell && checkSpelling(letter, note.known, spell, reported, starts, suggest);
  if (spelling) findings.push(spelling);
  return findings;
}

/**
 * Checks a set of notes against their context and returns the findings of
 * each, in the order of `notes`, each list ordered by code (name-misspelled,
 * employer-misspelled, position-misspelled, wrong-name, spelling, no-thanks,
 * no-fit, too-similar). A blank note,
 * or one with `check: false`, gets `[]`. Without `spell`, spelling is not
 * checked (the other checks still are).
 *
 * @example
 * const [toPriya, toTom] = checkNotes(
 *   [
 *     { roundId: 'r1', interviewer: { name: 'Priya Nair' }, body: 'Dear Priya, thank you for the Data Analyst interview.' },
 *     { roundId: 'r1', interviewer: { name: 'Tom Baker' }, body: 'Dear Tom, thank you for the Data Analyst interview.' },
 *   ],
 *   { employer: { name: 'Northwind' }, position: { title: 'Data Analyst' }, rounds: [] },
 * )
 * // toPriya: []
 * // toTom: [{ code: 'too-similar', similarity: 1, similarTo: 'Priya Nair', words: [], ranges: [], … }]
 */
export function checkNotes(
  notes: readonly NoteToCheck[],
  context: NotesContext,
  spell?: SpellChecker,
): LetterFinding[][] {
  const hasBody = notes.map((n) => n.body.trim().length > 0);
  // No note with a body: no text to check and nothing to compare, so none of
  // the context (names, known words) is worked out.
  if (!hasBody.includes(true)) return notes.map(() => []);
  const panels = panelsOf(notes, context);
  const known = knownWords(context, panels);
  const titleWords = words(context.position.title);
  const employerWords = words(context.employer.name);
  const keyOf = (note: NoteToCheck, i: number) => note.interviewer.id ?? `\u0000${i}`;
  // The words a note may use depend on its addressee's title: notes to
  // people of one title share them, and the answers about words that
  // depend on them; the other answers about words are shared by every note.
  const byTitle = new Map<string, { known: WordSet; memo: WordMemo }>();
  const knownTo = (title: string) => {
    let entry = byTitle.get(title);
    if (entry === undefined) {
      const ownTitle = new Set(words(title));
      entry = {
        known: { has: (w) => known.has(w) || ALWAYS_KNOWN.has(w) || ownTitle.has(w) },
        memo: { known: new Map() },
      };
      byTitle.set(title, entry);
    }
    return entry;
  };

  // A note is compared with notes of its round to someone else, and with
  // notes to the same person after other rounds: who in each round, and
  // which rounds for each person, have a note with a body.
  const writtenTo = new Map<string, Set<string>>();
  const roundsOf = new Map<string, Set<string>>();
  notes.forEach((note, i) => {
    if (!hasBody[i]) return;
    const people = writtenTo.get(note.roundId) ?? new Set<string>();
    people.add(keyOf(note, i));
    writtenTo.set(note.roundId, people);
    const rounds = roundsOf.get(keyOf(note, i)) ?? new Set<string>();
    rounds.add(note.roundId);
    roundsOf.set(keyOf(note, i), rounds);
  });

  // A note's addressee and the others of its round (whom its greeting could
  // name by mistake): worked out once per round and addressee.
  const peopleOf = new Map<string, Map<string, People>>();
  const peopleTo = (round: string, name: string, panel: Panel): People => {
    const byName = peopleOf.get(round) ?? new Map<string, People>();
    peopleOf.set(round, byName);
    let people = byName.get(name);
    if (people === undefined) {
      const addressee = nameWords(name);
      const addresseeSet = new Set(addressee);
      const others = panel.people.filter((o) => !o.every((w) => addresseeSet.has(w)));
      people = { addressee, others, othersWords: new Set(others.flat()) };
      byName.set(name, people);
    }
    return people;
  };

  const compared = new Map<number, ComparedNote>();
  const wordIds = new Map<string, number>();
  const findings = notes.map((note, i): LetterFinding[] => {
    if (!hasBody[i]) return [];
    const panel = panels.get(note.roundId) ?? { people: [], names: new Set<string>() };
    const letter = readLetter(note.body);
    // The note's word pairs, with its round's names set aside, when there is
    // a note to compare it with; the tokens themselves are not kept.
    const peers = writtenTo.get(note.roundId)?.size ?? 0;
    if (peers > 1 || (roundsOf.get(keyOf(note, i))?.size ?? 0) > 1) {
      compared.set(i, {
        round: note.roundId,
        to: keyOf(note, i),
        toName: note.interviewer.name,
        sentAt: note.sentAt,
        pairs: wordPairs(letter.bases, letter.ids, panel.names, wordIds),
      });
    }
    if (note.check === false) return [];
    const { addressee, others, othersWords } = peopleTo(note.roundId, note.interviewer.name, panel);
    const { known: noteKnown, memo } = knownTo(note.interviewer.title ?? '');
    return checkText(
      letter,
      {
        interviewerName: note.interviewer.name,
        positionTitle: context.position.title,
        employerName: context.employer.name,
        addressee,
        others,
        othersWords,
        known: noteKnown,
        titleWords,
        employerWords,
        memo,
      },
      spell,
      context.suggest === true,
    );
  });

  const threshold = context.similarityThreshold ?? DEFAULT_SIMILARITY_THRESHOLD;
  for (const [i, found] of similarityFindings(compared, threshold)) {
    if (notes[i]?.check !== false) findings[i]?.push(found);
  }
  return findings.map(sortFindings);
}
