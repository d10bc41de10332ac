/**
 * The dozen letters of ./letters.ts as note bodies, through `evaluate`: the
 * same checks feed `thank-you.typos`, `thank-you.content` and
 * `thank-you.vary-letters`, and the words found are named in `because`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createFollowUpEngine,
  type EngineConfig,
  type FollowUpPlan,
  OptionsValidationError,
} from '../../src/index.js';
import { loadSpellChecker } from '../../src/letters/speller.js';
import { type Json, one, planAt, record, warnings } from '../helpers/plan.js';
import {
  type Application,
  BAD,
  GOOD,
  type Letter,
  misspeltName,
  NORTHWIND,
  nearCopy,
  noFit,
  noThanks,
  type Person,
  priyaLinks,
  tomClassic,
  typos,
  unknownProduct,
  wrongGreeting,
} from './letters.js';

// The one-time dictionary load, outside any test's time budget (a busy CI machine is slow).
beforeAll(() => loadSpellChecker(), 60_000);

const LETTER_RULES = [
  'thank-you.typos',
  'thank-you.spelling',
  'thank-you.content',
  'thank-you.vary-letters',
];
const NOW = '2026-11-27T12:00:00-05:00';

/** A record of `app` (round r1 with its panel) with one sent note per letter, in order. */
function recordWith(
  app: Application,
  letters: readonly Letter[],
  change: (r: Json) => void = () => {},
) {
  return record((x) => {
    x.candidate.name = app.candidate;
    x.employer.name = app.employer;
    x.position.title = app.position;
    x.interviews[0].interviewers = app.panel.map((p: Person) => ({
      id: p.id,
      name: p.name,
      title: p.title,
      email: `${p.id}@employer.example`,
    }));
    x.thankYouNotes = letters.map((l, i) => ({
      interviewId: 'r1',
      interviewerId: l.to.id,
      status: 'sent',
      sentAt: `2026-11-26T0${i + 1}:00:00-05:00`,
      medium: 'email',
      body: l.body,
    }));
    change(x);
  });
}

/** The letter warnings of a plan, as [id, subject id, because]. */
const letterWarnings = (plan: FollowUpPlan) =>
  plan.warnings
    .filter((w) => LETTER_RULES.includes(w.id))
    .map((w) => [w.id, w.subject?.id, w.because] as const);

const planOf = (letters: readonly Letter[], config: EngineConfig = {}) =>
  planAt(recordWith(letters[0]!.application, letters), NOW, {}, config);

describe('evaluate on a dozen realistic letters', () => {
  it.each(GOOD.map((l) => [l.name, l] as const))(
    'gives no letter warning for the letter %s',
    async (_, l) => {
      const config = l.acceptedWords ? { acceptedWords: [...l.acceptedWords] } : {};
      expect(letterWarnings(await planOf([l], config))).toEqual([]);
    },
  );

  it('gives no letter warning for two good letters of one round', async () => {
    const plan = await planOf([tomClassic, priyaLinks], { acceptedWords: ['Databricks'] });
    expect(letterWarnings(plan)).toEqual([]);
  });

  it('names the misspelt words (spelling, a warning)', async () => {
    const plan = await planOf([typos]);
    expect(warnings(plan, 'thank-you.typos')).toEqual([]);
    const w = one(warnings(plan, 'thank-you.spelling'));
    expect(w.subject?.id).toBe('tom');
    expect(w.severity).toBe('warning');
    expect(w.because).toEqual([
      'Words the spelling check does not know: “oppurtunity”, “definately” and “recieve”.',
    ]);
  });

  it('names the misspelt name', async () => {
    const w = one(warnings(await planOf([misspeltName]), 'thank-you.typos'));
    expect(w.severity).toBe('critical');
    expect(w.because).toEqual([
      'Names written wrong: “Bakker” (the note is to Tom Baker, about the Data Analyst role at Northwind Analytics).',
    ]);
  });

  it('names the interviewer greeted by mistake', async () => {
    const w = one(warnings(await planOf([wrongGreeting]), 'thank-you.typos'));
    expect(w.because).toEqual(['The greeting names Priya, but the note is for Tom Baker.']);
  });

  it('warns about a note without thanks, and one without fit', async () => {
    const thanks = one(warnings(await planOf([noThanks]), 'thank-you.content'));
    expect(thanks.subject?.id).toBe('priya');
    expect(thanks.because).toEqual([
      'The note to Priya Nair has no word of thanks or appreciation.',
    ]);
    const fit = one(warnings(await planOf([noFit]), 'thank-you.content'));
    expect(fit.because).toEqual([
      'The note names neither the position (Data Analyst) nor Northwind Analytics.',
    ]);
  });

  it('flags the later of two near-identical notes, names set aside', async () => {
    const plan = await planOf([tomClassic, nearCopy]);
    expect(letterWarnings(plan).map(([id, subject]) => [id, subject])).toEqual([
      ['thank-you.vary-letters', 'priya'],
    ]);
    expect(one(warnings(plan, 'thank-you.vary-letters')).because[0]).toMatch(
      /similarity of 0\.9\d+; from 0\.9 they count as near-identical/,
    );
  });

  it('takes a capitalised product name mid-sentence for a name, accepted or not', async () => {
    expect(letterWarnings(await planOf([unknownProduct]))).toEqual([]);
    expect(
      letterWarnings(await planOf([unknownProduct], { acceptedWords: ['databricks'] })),
    ).toEqual([]);
  });

  it('agrees with checkLetter on every bad letter', async () => {
    const ids = await Promise.all(
      BAD.map(async (l) => {
        const letters = l === nearCopy ? [tomClassic, l] : [l];
        return letterWarnings(await planOf(letters)).map(([id]) => id);
      }),
    );
    expect(ids).toEqual([
      ['thank-you.spelling'],
      ['thank-you.typos'],
      ['thank-you.typos'],
      ['thank-you.content'],
      ['thank-you.content'],
      ['thank-you.vary-letters'],
      [],
    ]);
  });
});

describe('spelling settings of an engine', () => {
  it('turns spelling off with spelling: false, keeping the name checks', async () => {
    const config = { spelling: false };
    expect(letterWarnings(await planOf([typos], config))).toEqual([]);
    expect(warnings(await planOf([misspeltName], config), 'thank-you.typos')).toHaveLength(1);
  });

  it("uses the host's spell checker instead of the bundled dictionary", async () => {
    const seen = new Set<string>();
    const engine = createFollowUpEngine({
      spellChecker: {
        correct: (word) => {
          seen.add(word);
          return word !== 'weekly';
        },
      },
    });
    const plan = await engine.evaluate(recordWith(NORTHWIND, [tomClassic]), { now: NOW });
    expect(one(warnings(plan, 'thank-you.spelling')).because).toEqual([
      'Words the spelling check does not know: “weekly”.',
    ]);
    expect(seen.has("I'm")).toBe(true); // curly apostrophes reach it straightened
    expect(seen.has('I’m')).toBe(false);
    expect([...seen].some((w) => /\d/.test(w))).toBe(false);
  });

  it('rejects bad spelling settings at creation, naming each', () => {
    const bad = () =>
      createFollowUpEngine({
        spelling: 'yes',
        spellChecker: { check: () => true },
        acceptedWords: ['fine', 42],
      } as unknown as EngineConfig);
    expect(bad).toThrow(OptionsValidationError);
    try {
      bad();
    } catch (error) {
      expect((error as OptionsValidationError).issues.map((i) => i.path)).toEqual([
        '$.spelling',
        '$.spellChecker',
        '$.acceptedWords[1]',
      ]);
    }
    expect(() =>
      createFollowUpEngine({ acceptedWords: 'Databricks' as unknown as string[] }),
    ).toThrow(/acceptedWords: Expected a list of words/);
  });

  it('checks notes of every held or upcoming round, never those of a cancelled one', async () => {
    const r = recordWith(NORTHWIND, [typos], (x) => {
      x.interviews[0].status = 'cancelled';
      x.interviews.push({
        id: 'r2',
        startsAt: '2026-11-30T10:00:00-05:00',
        interviewers: [{ id: 'ana', name: 'Ana Ruiz', title: 'Director', email: 'a@n.example' }],
      });
    });
    expect(letterWarnings(await planAt(r, NOW))).toEqual([]);
  });
});
