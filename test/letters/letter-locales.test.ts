/**
 * Letter checks speak every plan locale: en-US, en-GB, French, Spanish and
 * German, each with its bundled dictionary and words; any other language is
 * an OptionsValidationError naming the locale.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, isOptionsValidationError } from '../../src/index.js';
import { checkLetter, loadSpellChecker } from '../../src/letters/index.js';
import { record } from '../helpers/plan.js';

const context = {
  interviewer: { name: 'Tom Baker' },
  employer: { name: 'Northwind' },
  position: { title: 'Data Analyst' },
};
const letter = 'Dear Mr. Baker, thank you for meeting me about the Data Analyst role at Northwind.';

const frContext = {
  interviewer: { name: 'Anne Roussel' },
  otherInterviewers: ['Paul Girard'],
  employer: { name: 'Centre hospitalier de Valenciennes' },
  position: { title: 'Infirmière de bloc' },
};

describe('letter locales', () => {
  it('checks en-US and en-GB letters (other English tags take the nearest)', async () => {
    for (const locale of ['en-US', 'en-GB', 'en-AU', 'en-CA']) {
      const findings = await checkLetter(letter, context, { locale });
      expect(Array.isArray(findings)).toBe(true);
    }
  });

  it('checks French letters: elisions, greetings and forms of address, borrowed English words', async () => {
    const clean =
      "Madame Roussel,\n\nJe vous remercie de l'entretien qu'on a eu lundi et de m'avoir présenté le bloc de Valenciennes ; le reporting des incidents m'a intéressée.\n\nCordialement,\nLéa";
    for (const locale of ['fr', 'fr-CA', 'fr-BE']) {
      expect(await checkLetter(clean, frContext, { locale })).toEqual([]);
    }
    const wrong = await checkLetter(
      "Chère Madame Rousel,\n\nMerci pour l'entretein de lundi à Valenciennes.",
      frContext,
      { locale: 'fr' },
    );
    expect(wrong.map((f) => [f.code, f.words])).toEqual([
      ['name-misspelled', ['Rousel']],
      ['spelling', ['entretein']],
    ]);
    const other = await checkLetter("Bonjour Monsieur Girard, merci pour l'entretien.", frContext, {
      locale: 'fr',
    });
    expect(other.map((f) => f.code)).toEqual(['wrong-name', 'no-fit']);
    const noThanks = await checkLetter(
      'Madame Roussel, à lundi au bloc de Valenciennes.',
      frContext,
      {
        locale: 'fr',
      },
    );
    expect(noThanks.map((f) => f.code)).toEqual(['no-thanks']);
  });

  // Spanish and German: a clean note in every regional tag, then a note to
  // another panel member with one slip in it.
  it.each([
    {
      language: 'Spanish',
      shows: '"Hola, Lucía:", "Estimada Sra. Quintero:", accents',
      context: {
        interviewer: { name: 'Carmen Quintero' },
        otherInterviewers: ['Luis Navarro'],
        employer: { name: 'Hospital Universitario La Paz' },
        position: { title: 'Enfermera de quirófano' },
      },
      clean:
        'Estimada Sra. Quintero:\n\nLe agradezco la entrevista del jueves y la visita a La Paz; la fidelización del personal que me describió me pareció ejemplar.\n\nAtentamente,\nPaula',
      locales: ['es', 'es-MX', 'es-AR'],
      faulty: 'Hola, Luis:\n\nGracias por la entrevista en La Paz y por la estrategía del equipo.',
      found: [
        ['wrong-name', ['Luis']],
        ['spelling', ['estrategía']],
      ],
    },
    {
      language: 'German',
      shows: '"Sehr geehrte Frau Sauer", "Liebe Frau Dr. Baumgart", compounds',
      context: {
        interviewer: { name: 'Petra Baumgart' },
        otherInterviewers: ['Stefan Wolf'],
        employer: { name: 'Städtische Kliniken Nordheim' },
        position: { title: 'Pflegefachkraft' },
      },
      clean:
        'Liebe Frau Dr. Baumgart,\n\nvielen Dank für das Vorstellungsgespräch und den Rundgang durch die Kinderstation in Nordheim.\n\nMit freundlichen Grüßen\nJulia',
      locales: ['de', 'de-AT', 'de-CH'],
      faulty: 'Sehr geehrter Herr Wolf,\n\nvielen Dank für das Gesprräch in Nordheim.',
      found: [
        ['wrong-name', ['Wolf']],
        ['spelling', ['Gesprräch']],
      ],
    },
  ])('checks $language letters: $shows', async ({ context: c, clean, locales, faulty, found }) => {
    for (const locale of locales) expect(await checkLetter(clean, c, { locale })).toEqual([]);
    const findings = await checkLetter(faulty, c, { locale: locales[0] });
    expect(findings.map((f) => [f.code, f.words])).toEqual(found);
  });

  it('leaves the spelling of a note in another language alone (an English note in a French plan)', async () => {
    const english =
      'Dear Ms. Roussel,\n\nThank you for showing me the theatre block in Valenciennes last week. I enjoyed the talk about your team and the way you plan each day.\n\nBest,\nLea';
    expect(await checkLetter(english, frContext, { locale: 'fr' })).toEqual([]);
    // Two slips in a French note are still reported.
    const slips = await checkLetter(
      "Madame Roussel,\n\nMerci pour l'entretein et la vissite du bloc de Valenciennes.",
      frContext,
      { locale: 'fr' },
    );
    expect(slips.map((f) => f.words)).toEqual([['entretein', 'vissite']]);
  });

  it('refuses a language without letter checks with a typed error naming the locale', async () => {
    const error = await checkLetter(letter, context, { locale: 'it' }).catch((e: unknown) => e);
    expect(isOptionsValidationError(error)).toBe(true);
    expect((error as { issues: { path: string }[] }).issues[0]?.path).toBe('$.options.locale');
    await expect(loadSpellChecker('it')).rejects.toThrow(/not a supported locale/);
  });

  it('checks the spelling of notes in a German plan', async () => {
    const withNote = record((r) => {
      r.thankYouNotes = [
        {
          interviewId: 'r1',
          interviewerId: 'p1',
          status: 'draft',
          medium: 'email',
          body: 'Vielen Dank, Herr Baker, für das freundliche Gesprräch.',
        },
      ];
    });
    const plan = await evaluate(withNote, { now: '2026-11-26T09:00:00-05:00', locale: 'de' });
    expect(plan.warnings.map((w) => w.id)).toContain('thank-you.spelling');
  });
});
