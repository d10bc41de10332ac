/**
 * The records the benchmark evaluates: a typical one and one at every §9 limit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NOTE } from './letter-note.js';

// biome-ignore lint/suspicious/noExplicitAny: benchmark fixtures are plain JSON
type Json = Record<string, any>;

const samples = join(import.meta.dirname, '..', 'examples', 'records');

/** One round, three interviewers, a note, a contact, a reference, an offer. */
export function typicalRecord(): Json {
  const r = JSON.parse(readFileSync(join(samples, 'panel-interview.json'), 'utf8')) as Json;
  r.references = [r.references[0]];
  r.contacts = [{ at: '2026-12-03T10:00:00-05:00', direction: 'outbound', channel: 'phone' }];
  return r;
}

/** A record at the limits: 50 rounds × 50 interviewers, 500 long notes, 1,000 contacts, … */
export function heavyRecord(): Json {
  const r = typicalRecord();
  const body = (i: number) =>
    `Dear Person ${i % 7},\n\nThank you for the Data Analyst interview at Northwind Analytics (round ${i}). I enjoyed hearing about the forecasting work and the way your team shares dashboards with the sales leads. `
      .repeat(120)
      .slice(0, 20_000);
  r.interviews = Array.from({ length: 50 }, (_, i) => ({
    id: `r${i}`,
    startsAt: `2026-${String(1 + (i % 10)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}T10:00:00-05:00`,
    interviewers: Array.from({ length: 50 }, (_, j) => ({
      id: `p${i}-${j}`,
      name: `Person ${j} Surname${i}`,
      title: 'Analyst',
      email: `p${j}@northwind.example`,
    })),
  }));
  r.thankYouNotes = Array.from({ length: 500 }, (_, i) => ({
    interviewId: `r${i % 50}`,
    interviewerId: `p${i % 50}-${i % 10}`,
    status: 'sent',
    sentAt: '2026-11-01T10:00:00Z',
    medium: 'email',
    body: body(i),
  }));
  r.contacts = Array.from({ length: 1000 }, (_, i) => ({
    at: new Date(Date.parse('2026-06-01T00:00:00Z') + i * 3_600_000 * 3).toISOString(),
    direction: i % 3 ? 'outbound' : 'inbound',
    channel: 'email',
  }));
  r.references = Array.from({ length: 100 }, (_, i) => ({ id: `f${i}`, name: `Reference ${i}` }));
  r.otherOffers = Array.from({ length: 100 }, (_, i) => ({
    id: `o${i}`,
    employer: `Employer ${i}`,
    respondBy: '2026-12-20',
  }));
  return r;
}

/** The typical record with no note body (the letter checks have nothing to read). */
export function typicalRecordWithoutBody(): Json {
  const r = typicalRecord();
  r.thankYouNotes = r.thankYouNotes.map(({ body: _, ...note }: Json) => note);
  return r;
}

/**
 * `count` varied notes of about 150 words (drawn from the words of the
 * benchmark's letter by a fixed generator) spread evenly over `rounds` rounds of 50
 * interviewers: the similarity check's load with one round against several.
 * The notes are the same whatever `rounds` is; only their rounds differ.
 */
export function manyNotesRecord(rounds: number, count = 400): Json {
  const r = typicalRecord();
  let seed = 0x9e3779b9;
  const next = () => {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    return seed >>> 8;
  };
  // Real words (those of the benchmark's letter), so spelling finds nothing to suggest.
  const vocabulary = [
    ...new Set(
      NOTE.split(/\s+/)
        .map((w) => w.replace(/[.,:;]+$/, ''))
        .filter((w) => /^[a-z][a-z'-]*$/.test(w)),
    ),
  ];
  r.interviews = Array.from({ length: rounds }, (_, i) => ({
    id: `r${i}`,
    startsAt: `2026-11-${String(2 + i).padStart(2, '0')}T10:00:00-05:00`,
    interviewers: Array.from({ length: 50 }, (_, j) => ({
      id: `p${i}-${j}`,
      name: `Person${j} Surname${i}`,
    })),
  }));
  r.thankYouNotes = Array.from({ length: count }, (_, i) => {
    const round = i % rounds;
    const words = Array.from({ length: 150 }, () => vocabulary[next() % vocabulary.length]);
    return {
      interviewId: `r${round}`,
      interviewerId: `p${round}-${Math.floor(i / rounds) % 50}`,
      status: 'draft',
      medium: 'email',
      body: `Dear Person${Math.floor(i / rounds) % 50},\n\nThank you. ${words.join(' ')}.`,
    };
  });
  return r;
}
