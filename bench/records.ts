/**
 * The records the benchmark evaluates: a typical one and one at every §9 limit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

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
