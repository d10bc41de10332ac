/**
 * The dictionary is loaded lazily — only when a note of a counted round has a
 * body, or `checkLetter` checks spelling — and once: concurrent evaluations,
 * several engines and the letters entry share one load.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EngineConfig } from '../../src/index.js';
import { type Json, record } from '../helpers/plan.js';

const loads = vi.hoisted(() => ({ count: 0 }));

vi.mock('../../src/letters/dictionaries.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/letters/dictionaries.js')>();
  const counted = Object.fromEntries(
    Object.entries(real.DICTIONARIES).map(([locale, dictionary]) => [
      locale,
      {
        load: () => {
          loads.count += 1;
          return dictionary.load();
        },
      },
    ]),
  );
  return { ...real, DICTIONARIES: counted };
});

beforeEach(() => {
  vi.resetModules(); // a fresh speller module: nothing loaded yet
  loads.count = 0;
});

const NOW = '2026-11-27T12:00:00-05:00';
const BODY = 'Dear Tom,\n\nThank you for the Data Analyst interview; I recieved the brief.';

async function engine(config: EngineConfig = {}) {
  const { createFollowUpEngine } = await import('../../src/index.js');
  return createFollowUpEngine(config);
}

const withNote = (note: Json, change: (r: Json) => void = () => {}) =>
  record((x) => {
    x.thankYouNotes = [
      {
        interviewId: 'r1',
        interviewerId: 'p1',
        status: 'sent',
        sentAt: NOW,
        medium: 'email',
        ...note,
      },
    ];
    change(x);
  });

describe('loading the dictionary', () => {
  it('does not load it for records without a note body to check', async () => {
    const e = await engine();
    await e.evaluate(record(), { now: NOW });
    await e.evaluate(withNote({}), { now: NOW });
    await e.evaluate(withNote({ body: ' \n ' }), { now: NOW });
    const cancelled = withNote({ body: BODY }, (x) => {
      x.interviews[0].status = 'cancelled';
    });
    await e.evaluate(cancelled, { now: NOW });
    expect(loads.count).toBe(0);
  });

  it('does not load it when spelling is off or the host brings its own checker', async () => {
    await (await engine({ spelling: false })).evaluate(withNote({ body: BODY }), { now: NOW });
    const own = await engine({ spellChecker: { correct: () => true } });
    await own.evaluate(withNote({ body: BODY }), { now: NOW });
    const { checkLetter } = await import('../../src/letters/index.js');
    const context = {
      interviewer: { name: 'Tom Baker' },
      employer: { name: 'Northwind' },
      position: { title: 'Data Analyst' },
    };
    await checkLetter(BODY, context, { spelling: false });
    await checkLetter('   ', context);
    expect(loads.count).toBe(0);
  });

  // The first load in a fresh module graph: allow for a slow, busy machine.
  it('loads it once for concurrent evaluations on several engines and for checkLetter', {
    timeout: 30_000,
  }, async () => {
    const [a, b] = [await engine(), await engine({ policy: { thankYouBusinessDays: 3 } })];
    const plans = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        (i % 2 ? a : b).evaluate(withNote({ body: BODY }), { now: NOW }),
      ),
    );
    expect(loads.count).toBe(1);
    for (const plan of plans) {
      expect(plan.warnings.find((w) => w.id === 'thank-you.spelling')?.because).toEqual([
        'Words the spelling check does not know: “recieved”.',
      ]);
    }
    const { checkLetter, loadSpellChecker } = await import('../../src/letters/index.js');
    const found = await checkLetter(BODY, {
      interviewer: { name: 'Tom Baker' },
      employer: { name: 'Northwind' },
      position: { title: 'Data Analyst' },
    });
    expect(found.map((f) => f.words)).toEqual([['recieved']]);
    await loadSpellChecker();
    expect(loads.count).toBe(1);
  });
});
