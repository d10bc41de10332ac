/**
 * `checkLetter` (entry `interview-followup/letters`) on the dozen letters of
 * ./letters.ts, then on the edge cases of each check.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type CheckLetterOptions,
  checkLetter,
  isOptionsValidationError,
  type LetterContext,
  type LetterFinding,
  loadSpellChecker,
  OptionsValidationError,
} from '../../src/letters/index.js';
import {
  BAD,
  GOOD,
  type Letter,
  misspeltName,
  NORTHWIND,
  nearCopy,
  noFit,
  noThanks,
  PRIYA,
  priyaLinks,
  TOM,
  tomClassic,
  typos,
  unknownProduct,
  wrongGreeting,
} from './letters.js';

// The one-time dictionary load, outside any test's time budget (a busy CI machine is slow).
beforeAll(() => loadSpellChecker(), 60_000);

/** The context a host would build for `letter`, with the other notes of the round. */
function contextOf(letter: Letter, otherNotes: readonly Letter[] = []): LetterContext {
  const app = letter.application;
  return {
    interviewer: { name: letter.to.name, title: letter.to.title },
    candidate: { name: app.candidate },
    employer: { name: app.employer },
    position: { title: app.position },
    otherInterviewers: app.panel.filter((p) => p.id !== letter.to.id).map((p) => p.name),
    otherNotes: otherNotes.map((n) => ({ body: n.body, interviewerName: n.to.name })),
    ...(letter.acceptedWords ? { acceptedWords: letter.acceptedWords } : {}),
  };
}

/** The other notes of the round each bad letter is checked with. */
const ROUND_OF = new Map<Letter, Letter[]>([[nearCopy, [tomClassic]]]);

const check = (letter: Letter, options?: CheckLetterOptions) =>
  checkLetter(letter.body, contextOf(letter, ROUND_OF.get(letter) ?? []), options);

/** [code, words] of each finding. */
const summary = (findings: readonly LetterFinding[]) => findings.map((f) => [f.code, f.words]);

/** Every range points at one of the finding's words. */
function expectRangesMatch(text: string, findings: readonly LetterFinding[]) {
  for (const f of findings) {
    for (const r of f.ranges) expect(f.words).toContain(text.slice(r.start, r.end));
    expect(new Set(f.ranges.map((r) => text.slice(r.start, r.end)))).toEqual(new Set(f.words));
  }
}

describe('checkLetter on a dozen realistic letters', () => {
  it.each(GOOD.map((l) => [l.name, l] as const))('finds nothing in the letter %s', async (_, l) => {
    expect(await check(l)).toEqual([]);
  });

  it.each(BAD.map((l) => [l.name, l] as const))(
    'finds the problem in the letter %s, and only that',
    async (_, l) => {
      const expected: Record<string, (string | string[])[][]> = {
        [typos.name]: [['spelling', ['oppurtunity', 'definately', 'recieve']]],
        [misspeltName.name]: [['name-misspelled', ['Bakker']]],
        [wrongGreeting.name]: [['wrong-name', ['Priya']]],
        [noThanks.name]: [['no-thanks', []]],
        [noFit.name]: [['no-fit', []]],
        [nearCopy.name]: [['too-similar', []]],
        // A capitalised word mid-sentence is taken for a name: left alone.
        [unknownProduct.name]: [],
      };
      const findings = await check(l);
      expect(summary(findings)).toEqual(expected[l.name]);
      expectRangesMatch(l.body, findings);
      for (const f of findings) expect(f.message.length).toBeGreaterThan(10);
    },
  );

  it('points at each misspelt word and says which', async () => {
    const [f] = await check(typos);
    expect(f!.message).toBe(
      'Check the spelling of these words: “oppurtunity”, “definately”, “recieve”.',
    );
    expect(f!.severity).toBe('warning');
    expect(f!.suggestions?.map((s) => s[0])).toEqual(['opportunity', 'definitely', 'receive']);
    expect(f!.ranges).toHaveLength(3);
    expect(f!.ranges.map((r) => typos.body.slice(r.start, r.end))).toEqual([
      'oppurtunity',
      'definately',
      'recieve',
    ]);
  });

  it('names the real name and the misspelt one', async () => {
    const [f] = await check(misspeltName);
    expect(f!.message).toBe("The interviewer's name is Tom Baker; the letter writes “Bakker”.");
    expect(f!.ranges).toEqual([{ start: 9, end: 15 }]);
  });

  it('says whom the greeting names and whom the letter is for', async () => {
    const [f] = await check(wrongGreeting);
    expect(f!.message).toBe('The greeting names Priya, but the letter is for Tom Baker.');
    expect(f!.ranges).toEqual([{ start: 5, end: 10 }]);
  });

  it('gives the similarity and the other addressee of a near-copy', async () => {
    const [f] = await check(nearCopy);
    expect(f!.similarTo).toBe('Tom Baker');
    expect(f!.similarity).toBeGreaterThanOrEqual(0.9);
    expect(f!.similarity).toBeLessThan(1);
    expect(f!.message).toMatch(/^The letter is 9\d% the same as the note to Tom Baker/);
  });

  it('finds no similarity problem among the good letters of one round', async () => {
    const round = [tomClassic, priyaLinks];
    expect(await check(tomClassic)).toEqual([]);
    expect(await checkLetter(priyaLinks.body, contextOf(priyaLinks, round.slice(0, 1)))).toEqual(
      [],
    );
  });

  it('orders findings by harm: names, greeting, spelling, thanks, fit, similarity', async () => {
    const body = 'Dear Mr. Bakker,\n\nIt was a plesure to meet you.';
    const findings = await checkLetter(body, {
      ...contextOf(misspeltName),
      otherNotes: [{ body, interviewerName: 'Ana Ruiz' }],
    });
    expect(findings.map((f) => f.code)).toEqual([
      'name-misspelled',
      'spelling',
      'no-thanks',
      'no-fit',
      'too-similar',
    ]);
  });
});

/** Findings for `body` as a letter to Tom at Northwind (other interviewer: Priya Nair). */
const toTom = (body: string, extra: Partial<LetterContext> = {}, options?: CheckLetterOptions) =>
  checkLetter(body, { ...contextOf(tomClassic), ...extra }, options);
const fine = 'Thank you for the Data Analyst interview at Northwind.';

describe('spelling', () => {
  it('accepts contractions, with straight or curly apostrophes', async () => {
    expect(
      await toTom(
        `${fine} I'm sure you're busy; don't worry, I won't call. It’s fine, we’ve time.`,
      ),
    ).toEqual([]);
  });

  it('accepts possessives of words and of the names in the context', async () => {
    expect(
      await toTom(
        `${fine} The team's goals, the company’s plans, Northwind's data, Tom's advice, Priya’s idea, Maya Chen's résumé.`,
      ),
    ).toEqual([]);
  });

  it('checks each part of a hyphenated word', async () => {
    expect(
      await toTom(`${fine} A well-known, data-driven, cross-functional, e-mail follow-up.`),
    ).toEqual([]);
    const [f] = await toTom(`${fine} A well-knwon, data-drivn team.`);
    expect(f?.words).toEqual(['well-knwon', 'data-drivn']);
  });

  it('skips numbers, ordinals, e-mail addresses and URLs', async () => {
    expect(
      await toTom(
        `${fine} On the 2nd, 3rd and 21st at 9:30, 40% of 1,000 rows, Q3, v2.1; ` +
          'mail maya.chen@xyzzy.example, see https://qwrt.example/zxcv?q=1, www.plugh.org and frobnitz.io/abc.',
      ),
    ).toEqual([]);
  });

  it('skips acronyms and words with an inner capital, accepts accents the dictionary lacks', async () => {
    expect(await toTom(`${fine} KPIs, ETL, LinkedIn and McKinsey; a naïve café résumé.`)).toEqual(
      [],
    );
  });

  it('accepts host-supplied words in any case, and the titles of the context', async () => {
    const body = `${fine} I use Databricks and modelr daily, like an Analytics Manager.`;
    // "Databricks", capitalised mid-sentence, is taken for a name.
    expect((await toTom(body))[0]?.words).toEqual(['modelr']);
    expect(await toTom(body, { acceptedWords: ['databricks', 'Modelr'] })).toEqual([]);
  });

  it('reports each misspelt word once, with every place it appears', async () => {
    const body = `${fine} Teh data, teh model.`;
    const [f] = await toTom(body);
    expect(f?.words).toEqual(['Teh', 'teh']);
    expect(f?.ranges).toHaveLength(2);
  });

  it('can be turned off, or done by the host’s own spell checker', async () => {
    const body = `${fine} I recieved it.`;
    expect(await toTom(body, {}, { spelling: false })).toEqual([]);
    const seen: string[] = [];
    const strict = {
      correct: (w: string) => {
        seen.push(w);
        return w !== 'it';
      },
    };
    const [f] = await toTom(body, {}, { spellChecker: strict });
    expect(f?.words).toEqual(['it']);
    expect(seen).toContain('recieved');
    expect(await toTom(body, {}, { spelling: false, spellChecker: strict })).toEqual([]);
  });

  it('gives the same checker to every caller, loaded once', async () => {
    const [a, b] = await Promise.all([loadSpellChecker(), loadSpellChecker()]);
    expect(a).toBe(b);
    expect(a).toBe(await loadSpellChecker());
    expect(a.correct('interview')).toBe(true);
    expect(a.correct('intervew')).toBe(false);
  });
});

describe("the interviewer's name", () => {
  it('flags a misspelt first name or surname where the reader is addressed', async () => {
    expect((await toTom(`Dear Tomm,\n\n${fine}`))[0]?.words).toEqual(['Tomm']);
    expect((await toTom(`Hi Mr Bakr,\n\n${fine}`))[0]?.words).toEqual(['Bakr']);
    const body = `Dear Tom,\n\n${fine} Thanks again, Mr. Backer!`;
    expect(summary(await toTom(body))).toEqual([['name-misspelled', ['Backer']]]);
    expect((await toTom(`Dear Tom,\n\n${fine}`))[0]).toBeUndefined();
  });

  it('takes a close name elsewhere for someone else’s', async () => {
    const body = `Dear Tom,\n\n${fine} Tomas from recruiting and Mr. Backer's team were kind.`;
    expect(await toTom(body)).toEqual([]);
  });

  it('does not take ordinary words for a misspelt name', async () => {
    const context = { interviewer: { name: 'Dean Moore' } };
    expect(
      await toTom(`Dear Dean,\n\n${fine}\n\nMore than ever, I hope to join. Mare, More.`, context),
    ).toEqual([]);
  });

  it('flags a greeting that names another interviewer, or a near miss of their name', async () => {
    expect(summary(await toTom(`Dear Ms. Nair,\n\n${fine}`))).toEqual([['wrong-name', ['Nair']]]);
    expect(summary(await toTom(`Good afternoon Pryia,\n\n${fine}`))).toEqual([
      ['wrong-name', ['Pryia']],
    ]);
  });

  it('knows the other interviewers from the other notes too', async () => {
    const found = await checkLetter(`Dear Ana,\n\n${fine}`, {
      interviewer: { name: 'Tom Baker' },
      employer: { name: 'Northwind' },
      position: { title: 'Data Analyst' },
      otherNotes: [{ interviewerName: 'Ana Ruiz', body: 'Dear Ana, hello.' }],
    });
    expect(summary(found)).toEqual([['wrong-name', ['Ana']]]);
  });

  it('accepts a greeting to the whole panel, and the other interviewer named in the text', async () => {
    expect(await toTom(`Dear Tom and Priya,\n\n${fine}`)).toEqual([]);
    expect(await toTom(`Dear Tom,\n\n${fine} Say hello to Priya.`)).toEqual([]);
  });
});

describe('thanks and fit', () => {
  it('takes any word of thanks or appreciation', async () => {
    for (const words of ['Many thanks', 'I am grateful', 'I appreciated it', 'A thank-you']) {
      expect(await toTom(`Dear Tom, ${words} for the Data Analyst interview.`)).toEqual([]);
    }
  });

  it('takes the employer alone, its distinctive word, its possessive, or the title alone', async () => {
    for (const fit of [
      'Northwind Analytics',
      'Northwind',
      'Northwind’s team',
      'the data analyst job',
    ]) {
      expect(await toTom(`Dear Tom, thank you for the talk about ${fit}.`)).toEqual([]);
    }
    expect(summary(await toTom('Dear Tom, thank you for the talk about analytics.'))).toEqual([
      ['no-fit', []],
    ]);
  });

  it('reads words that name properties of objects ("constructor", "toString") as words', async () => {
    const body = 'Dear Tom, thank you for the Data Analyst interview. The constructor of toString.';
    expect(await toTom(body, {}, { spelling: false })).toEqual([]);
    expect(
      summary(await toTom('Dear Tom, thank you. A constructor call.', {}, { spelling: false })),
    ).toEqual([['no-fit', []]]);
  });
});

describe('similarity', () => {
  const base = tomClassic.body;

  it('sets the names of both addressees aside, with their honorifics', async () => {
    const swapped = base.replace('Dear Mr. Baker,', 'Dear Priya,').replace('Baker’s', 'Nair’s');
    const [f] = await checkLetter(swapped, {
      ...contextOf(nearCopy),
      otherNotes: [{ body: base, interviewerName: TOM.name }],
    });
    expect(f?.code).toBe('too-similar');
    expect(f?.similarity).toBe(1);
  });

  it('follows the threshold, and picks the most similar note', async () => {
    const context = contextOf(nearCopy, [tomClassic]);
    expect(await checkLetter(nearCopy.body, { ...context, similarityThreshold: 0.99 })).toEqual([]);
    const [f] = await checkLetter(nearCopy.body, {
      ...context,
      otherNotes: [
        { body: priyaLinks.body, interviewerName: 'Ana Ruiz' },
        { body: tomClassic.body, interviewerName: TOM.name },
      ],
    });
    expect(f?.similarTo).toBe(TOM.name);
  });
});

describe('arguments', () => {
  it('gives [] for a blank letter', async () => {
    expect(await toTom('')).toEqual([]);
    expect(await toTom('  \n ')).toEqual([]);
  });

  it('accepts the record’s own objects, extra fields and all', async () => {
    const interviewer = { id: 'p1', name: 'Tom Baker', email: 'tom@northwind.example' };
    const found = await checkLetter(`Dear Tom,\n\n${fine}`, {
      interviewer,
      employer: { name: 'Northwind', preferredContact: 'email' },
      position: { title: 'Data Analyst' },
    } as LetterContext);
    expect(found).toEqual([]);
  });

  it('rejects bad arguments with every problem and its path', async () => {
    const error = await checkLetter(
      42 as unknown as string,
      {
        interviewer: { name: '' },
        employer: {},
        position: { title: 'Data Analyst' },
        similarityThreshold: 2,
        acceptedWords: ['ok', ''],
        surprise: true,
      } as unknown as LetterContext,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OptionsValidationError);
    expect(isOptionsValidationError(error)).toBe(true);
    const paths = (error as OptionsValidationError).issues.map((i) => i.path).sort();
    expect(paths).toEqual([
      '$.context.employer.name',
      '$.context.interviewer.name',
      '$.context.similarityThreshold',
      '$.context.surprise',
      '$.text',
    ]);
    const options = await checkLetter('Hi', contextOf(tomClassic), {
      spelling: 'no',
      spellChecker: {},
    } as unknown as CheckLetterOptions).catch((e: OptionsValidationError) => e.issues);
    expect(options).toMatchObject([
      { path: '$.options.spelling', message: 'Expected true or false.' },
      { path: '$.options.spellChecker', message: expect.stringContaining('correct(word)') },
    ]);
    const words = await checkLetter('Hi', {
      ...contextOf(tomClassic),
      acceptedWords: ['ok', ''],
    }).catch((e: OptionsValidationError) => e.issues.map((i) => i.path));
    expect(words).toEqual(['$.context.acceptedWords[1]']);
  });

  it('rejects a letter over 20,000 characters and a context that throws when read', async () => {
    await expect(toTom('a '.repeat(10_001))).rejects.toThrow(OptionsValidationError);
    const hostile = {
      get interviewer(): never {
        throw new Error('nope');
      },
    } as unknown as LetterContext;
    await expect(checkLetter('Hi', hostile)).rejects.toThrow(/Could not be read: nope/);
  });

  it('never mutates the context', async () => {
    const context = contextOf(nearCopy, [tomClassic]);
    const copy = structuredClone(context);
    await checkLetter(nearCopy.body, Object.freeze(context));
    expect(context).toEqual(copy);
    expect(PRIYA.name).toBe('Priya Nair');
    expect(NORTHWIND.panel).toHaveLength(2);
  });
});
