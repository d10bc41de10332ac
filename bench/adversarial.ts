/**
 * The worst cases inside the documented limits, timed: what
 * `test/adversarial/` asserts (typed errors, bounded output) run here for
 * the time of each evaluation. `npm run bench` prints each case and the
 * worst; the target is one second. Alone: `node --expose-gc --import tsx
 * bench/adversarial.ts` (after `npm run build`).
 *
 * Cases: a record at every limit with every text as long as allowed (names
 * sharing a 900-character prefix, greetings full of near-names, 500 notes of
 * 20,000 characters) before and after its rounds; 500 notes of random words
 * in one round; 500 uploaded rules scoped per pair on a full panel; a
 * 1,000-character template of placeholders; rules that pass the plan's text
 * cap together; 500 rules sharing one item id; shared references; dates at
 * the edges of the supported years.
 */
import {
  edgeYearRecord,
  maximalRecord,
  Random,
  sharedReferenceRecord,
} from '../test/adversarial/generators.js';
import type { Json } from '../test/helpers/plan.js';

type Api = typeof import('../src/index.js');

/** One case: its name, the engine config, the record and `now`. */
interface Case {
  readonly name: string;
  readonly config?: Parameters<Api['createFollowUpEngine']>[0];
  readonly record: Json;
  readonly now: string;
}

const pairRule = (id: string, message: string, itemId?: string) => ({
  id,
  ...(itemId === undefined ? {} : { itemId }),
  kind: 'warning' as const,
  scope: 'pair' as const,
  guidelines: [5],
  severity: 'info' as const,
  message,
  because: [`Reason ${id}.`],
  conditions: { all: [{ fact: 'pair', path: 'noteSent', operator: 'equal', value: false }] },
});

/** 500 notes of random words, all in one round of 50 interviewers. */
function crowdedRound(r: Random): Json {
  const x = maximalRecord(r);
  const round = x.interviews[0];
  x.thankYouNotes = Array.from({ length: 500 }, (_, i) => ({
    interviewId: round.id,
    interviewerId: round.interviewers[i % 50].id,
    status: 'draft',
    medium: 'email',
    body: Array.from({ length: 150 }, () => `w${r.int(0, 4999)}`).join(' '),
  }));
  return x;
}

function cases(): Case[] {
  const r = new Random(0xbad);
  const full = maximalRecord(r);
  const ahead = maximalRecord(r, false);
  const panel: Json = { ...full, thankYouNotes: [] };
  const placeholders = '{pair.interviewerName} '.repeat(43);
  return [
    { name: 'record at every limit, rounds held', record: full, now: '2026-11-26T09:00:00Z' },
    { name: 'record at every limit, months later', record: full, now: '2027-06-01T09:00:00Z' },
    { name: 'record at every limit, rounds ahead', record: ahead, now: '2026-11-26T09:00:00Z' },
    {
      name: '500 notes of random words in one round',
      record: crowdedRound(r),
      now: '2026-11-26T09:00:00Z',
    },
    {
      name: '500 per-pair rules on a full panel (items cap)',
      config: {
        rules: Array.from({ length: 500 }, (_, i) =>
          pairRule(`host.p${i}`, `To {pair.interviewerName}.`),
        ),
      },
      record: panel,
      now: '2026-11-26T09:00:00Z',
    },
    {
      name: '1,000-character template of placeholders (rule text cap)',
      config: { extraRules: [pairRule('host.long', placeholders)] },
      record: panel,
      now: '2026-11-26T09:00:00Z',
    },
    {
      name: 'three rules past the plan text cap',
      config: {
        rules: ['host.a', 'host.b', 'host.c'].map((id) =>
          pairRule(id, '{pair.interviewerName} '.repeat(16)),
        ),
      },
      record: panel,
      now: '2026-11-26T09:00:00Z',
    },
    {
      name: '500 rules sharing one item id, full panel',
      config: {
        rules: Array.from({ length: 500 }, (_, i) => pairRule(`host.s:${i}`, 'Hi.', 'host.s')),
      },
      record: { ...panel, interviews: panel.interviews.slice(0, 1) },
      now: '2026-11-26T09:00:00Z',
    },
    ...Array.from({ length: 5 }, (_, i) => ({
      name: `shared references #${i + 1}`,
      record: sharedReferenceRecord(r),
      now: '2026-11-26T09:00:00Z',
    })),
    ...Array.from({ length: 5 }, (_, i) => {
      const edge = edgeYearRecord(r);
      return { name: `edge years #${i + 1}`, record: edge.record, now: edge.now };
    }),
  ];
}

/** One timed evaluation: its name, milliseconds and outcome (items, or the error's name). */
export interface AdversarialTiming {
  readonly name: string;
  readonly ms: number;
  readonly outcome: string;
}

/**
 * Times each case with the given build of the library (each engine created
 * and warmed first, so one-time loads are not counted); the slowest of
 * `repeat` runs of each.
 */
export async function adversarialTimings(api: Api, repeat = 2): Promise<AdversarialTiming[]> {
  const gc = (globalThis as { gc?: () => void }).gc;
  const out: AdversarialTiming[] = [];
  const warmUp = edgeYearRecord(new Random(1)).record;
  for (const c of cases()) {
    const engine = api.createFollowUpEngine(c.config ?? {});
    // Warm: the dictionary and the holiday data load on first use, once a process.
    await engine.evaluate(warmUp, { now: c.now }).catch(() => {});
    let worst = 0;
    let outcome = '';
    for (let i = 0; i < repeat; i++) {
      gc?.();
      const t = performance.now();
      try {
        const plan = await engine.evaluate(c.record, { now: c.now });
        outcome = `${plan.actions.length + plan.warnings.length + plan.deadlines.length} items`;
      } catch (e) {
        outcome = api.isPlanLimitError(e)
          ? `PlanLimitError (${e.limit}, ${e.ruleId})`
          : String((e as Error).name);
      }
      worst = Math.max(worst, performance.now() - t);
    }
    out.push({ name: c.name, ms: worst, outcome });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = new URL('../dist/index.js', import.meta.url).href;
  const api = (await import(dist)) as Api;
  const timings = await adversarialTimings(api);
  for (const t of timings)
    console.log(`${t.ms.toFixed(0).padStart(6)} ms  ${t.name}: ${t.outcome}`);
  const worst = timings.reduce((a, b) => (b.ms > a.ms ? b : a));
  console.log(`worst: ${worst.ms.toFixed(0)} ms (${worst.name}; target ≤ 1000 ms)`);
}
