/**
 * The classes of false alarm the letter corpus showed, each fixed as a class
 * and held here through the public entry: words a real note uses that no
 * list has (clippings, borrowed phrases, words nothing is near, plurals of
 * the supplement's nouns), British thanks, and names in direct address.
 * Each rule is tried on the slip it must still catch.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLetter, type LetterContext, loadSpellChecker } from '../../src/letters/index.js';

beforeAll(() => Promise.all([loadSpellChecker('en-US'), loadSpellChecker('en-GB')]), 60_000);

const context: LetterContext = {
  interviewer: { name: 'Marcus Reed' },
  otherInterviewers: ['Marcia Reid'],
  employer: { name: 'Northwind' },
  position: { title: 'Data Analyst' },
};
const note = (middle: string) =>
  `Dear Marcus,\n\nThank you for the Data Analyst interview at Northwind. ${middle}\n\nBest,\nAna`;
const codes = async (text: string, locale = 'en-US', ctx = context) =>
  (await checkLetter(text, ctx, { locale })).map((f) => `${f.code} ${f.words.join('|')}`.trim());

describe('words a real note uses that no list has', () => {
  it('takes a clipping of a longer dictionary word for a word, a doubled letter for a slip', async () => {
    expect(await codes(note('I fit combi boilers and love a collab.'), 'en-GB')).toEqual([]);
    expect(await codes(note('I am comming back on Friday.'))).toEqual(['spelling comming']);
  });

  it('takes a name written in lower case inside a borrowed phrase, not after a determiner', async () => {
    expect(await codes(note('I did pro bono work and love salsa verde.'))).toEqual([]);
    expect(await codes(note('I asked the sargent about it.'))).toEqual(['spelling sargent']);
  });

  it('leaves a word no dictionary word is near, and reports a near miss with its fix', async () => {
    expect(await codes(note('I trained in balayage and cut a docuseries.'))).toEqual([]);
    const [f] = await checkLetter(note('I definately enjoyed it.'), context);
    expect(f?.words).toEqual(['definately']);
    expect(f?.suggestions?.[0]?.[0]).toBe('definitely');
  });

  it('takes the plural of a noun of the supplement', async () => {
    expect(await codes(note('I managed RFIs and submittals.'))).toEqual([]);
    expect(await codes(note('I managed submittalls.'))).toEqual(['spelling submittalls']);
  });

  it('keeps to the listed words with a host checker of its own', async () => {
    const own = { correct: (w: string) => !['balayage', 'combi'].includes(w.toLowerCase()) };
    const found = await checkLetter(note('I know balayage and combi boilers.'), context, {
      spellChecker: own,
    });
    expect(found.map((f) => f.words)).toEqual([['balayage', 'combi']]);
  });
});

describe('thanks', () => {
  it('counts "cheers for" as thanks, but not "Cheers" as a sign-off', async () => {
    const gb = { ...context, otherInterviewers: [] };
    const thanks = 'Marcus,\n\nCheers for the chat about the Data Analyst job.\n\nBen';
    const signOff = 'Marcus,\n\nGood chat about the Data Analyst job.\n\nCheers,\nBen';
    expect(await codes(thanks, 'en-GB', gb)).toEqual([]);
    expect(await codes(signOff, 'en-GB', gb)).toEqual(['no-thanks']);
  });
});

describe('the reader addressed mid-sentence', () => {
  const omar: LetterContext = { ...context, interviewer: { name: 'Omar Haddad' } };
  it('reports a near miss of the name set off by commas, even a dictionary word', async () => {
    const text = `Omar,\n\nThank you for the Data Analyst interview. It was great to work with you, Omer, at Northwind.\n\nAna`;
    expect(await codes(text, 'en-US', omar)).toEqual(['name-misspelled Omer']);
  });

  it('leaves a colleague with a close name who is not addressed', async () => {
    const text = `Omar,\n\nThank you for the Data Analyst interview. Omer showed me the Northwind office.\n\nAna`;
    expect(await codes(text, 'en-US', omar)).toEqual([]);
    const colleague = note('Marcia Reid showed me the dashboards, and Ms. Reid was kind.');
    expect(await codes(colleague)).toEqual([]);
  });

  it("reports another panel member's surname in the reader's place", async () => {
    expect(await codes(note('I appreciated, Mr. Reid, our talk about the dashboards.'))).toEqual([
      'name-misspelled Reid',
    ]);
  });
});
