/**
 * Thank-you notes as subjects (G5–G8): each note of a round that counts,
 * with what the letter checks found in its body. Similarity is measured
 * between notes of the same round to different interviewers; the later note
 * (by `sentAt`, drafts last, then record order) is the one flagged.
 */
import { checkLetterText, type LetterFinding, nameWords } from '../letters/check-letter.js';
import { type ComparedNote, noteSimilarity, noteWords } from '../letters/similarity.js';
import { parseDateTime } from '../record/time-formats.js';
import type { FactContext, Scoped } from './context.js';
import type { RoundInfo } from './rounds.js';

export interface NoteFact {
  index: number;
  interviewId: string;
  interviewerId: string;
  interviewerName: string;
  status: string;
  medium: string;
  hasBody: boolean;
  hasThanks: boolean;
  mentionsFit: boolean;
  misspelledCount: number;
  misspelledWords: readonly string[];
  nameMisspelled: boolean;
  nameMisspellings: readonly string[];
  wrongNameUsed: string | null;
  similarToEarlier: boolean;
  similarTo: string | null;
  similarity: number | null;
}

function find(findings: readonly LetterFinding[], code: LetterFinding['code']) {
  return findings.find((f) => f.code === code);
}

export function noteSubjects(ctx: FactContext, rounds: readonly RoundInfo[]): Scoped<NoteFact>[] {
  const byId = new Map(rounds.map((r) => [r.round.id, r]));
  const allNames = [...new Set(rounds.flatMap((r) => r.round.interviewers.map((p) => p.name)))];
  const notes = (ctx.record.thankYouNotes ?? []).flatMap((note, index) => {
    const r = byId.get(note.interviewId);
    if (r === undefined) return []; // a cancelled round
    const person = r.round.interviewers.find((p) => p.id === note.interviewerId)!;
    return [{ note, index, person, round: r }];
  });

  const facts = notes.map(({ note, index, person }) => {
    const body = note.body ?? '';
    const hasBody = body.trim().length > 0;
    const findings = hasBody
      ? checkLetterText(
          body,
          {
            interviewer: { name: person.name, ...(person.title ? { title: person.title } : {}) },
            candidate: { name: ctx.record.candidate.name },
            employer: { name: ctx.record.employer.name },
            position: { title: ctx.record.position.title },
            otherInterviewers: allNames.filter((n) => n !== person.name),
            ...(ctx.acceptedWords ? { acceptedWords: ctx.acceptedWords } : {}),
          },
          ctx.spell,
        )
      : [];
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
      hasBody,
      hasThanks: hasBody && find(findings, 'no-thanks') === undefined,
      mentionsFit: hasBody && find(findings, 'no-fit') === undefined,
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
  // same measure as the letter check's `too-similar`, see letters/similarity.ts).
  const order = notes
    .map((n, i) => ({
      i,
      key: n.note.sentAt === undefined ? Number.POSITIVE_INFINITY : parseDateTime(n.note.sentAt)!,
    }))
    .filter(({ i }) => facts[i]!.hasBody)
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map(({ i }) => i);
  const compared = new Map<number, ComparedNote>();
  const comparedOf = (i: number) => {
    let c = compared.get(i);
    if (c === undefined) {
      c = { words: noteWords(notes[i]!.note.body!), nameWords: nameWords(notes[i]!.person.name) };
      compared.set(i, c);
    }
    return c;
  };
  for (let a = 0; a < order.length; a++) {
    const later = order[a]!;
    let best: { similarity: number; to: string } | undefined;
    for (let b = 0; b < a; b++) {
      const earlier = order[b]!;
      if (notes[earlier]!.note.interviewId !== notes[later]!.note.interviewId) continue;
      if (notes[earlier]!.person.id === notes[later]!.person.id) continue;
      const s = noteSimilarity(comparedOf(later), comparedOf(earlier));
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
