/**
 * Thank-you notes as subjects (G5–G8): each note of a round that counts,
 * with what the letter checks (`checkNotes`, the function behind
 * `checkLetter`, passed in the context so that it loads only for a note with
 * a body) found in its body. `misspelledWords` are the ordinary words
 * of `spelling` (the `thank-you.spelling` warning); `nameMisspellings` the
 * names written wrong — the interviewer's, the employer's, the position's
 * (the critical `thank-you.typos`). Similarity is measured between notes of
 * the same round to different interviewers; the later note (by `sentAt`,
 * drafts last, then record order) is the one flagged.
 */

import { parseDateTime } from '../calendar/time-formats.js';
import type { NoteToCheck } from '../letters/check-notes.js';
import type { LetterFinding } from '../letters/types.js';
import type { FactContext, Scoped } from './context.js';
import { type Computed, defineFact } from './define-fact.js';
import type { RoundInfo } from './rounds.js';

/** One thank-you note, draft or sent, and what the letter checks found in it. */
export const noteFact = /* @__PURE__ */ defineFact({
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
    /** The round the note is for, as a plan names it. */
    round: 'roundName',
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
    /**
     * Near-identical to an earlier note of the same round to someone else, or
     * to an earlier note to the same interviewer after another round.
     */
    similarToEarlier: 'boolean',
    /** The interviewer of that earlier note. */
    similarTo: 'text?',
    /** That earlier note is to the same interviewer, after another round. */
    similarAcrossRounds: 'boolean',
    /** The round of that earlier note, when it is another round. */
    similarToRound: 'roundName?',
    /** The similarity found (0–1). */
    similarity: 'number?',
  },
});

/** The value of the `note` fact. */
export type NoteFact = Computed<typeof noteFact>;

function lettersOf(ctx: FactContext): NonNullable<FactContext['checkNotes']> {
  if (ctx.checkNotes === undefined)
    throw new Error('A note has a body but no letter checks were loaded.');
  return ctx.checkNotes;
}

function find(findings: readonly LetterFinding[], code: LetterFinding['code']) {
  return findings.find((f) => f.code === code);
}

export function noteSubjects(ctx: FactContext, rounds: readonly RoundInfo[]): Scoped<NoteFact>[] {
  const byId = new Map(rounds.map((r) => [r.round.id, r]));
  const notes = (ctx.record.thankYouNotes ?? []).flatMap((note, index) => {
    const r = byId.get(note.interviewId);
    // A note of a cancelled round does not count. The record's checks make
    // every note name an interviewer of its round.
    const person = r?.round.interviewers.find((p) => p.id === note.interviewerId);
    return r === undefined || person === undefined ? [] : [{ note, index, person, r }];
  });
  if (notes.length === 0) return [];

  const toCheck = notes.map(
    ({ note, person }): NoteToCheck => ({
      body: note.body ?? '',
      roundId: note.interviewId,
      interviewer: { id: person.id, name: person.name, title: person.title },
      sentAt: note.sentAt === undefined ? undefined : parseDateTime(note.sentAt),
    }),
  );
  // A blank note has no findings: without a body to check, the letter checks
  // are not needed (nor loaded: the engine imports them for a note with one).
  const findings = toCheck.every((n) => n.body.trim().length === 0)
    ? []
    : lettersOf(ctx)(
        toCheck,
        {
          candidate: { name: ctx.record.candidate.name },
          employer: { name: ctx.record.employer.name },
          position: { title: ctx.record.position.title },
          rounds: rounds.map((r) => ({
            id: r.round.id,
            interviewers: r.round.interviewers.map((p) => p.name),
          })),
          acceptedWords: ctx.acceptedWords,
          similarityThreshold: ctx.policy.letterSimilarityThreshold,
        },
        ctx.spell,
      );

  return notes.map(({ note, index, person, r }, i) => {
    const found = findings[i] ?? [];
    const hasBody = (note.body ?? '').trim().length > 0;
    const spelling = find(found, 'spelling');
    // A name written wrong, the reader's, the employer's or the position's:
    // all three are the critical `thank-you.typos`.
    const names = found.filter(
      (f) =>
        f.code === 'name-misspelled' ||
        f.code === 'employer-misspelled' ||
        f.code === 'position-misspelled',
    );
    const wrong = find(found, 'wrong-name');
    const similar = find(found, 'too-similar');
    const fact: NoteFact = {
      index,
      interviewId: note.interviewId,
      interviewerId: note.interviewerId,
      interviewerName: person.name,
      round: r.name,
      status: note.status,
      medium: note.medium,
      hasBody,
      hasThanks: hasBody && find(found, 'no-thanks') === undefined,
      mentionsFit: hasBody && find(found, 'no-fit') === undefined,
      misspelledCount: spelling?.words.length ?? 0,
      misspelledWords: spelling?.words ?? [],
      nameMisspelled: names.length > 0,
      nameMisspellings: names.flatMap((f) => f.words),
      wrongNameUsed: wrong ? wrong.words.join(' ') : null,
      similarToEarlier: similar !== undefined,
      similarTo: similar?.similarTo ?? null,
      similarAcrossRounds: similar?.similarRound !== undefined,
      similarToRound:
        similar?.similarRound === undefined ? null : (byId.get(similar.similarRound)?.name ?? null),
      similarity: similar?.similarity ?? null,
    };
    return {
      subject: {
        kind: 'interviewer',
        id: person.id,
        name: person.name,
        interviewId: note.interviewId,
      },
      fact,
    };
  });
}
