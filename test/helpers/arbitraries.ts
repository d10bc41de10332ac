/**
 * fast-check generators of valid interview records and evaluation settings,
 * for the property tests. Runs are seeded; `PROPERTY_RUNS` raises the count
 * for a long run (`PROPERTY_RUNS=100000 npx vitest run test/properties`).
 */
import fc from 'fast-check';

/** fast-check parameters: fixed seed, modest count unless PROPERTY_RUNS says more. */
export function runs(normal: number, seed: number): fc.Parameters<unknown> {
  const long = Number(process.env.PROPERTY_RUNS);
  return { seed, numRuns: Number.isFinite(long) && long > 0 ? long : normal };
}

/** A test's timeout: `normal` ms, or none to speak of in a long run (PROPERTY_RUNS set). */
export function timeout(normal: number): number {
  return process.env.PROPERTY_RUNS ? 24 * 3_600_000 : normal;
}

export const ZONES = [
  'America/New_York',
  'Europe/London',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'UTC',
] as const;

const OFFSETS = [0, -300, -240, 330, 60, 765, 630];
const FROM = Date.parse('2026-01-01T00:00:00Z');
const TO = Date.parse('2027-06-30T00:00:00Z');

/** ISO 8601 with a given offset in minutes. */
export function iso(ms: number, offset: number): string {
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
  if (offset === 0) return `${local}Z`;
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local}${offset < 0 ? '-' : '+'}${hh}:${mm}`;
}

const instant = fc.integer({ min: FROM, max: TO }).map((ms) => Math.floor(ms / 60_000) * 60_000);
const dateTime = fc.tuple(instant, fc.constantFrom(...OFFSETS)).map(([ms, o]) => iso(ms, o));
const localDate = instant.map((ms) => new Date(ms).toISOString().slice(0, 10));

const PEOPLE = [
  { id: 'p0', name: 'Tom Baker', title: 'Manager', email: 'tom@x.example' },
  { id: 'p1', name: 'Priya Nair', title: 'Engineer', email: 'priya@x.example' },
  { id: 'p2', name: 'Luis Ortega' },
  { id: 'p3', name: 'Ana Ruiz', postalAddress: '1 Main St', fax: '+1 555 0100' },
  { id: 'p4', name: 'Kenji Sato', title: 'Director' },
];

const REFERENCE_NAMES: Record<string, string> = {
  f1: 'Alan Park',
  f2: 'Dana Whit',
  f3: 'Lee Ortiz',
};
const OFFER_EMPLOYERS: Record<string, string> = { o1: 'Contoso', o2: 'Fabrikam' };

const BODIES = [
  'Dear Tom, thank you for the Data Analyst interview at Northwind. My SQL work fits your team.',
  'Dear Priya, thank you for the Data Analyst interview at Northwind. My SQL work fits your team.',
  'Hello, I enjoyed our talk.',
  'Dear Mr. Bakker, many thanks for meeting me about the Data Analyst role.',
  '',
];

const round = (i: number) =>
  fc
    .record(
      {
        start: instant,
        minutes: fc.integer({ min: 0, max: 240 }),
        hasEnd: fc.boolean(),
        offset: fc.constantFrom(...OFFSETS),
        cancelled: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
        panel: fc.uniqueArray(fc.integer({ min: 0, max: PEOPLE.length - 1 }), {
          minLength: 1,
          maxLength: 4,
        }),
        asked: fc.option(fc.boolean(), { nil: undefined }),
        // Titles repeat on purpose: plans must still tell the rounds apart.
        title: fc.option(fc.constantFrom('Onsite', 'Phone screen', 'Onsite'), { nil: undefined }),
        card: fc.boolean(),
      },
      { noNullPrototype: true },
    )
    .map((r) => ({
      id: `r${i}`,
      startsAt: iso(r.start, r.offset),
      ...(r.hasEnd ? { endsAt: iso(r.start + r.minutes * 60_000, r.offset) } : {}),
      ...(r.cancelled ? { status: 'cancelled' } : {}),
      ...(r.asked === undefined ? {} : { askedDecisionTimeline: r.asked }),
      ...(r.title === undefined ? {} : { title: r.title }),
      interviewers: r.panel.map((p) => ({
        ...PEOPLE[p]!,
        ...(r.card ? { businessCardCollected: true } : {}),
      })),
    }));

// biome-ignore lint/suspicious/noExplicitAny: generated records are plain JSON
export type Json = Record<string, any>;

/** A valid interview record. */
export const recordArb: fc.Arbitrary<Json> = fc
  .integer({ min: 1, max: 4 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => round(i))))
  .chain((interviews) => {
    const pairs = interviews.flatMap((r) =>
      r.interviewers.map((p) => ({ interviewId: r.id, interviewerId: p.id })),
    );
    const note = fc
      .record({
        pair: fc.constantFrom(...pairs),
        sent: fc.boolean(),
        at: dateTime,
        medium: fc.constantFrom('email', 'mail', 'fax', 'hand-delivered'),
        body: fc.option(fc.constantFrom(...BODIES), { nil: undefined }),
      })
      .map((x) => ({
        ...x.pair,
        status: x.sent ? 'sent' : 'draft',
        ...(x.sent ? { sentAt: x.at } : {}),
        medium: x.medium,
        ...(x.body === undefined ? {} : { body: x.body }),
      }));
    const contact = fc
      .record({
        at: dateTime,
        inbound: fc.boolean(),
        channel: fc.constantFrom('phone', 'email', 'mail', 'fax', 'in-person', 'other'),
        request: fc.option(localDate, { nil: undefined }),
      })
      .map((c) => ({
        at: c.at,
        direction: c.inbound ? 'inbound' : 'outbound',
        channel: c.channel,
        ...(c.inbound && c.request ? { followUpRequestedOn: c.request } : {}),
      }));
    return fc.record(
      {
        id: fc.constantFrom('rec-a', 'rec-b'),
        candidate: fc.record(
          { name: fc.constant('Maya Chen'), timeZone: fc.constantFrom(...ZONES) },
          { requiredKeys: ['name'] },
        ),
        employer: fc.record(
          {
            name: fc.constant('Northwind'),
            preferredContact: fc.constantFrom('email', 'mail', 'fax', 'phone'),
            decisionExpectedBy: localDate,
          },
          { requiredKeys: ['name'] },
        ),
        position: fc.constant({ title: 'Data Analyst' }),
        interviews: fc.constant(interviews),
        thankYouNotes: fc.array(note, { maxLength: 5 }),
        contacts: fc.array(contact, { maxLength: 6 }),
        // Two references (or offers) recorded under one name would read the
        // same in a plan; their keys differ. Generated ones have names of their own.
        references: fc.uniqueArray(
          fc
            .record(
              { id: fc.constantFrom('f1', 'f2', 'f3'), alertedAt: dateTime },
              { requiredKeys: ['id'] },
            )
            .map((r) => ({ ...r, name: REFERENCE_NAMES[r.id] })),
          { selector: (r) => r.id, maxLength: 3 },
        ),
        jobSearch: fc.record(
          {
            active: fc.boolean(),
            otherOpenApplications: fc.integer({ min: 0, max: 3 }),
            upcomingInterviews: fc.integer({ min: 0, max: 2 }),
          },
          { requiredKeys: [] },
        ),
        otherOffers: fc.uniqueArray(
          fc
            .record(
              {
                id: fc.constantFrom('o1', 'o2'),
                respondBy: localDate,
                answer: fc.option(
                  fc.record(
                    { answeredAt: dateTime, decision: fc.constantFrom('accepted', 'declined') },
                    { requiredKeys: ['answeredAt'] },
                  ),
                  { nil: undefined },
                ),
              },
              { requiredKeys: ['id'] },
            )
            .map(({ answer, ...o }) => ({ ...o, employer: OFFER_EMPLOYERS[o.id], ...answer })),
          { selector: (o) => o.id, maxLength: 2 },
        ),
        interest: fc.constantFrom('high', 'medium', 'low', 'none'),
        outcome: fc.record({
          status: fc.constantFrom(
            'pending',
            'pending',
            'offer',
            'accepted',
            'rejected',
            'withdrawn',
          ),
        }),
      },
      { requiredKeys: ['id', 'candidate', 'employer', 'position', 'interviews'] },
    );
  });

/** Evaluation settings: an instant, sometimes a zone override, sometimes holidays. */
export const settingsArb = fc.record(
  {
    now: instant.map((ms) => new Date(ms).toISOString()),
    timeZone: fc.constantFrom(...ZONES),
    holidays: fc.constantFrom<string[]>(['2026-11-26', '2026-12-25'], ['2026-12-24', '2027-01-01']),
  },
  { requiredKeys: ['now'] },
);
