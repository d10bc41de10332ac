/**
 * A batch of varied records for the queue example's test and benchmark: the
 * valid base record (records.ts) with other ids, zones, dates, panels, notes,
 * contacts and outcomes, and every `invalidEvery`-th one made invalid by a
 * date that does not exist.
 */
import type { Json } from './plan.js';
import { validRecord } from './records.js';

/** What {@link recordBatch} made. */
export interface RecordBatch {
  readonly records: Json[];
  /** Ids of the records made invalid (each one's issue is at {@link INVALID_PATH}). */
  readonly invalidIds: ReadonlySet<string>;
}

/** Where an invalid record of the batch is wrong. */
export const INVALID_PATH = '$.interviews[0].startsAt';

const ZONES = ['America/New_York', 'Europe/London', 'Asia/Kolkata', 'America/Los_Angeles'];
const PEOPLE = [
  ['p1', 'Tom Baker', 'Manager'],
  ['p2', 'Priya Nair', 'Engineer'],
  ['p3', 'Ana Silva', 'Director'],
] as const;

/** `count` records, ids `app-000000`…; every `invalidEvery`-th (1-based) is invalid. */
export function recordBatch(count: number, invalidEvery = 100): RecordBatch {
  const records: Json[] = [];
  const invalidIds = new Set<string>();
  for (let i = 0; i < count; i++) {
    const id = `app-${String(i).padStart(6, '0')}`;
    const invalid = invalidEvery > 0 && (i + 1) % invalidEvery === 0;
    // Rounds from 19 October to 27 November 2026, at 09:00–16:00 UTC: some
    // long past, some this week, some still upcoming on 26 November.
    const day = new Date(Date.UTC(2026, 9, 19 + (i % 40), 9 + (i % 8)));
    const end = new Date(day.getTime() + 3_600_000);
    const panel = PEOPLE.slice(0, 1 + (i % 3)).map(([pid, name, title]) => ({
      id: pid,
      name,
      title,
      email: `${pid}@northwind.example`,
    }));
    records.push(
      validRecord((r) => {
        r.id = id;
        r.candidate.name = `Candidate ${i}`;
        r.candidate.timeZone = ZONES[i % ZONES.length];
        r.interviews[0].id = `r${i}`;
        r.interviews[0].startsAt = invalid ? '2026-11-31T10:00:00-05:00' : day.toISOString();
        r.interviews[0].endsAt = invalid ? '2026-11-31T11:00:00-05:00' : end.toISOString();
        r.interviews[0].interviewers = panel;
        if (i % 4 === 1) {
          r.thankYouNotes = [
            {
              interviewId: `r${i}`,
              interviewerId: 'p1',
              status: 'sent',
              sentAt: end.toISOString(),
              medium: 'email',
              body: `Dear Tom Baker,\n\nThank you for the Data Analyst interview at Northwind. I enjoyed the talk about forecasting.\n\nCandidate ${i}`,
            },
          ];
        }
        if (i % 6 === 2) {
          r.contacts = [
            {
              at: new Date(end.getTime() + 8 * 86_400_000).toISOString(),
              direction: 'outbound',
              channel: 'phone',
            },
          ];
        }
        if (i % 9 === 3) r.employer.decisionExpectedBy = '2026-12-04';
        if (i % 17 === 5) r.outcome = { status: 'rejected', at: '2026-11-24T12:00:00Z' };
        if (i % 23 === 7) r.interest = 'none';
      }),
    );
    if (invalid) invalidIds.add(id);
  }
  return { records, invalidIds };
}
