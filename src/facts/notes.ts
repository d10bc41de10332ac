/**
 * Thank-you notes as subjects (G5–G8): each note of a round that counts,
 * with what the letter checks found in its body. Similarity is measured
 * between notes of the same round to different interviewers; the later note
 * (by `sentAt`, drafts last, then record order) is the one flagged.
 */

import { parseDateTime } from '../calendar/time-formats.js';
import {
  checkPrepared,
  contextWords,
  type LetterFinding,
  nameWords,
  type PreparedContext,
} from '../letters/check-letter.js';
import { bigrams, dice } from '../letters/similarity.js';
import { readLetter, words } from '../letters/tokens.js';
import type { FactContext, Scoped } from './context.js';
import { type Computed, defineFact } from './define-fact.js';
import type { RoundInfo } from './rounds.js';

/** One thank-you note, draft or sent, and what the letter checks found in it. */
export const noteFact = defineFact({
  name: 'note',
  subject: 'interviewer',
  fields: {
    /** Position in `thankYouNotes`. */
    index: 'number',
    /** Round id. */
    interviewId: 'text',
    /** Interviewer id. */
    interviewerId: 'text',
    /** Interviewer name. */
    interviewerName: 'text',
    /** `draft` or `sent`. */
    status: 'text',
    /** `email`, `mail`, `fax` or `hand-delivered`. */
    medium: 'text',
    /** The note has a body to check. */
    hasBody: 'boolean',
    /** The body thanks the reader (false without a body). */
    hasThanks: 'boolean',
    /** The body names the position title or the employer (false without a body). */
    mentionsFit: 'boolean',
    /** Words the spelling check does not know. */
    misspelledCount: 'number',
    /** Those words. */
    misspelledWords: 'words',
    /** The body misspells the interviewer's name. */
    nameMisspelled: 'boolean',
    /** The misspelt forms of the name. */
    nameMisspellings: 'words',
    /** Another interviewer's name used in the greeting. */
    wrongNameUsed: 'text?',
    /** Near-identical to an earlier note of the same round to someone else. */
    similarToEarlier: 'boolean',
    /** The interviewer of that earlier note. */
    similarTo: 'text?',
    /** The similarity found (0–1). */
    similarity: 'number?',
  },
});

/** The value of the `note` fact. */
export type NoteFact = Computed<typeof noteFact>;

function find(findings: readonly LetterFinding[], code: LetterFinding['code']) {
  return findings.find((f) => f.code === code);
}

export function noteSubjects(ctx: FactContext, rounds: readonly RoundInfo[]): Scoped<NoteFact>[] {
  const byId = new Map(rounds.map((r) => [r.round.id, r]));
  const notes = (ctx.record.thankYouNotes ?? []).flatMap((note, index) => {
    const r = byId.get(note.interviewId);
    if (r === undefined) return []; // a cancelled round
    const person = r.round.interviewers.find((p) => p.id === note.interviewerId)!;
    return [{ note, index, person, round: r }];
  });
  if (notes.length === 0) return [];

  // Worked out once per record, shared by every note: the words of every
  // name on the record (accepted by the spelling check), and each round's
  // panel (the names a greeting could mix up, and those similarity sets aside).
  const base = contextWords({
    interviewer: { name: '' }, // every interviewer is in otherInterviewers
    otherInterviewers: [...new Set(rounds.flatMap((r) => r.round.interviewers.map((p) => p.name)))],
    candidate: { name: ctx.record.candidate.name },
    employer: { name: ctx.record.employer.name },
    position: { title: ctx.record.position.title },
    ...(ctx.acceptedWords ? { acceptedWords: ctx.acceptedWords } : {}),
  });
  const panels = new Map<string, { words: string[][]; names: Set<string> }>();
  const panelOf = (r: RoundInfo) => {
    let panel = panels.get(r.round.id);
    if (panel === undefined) {
      const panelWords = r.round.interviewers.map((p) => nameWords(p.name));
      panel = { words: panelWords, names: new Set(panelWords.flat()) };
      panels.set(r.round.id, panel);
    }
    return panel;
  };

  // A note is compared only with notes of its round to someone else: who in
  // each round has a note with a body.
  const hasBody = notes.map(({ note }) => (note.body ?? '').trim().length > 0);
  const writtenTo = new Map<string, Set<string>>();
  notes.forEach(({ note, person }, i) => {
    if (!hasBody[i]) return;
    const people = writtenTo.get(note.interviewId) ?? new Set<string>();
    people.add(person.id);
    writtenTo.set(note.interviewId, people);
  });

  const sets = new Map<number, Set<number>>();
  const wordIds = new Map<string, number>();
  const facts = notes.map(({ note, index, person, round }, i) => {
    const body = note.body ?? '';
    let findings: LetterFinding[] = [];
    if (hasBody[i]) {
      const letter = readLetter(body);
      // The note's word pairs for the similarity check, with the round's panel
      // names set aside, when there is a note to compare it with; the tokens
      // themselves are not kept.
      if (writtenTo.get(note.interviewId)!.size > 1) {
        sets.set(i, bigrams(letter.lower, panelOf(round).names, wordIds));
      }
      const addressee = nameWords(person.name);
      const addresseeSet = new Set(addressee);
      const titleWords = new Set(words(person.title ?? ''));
      const prepared: PreparedContext = {
        interviewerName: person.name,
        positionTitle: ctx.record.position.title,
        employerName: ctx.record.employer.name,
        addressee,
        others: panelOf(round).words.filter((o) => !o.every((w) => addresseeSet.has(w))),
        known: { has: (w) => base.has(w) || titleWords.has(w) },
        titleWords: words(ctx.record.position.title),
        employerWords: words(ctx.record.employer.name),
      };
      findings = checkPrepared(letter, prepared, ctx.spell);
    }
    const spelling = find(findings, 'spelling');
    const name = find(findings, 'name-misspelled');
    const wrong = find(findings, 'wrong-name');
    const fact: NoteFact = {
      index,
      interviewId: note.interviewId,
      interviewerId: note.interviewerId,
      interviewerName: person.name,
      status: note.status,
      medium: note.medium,
      hasBody: hasBody[i]!,
      hasThanks: hasBody[i]! && find(findings, 'no-thanks') === undefined,
      mentionsFit: hasBody[i]! && find(findings, 'no-fit') === undefined,
      misspelledCount: spelling?.words.length ?? 0,
      misspelledWords: spelling?.words ?? [],
      nameMisspelled: name !== undefined,
      nameMisspellings: name?.words ?? [],
      wrongNameUsed: wrong ? wrong.words.join(' ') : null,
      similarToEarlier: false,
      similarTo: null,
      similarity: null,
    };
    return fact;
  });

  // Similarity within each round, each note against the notes before it (the
  // measure of letters/similarity.ts, with the round's panel names set aside).
  const order = notes
    .map((n, i) => ({
      i,
      key: n.note.sentAt === undefined ? Number.POSITIVE_INFINITY : parseDateTime(n.note.sentAt)!,
    }))
    .filter(({ i }) => sets.has(i))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map(({ i }) => i);
  const setOf = (i: number) => sets.get(i)!;
  for (let a = 0; a < order.length; a++) {
    const later = order[a]!;
    let best: { similarity: number; to: string } | undefined;
    for (let b = 0; b < a; b++) {
      const earlier = order[b]!;
      if (notes[earlier]!.note.interviewId !== notes[later]!.note.interviewId) continue;
      if (notes[earlier]!.person.id === notes[later]!.person.id) continue;
      const s = dice(setOf(later), setOf(earlier));
      if (
        s >= ctx.policy.letterSimilarityThreshold &&
        (best === undefined || s > best.similarity)
      ) {
        best = { similarity: s, to: notes[earlier]!.person.name };
      }
    }
    if (best) {
      const fact = facts[later]!;
      fact.similarToEarlier = true;
      fact.similarTo = best.to;
      fact.similarity = Math.round(best.similarity * 1000) / 1000;
    }
  }

  return notes.map((n, i) => ({
    subject: {
      kind: 'interviewer',
      id: n.person.id,
      name: n.person.name,
      interviewId: n.note.interviewId,
    },
    fact: facts[i]!,
  }));
}
