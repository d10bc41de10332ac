/**
 * Worst cases inside the documented limits, generated from a seed: zone
 * names in random letter case, dates at the edges of the supported years
 * (and just outside), shared references, NDJSON lines past the line cap, and
 * hostile HTTP bodies. The adversarial tests assert typed errors and bounded
 * output, never timings.
 *
 * `ADVERSARIAL_RUNS` sets how many cases each test draws (as `PROPERTY_RUNS`
 * does for the property tests): a few dozen in the normal run, e.g.
 * `ADVERSARIAL_RUNS=2000 npx vitest run test/adversarial` for the long one
 * (CI runs both).
 */
import { SUPPORTED_YEARS } from '../../src/index.js';
import { RECORD_LIMITS } from '../../src/record/limits.js';
import { type Json, record } from '../helpers/plan.js';

/** How many cases a test draws: `normal`, or `ADVERSARIAL_RUNS` when set. */
export function adversarialRuns(normal: number): number {
  const long = Number(process.env.ADVERSARIAL_RUNS);
  return Number.isInteger(long) && long > 0 ? long : normal;
}

/** A test's timeout: `normal` ms, or none to speak of in a long run. */
export function adversarialTimeout(normal: number): number {
  return process.env.ADVERSARIAL_RUNS ? 24 * 3_600_000 : normal;
}

/** A seeded generator (mulberry32): the same seed, the same cases. */
export class Random {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** One of `items`. */
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)] as T;
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }
}

// ---------------------------------------------------------------------------
// Zones

/** Every zone the runtime lists, and a few aliases it also knows. */
export const ALL_ZONES: readonly string[] = [
  ...Intl.supportedValuesOf('timeZone'),
  'UTC',
  'Etc/UTC',
  'GMT',
  'US/Eastern',
  'Asia/Kolkata',
  'Europe/Kyiv',
];

/** `name` with each letter in a random case. */
export function randomCase(r: Random, name: string): string {
  return [...name].map((c) => (r.chance(0.5) ? c.toUpperCase() : c.toLowerCase())).join('');
}

// ---------------------------------------------------------------------------
// Years

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Days in a month of the proleptic Gregorian calendar. */
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A year near an edge of the supported years (or anywhere in them, now and then). */
export function edgeYear(r: Random): number {
  const { first, last } = SUPPORTED_YEARS;
  return r.pick([first, first, first + 1, last - 1, last, last, r.int(first, last)]);
}

/** A year outside the supported years, near them or far. */
export function outsideYear(r: Random): number {
  const { first, last } = SUPPORTED_YEARS;
  return r.pick([first - 1, first - 2, last + 1, last + 2, 1000, 100, 9999, r.int(2201, 9999)]);
}

/** A real local date `YYYY-MM-DD` in `year`, at its first or last days more often than not. */
export function localDateIn(r: Random, year: number): string {
  const month = r.pick([1, 1, 12, 12, r.int(1, 12)]);
  const last = daysIn(year, month);
  const day = r.pick([1, last, r.int(1, last)]);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Offsets furthest from UTC, and the odd ones. */
export const EXTREME_OFFSETS = ['+14:00', '-12:00', '+13:45', '-09:30', '+05:45', 'Z', '-00:00'];

/** A date-time `YYYY-MM-DDTHH:MM:SS(.sss)±HH:MM` in `year`, near midnight more often than not. */
export function dateTimeIn(r: Random, year: number): string {
  const date = localDateIn(r, year);
  const time = r.pick(['00:00:00', '23:59:59.999', '23:59:59', '12:00:00', '00:00:00.001']);
  return `${date}T${time}${r.pick(EXTREME_OFFSETS)}`;
}

/** Zones whose offsets are furthest from UTC, or were odd in the 20th century. */
export const EDGE_ZONES = [
  'Pacific/Kiritimati',
  'Pacific/Niue',
  'Pacific/Chatham',
  'Africa/Monrovia',
  'Europe/Dublin',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'America/St_Johns',
  'UTC',
];

/**
 * A valid record with every date near an edge of the supported years: the
 * round, a note, a contact, a reference, an offer and the decision date.
 */
export function edgeYearRecord(r: Random): { record: Json; now: string; zone: string } {
  const year = edgeYear(r);
  const zone = r.pick(EDGE_ZONES);
  const at = () => dateTimeIn(r, year);
  const rec = record((x) => {
    x.candidate.timeZone = zone;
    x.interviews[0].startsAt = at();
    delete x.interviews[0].endsAt;
    x.thankYouNotes = [
      { interviewId: 'r1', interviewerId: 'p1', status: 'sent', sentAt: at(), medium: 'email' },
    ];
    x.contacts = [{ at: at(), direction: 'outbound', channel: 'phone' }];
    x.references = [
      { id: 'ref-1', name: 'Alan Park', ...(r.chance(0.5) ? { alertedAt: at() } : {}) },
    ];
    x.otherOffers = [{ id: 'o1', employer: 'Contoso', respondBy: localDateIn(r, edgeYear(r)) }];
    x.employer.decisionExpectedBy = localDateIn(r, edgeYear(r));
  });
  return { record: rec, now: dateTimeIn(r, edgeYear(r)), zone };
}

/** Where a date outside the supported years goes in a record, with its path. */
export function outsideYearRecord(r: Random): { record: Json; path: string } {
  const year = outsideYear(r);
  const places: [string, (x: Json) => void][] = [
    ['$.interviews[0].startsAt', (x) => (x.interviews[0].startsAt = dateTimeIn(r, year))],
    ['$.interviews[0].endsAt', (x) => (x.interviews[0].endsAt = dateTimeIn(r, year))],
    [
      '$.employer.decisionExpectedBy',
      (x) => (x.employer.decisionExpectedBy = localDateIn(r, year)),
    ],
    [
      '$.otherOffers[0].respondBy',
      (x) => (x.otherOffers = [{ id: 'o', employer: 'E', respondBy: localDateIn(r, year) }]),
    ],
    [
      '$.contacts[0].at',
      (x) => (x.contacts = [{ at: dateTimeIn(r, year), direction: 'inbound', channel: 'email' }]),
    ],
    ['$.references[0].alertedAt', (x) => (x.references[0].alertedAt = dateTimeIn(r, year))],
    ['$.outcome.at', (x) => (x.outcome = { status: 'rejected', at: dateTimeIn(r, year) })],
  ];
  const [path, change] = r.pick(places);
  return { record: record(change), path };
}

// ---------------------------------------------------------------------------
// Shared references

/**
 * A value that reaches one leaf `width^depth` ways through shared lists or
 * objects (what YAML anchors make), holding only `width * depth` of them.
 */
export function sharedReferences(r: Random): { value: unknown; paths: number } {
  const width = r.int(10, 1000);
  const depth = r.int(2, 5);
  let node: unknown = r.pick([0, 'x', { leaf: true }, [1, 2, 3]]);
  for (let level = 0; level < depth; level++) {
    if (r.chance(0.5)) {
      node = new Array(width).fill(node);
    } else {
      const object: Json = {};
      for (let i = 0; i < width; i++) object[`k${i}`] = node;
      node = object;
    }
  }
  return { value: node, paths: width ** depth };
}

/** A record with shared references where a known or an unknown field is. */
export function sharedReferenceRecord(r: Random): Json {
  const { value } = sharedReferences(r);
  const places: ((x: Json) => void)[] = [
    (x) => (x.extra = value),
    (x) => (x.jobSearch.extra = value),
    (x) => (x.interviews[0].interviewers[0].extra = value),
    (x) => (x.contacts = value),
    (x) => (x.interviews = new Array(50).fill(x.interviews[0]).concat([value])),
  ];
  return record(r.pick(places));
}

// ---------------------------------------------------------------------------
// NDJSON lines

/** A line past `cap` bytes, as chunks (never held whole): its size, and how it is written. */
export function longLine(
  r: Random,
  cap: number,
): { bytes: number; chunks: () => Generator<Buffer> } {
  const bytes = cap + r.pick([1, 2, r.int(1, cap), r.int(1, 3 * cap)]);
  const [open, unit] = r.pick([
    ['[', '1,'],
    ['{"id":"', 'x'],
    ['{', '"k":0,'],
    [' ', ' '],
    ['"', 'é日'],
  ] as const);
  return {
    bytes,
    chunks: function* () {
      const head = Buffer.from(open);
      yield head;
      const block = Buffer.from(unit.repeat(Math.ceil(65_536 / Buffer.byteLength(unit))));
      let sent = head.length;
      while (sent < bytes) {
        const part = block.subarray(0, Math.min(block.length, bytes - sent));
        sent += part.length;
        yield part;
      }
    },
  };
}

// ---------------------------------------------------------------------------
// HTTP bodies

/** What the load and adversarial HTTP tests send: a body, its content type, what may come back. */
export interface HostileRequest {
  readonly name: string;
  readonly body: Uint8Array;
  readonly type: string;
  /** Statuses a correct service may answer (503 always may, under load). */
  readonly statuses: readonly number[];
}

/** A marker put in values: no answer may repeat it. */
export const SECRET = 'S3CR3T';

/** A valid record of about `bytes` bytes: 50 rounds of 50 interviewers, notes, contacts. */
export function heavyRecord(bytes: number): Json {
  const r = record((x) => {
    x.interviews = Array.from({ length: 50 }, (_, i) => ({
      id: `r${i}`,
      startsAt: `2026-11-${pad(1 + (i % 20))}T10:00:00Z`,
      interviewers: Array.from({ length: 50 }, (_, j) => ({ id: `p${j}`, name: `Person ${j}` })),
    }));
    x.contacts = Array.from({ length: 1000 }, (_, i) => ({
      at: new Date(Date.parse('2026-10-01T00:00:00Z') + i * 3_600_000).toISOString(),
      direction: i % 3 ? 'outbound' : 'inbound',
      channel: 'email',
    }));
    x.thankYouNotes = [];
  });
  const words = 'thank you for the interview about the analyst role the team and the sql work fits';
  let size = JSON.stringify(r).length;
  for (let i = 0; i < 500; i++) {
    const note = {
      interviewId: `r${i % 50}`,
      interviewerId: `p${i % 50}`,
      status: 'sent',
      sentAt: '2026-11-25T10:00:00Z',
      medium: 'email',
      body: `${words} ${i} `.repeat(6),
    };
    const more = JSON.stringify(note).length + 1;
    if (size + more > bytes) break;
    r.thankYouNotes.push(note);
    size += more;
  }
  return r;
}

/** One hostile request for a service whose body limit is `maxBody` bytes. */
export function hostileRequest(r: Random, maxBody: number): HostileRequest {
  const json = 'application/json';
  const enc = (text: string) => new TextEncoder().encode(text);
  const kinds: (() => HostileRequest)[] = [
    () => {
      const body = JSON.stringify(heavyRecord(maxBody - 1024));
      return { name: 'heavy valid record', body: enc(body), type: json, statuses: [200] };
    },
    () => {
      const x: Json = record();
      let size = JSON.stringify(x).length;
      for (let i = 0; size < maxBody - 64; i++) {
        x[`unknown-${i}`] = SECRET;
        size += `,"unknown-${i}":"${SECRET}"`.length;
      }
      return { name: 'unknown keys', body: enc(JSON.stringify(x)), type: json, statuses: [400] };
    },
    () => {
      const depth = r.int(1000, Math.floor(maxBody / 2) - 10);
      const body = `${'['.repeat(depth)}${']'.repeat(depth)}`;
      return { name: 'deep nesting', body: enc(body), type: json, statuses: [400] };
    },
    () => {
      const x = record((y) => (y.candidate.name = `${SECRET}${'x'.repeat(maxBody - 2000)}`));
      return { name: 'long string', body: enc(JSON.stringify(x)), type: json, statuses: [400] };
    },
    () => {
      const x = record((y) => {
        y.interest = SECRET;
        y.interviews[0].startsAt = `9999-12-31T23:59:59+14:00`;
        y.candidate.timeZone = randomCase(r, r.pick(ALL_ZONES));
        y.otherOffers = [{ id: SECRET, employer: 'E', respondBy: '9999-12-31' }];
      });
      return { name: 'bad values', body: enc(JSON.stringify(x)), type: json, statuses: [400] };
    },
    () => {
      const bytes = new Uint8Array(r.int(1, 4096)).map(() => r.int(0x80, 0xff));
      return { name: 'not UTF-8', body: bytes, type: json, statuses: [400] };
    },
    () => ({
      name: 'malformed JSON',
      body: enc(`{"id": ${SECRET}, "x": "${'y'.repeat(r.int(0, maxBody - 100))}`),
      type: json,
      statuses: [400],
    }),
    () => ({
      name: 'another charset',
      body: enc(JSON.stringify(record())),
      type: r.pick([
        'application/json; charset=latin1',
        'application/json; charset=utf-16le',
        'text/plain',
        'application/x-www-form-urlencoded',
      ]),
      statuses: [415],
    }),
    () => ({
      name: 'over the limit',
      body: enc(JSON.stringify({ ...record(), pad: 'x'.repeat(maxBody) })),
      type: json,
      statuses: [413],
    }),
    () => {
      const x = record((y) => (y.candidate.timeZone = randomCase(r, 'America/New_York')));
      return {
        name: 'random-case zone',
        body: enc(JSON.stringify(x)),
        type: json,
        statuses: [200],
      };
    },
  ];
  return r.pick(kinds)();
}

// ---------------------------------------------------------------------------
// Records and rule sets at the limits

/** `length` characters: `prefix`, then letters from `r`. */
function longText(r: Random, prefix: string, length: number): string {
  let s = prefix;
  while (s.length < length) s += String.fromCharCode(97 + r.int(0, 25));
  return s.slice(0, length);
}

/**
 * A record at every size limit with every text as long as it may be: 50
 * rounds of 50 interviewers whose 1,000-character names share a long prefix
 * (each name check compares near-equal words), titles and ids of 1,000
 * characters, 500 draft notes of 20,000 characters whose greetings are full
 * of near-names, 1,000 contacts, 100 references and 100 offers. `held`: the
 * rounds are over (thank-you items fire for every pair), else ahead.
 */
export function maximalRecord(r: Random, held = true): Json {
  const { interviews, interviewersPerRound, thankYouNotes, noteBody, shortText } = RECORD_LIMITS;
  const shared = longText(r, 'Bartholomew', 900);
  const name = (i: number, j: number) => longText(r, `${shared} ${i}x${j} `, shortText);
  return record((x) => {
    x.id = longText(r, 'rec-', shortText);
    x.candidate.name = longText(r, 'Maya ', shortText);
    x.employer.name = longText(r, 'Northwind ', shortText);
    x.position.title = longText(r, 'Data Analyst ', shortText);
    const first = held ? Date.parse('2026-09-01T10:00:00Z') : Date.parse('2027-03-01T10:00:00Z');
    x.interviews = Array.from({ length: interviews }, (_, i) => ({
      id: `${'r'.repeat(shortText - 4)}${pad(i, 4)}`,
      title: longText(r, `Round ${i} `, shortText),
      startsAt: new Date(first + i * 86_400_000).toISOString(),
      interviewers: Array.from({ length: interviewersPerRound }, (_, j) => ({
        id: `${'p'.repeat(shortText - 8)}${pad(i, 4)}${pad(j, 4)}`,
        name: name(i, j),
        title: longText(r, 'Principal ', shortText),
      })),
    }));
    const words = (i: number) => {
      const round = x.interviews[i % interviews];
      const near = round.interviewers.map((p: Json) => p.name.split(' ')[0]).join(' ');
      return longText(r, `Dear ${near} Bartholomeu Bartolomew, thank you `, noteBody);
    };
    x.thankYouNotes = Array.from({ length: thankYouNotes }, (_, i) => ({
      interviewId: x.interviews[i % interviews].id,
      interviewerId: x.interviews[i % interviews].interviewers[Math.floor(i / interviews)].id,
      status: 'draft',
      medium: 'email',
      body: words(i),
    }));
    x.contacts = Array.from({ length: RECORD_LIMITS.contacts }, (_, i) => ({
      at: new Date(first - (i + 1) * 3_600_000).toISOString(),
      direction: i % 3 ? 'outbound' : 'inbound',
      channel: 'email',
      ...(i % 3 ? {} : { followUpRequestedOn: '2026-08-20' }),
    }));
    x.references = Array.from({ length: RECORD_LIMITS.references }, (_, i) => ({
      id: `${'f'.repeat(shortText - 4)}${pad(i, 4)}`,
      name: longText(r, `Reference ${i} `, shortText),
    }));
    x.otherOffers = Array.from({ length: RECORD_LIMITS.otherOffers }, (_, i) => ({
      id: `${'o'.repeat(shortText - 4)}${pad(i, 4)}`,
      employer: longText(r, `Employer ${i} `, shortText),
      respondBy: '2026-12-20',
    }));
  });
}
