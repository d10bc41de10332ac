/**
 * Names and titles as other languages write them in running text: an
 * inflected word of a name is that word ("bei den Stadtwerken Lüneburg"), a
 * feminine title names the position ("als Notfallsanitäterin"), a connecting
 * word of a title does not hide a slip beside it ("técnica de labratorio");
 * in German, a capitalised word mid-sentence is a slip only near a listed
 * word of some length (a place or a brand is not), Swiss "ss" spelling and a
 * greeting a dictionary lacks ("Moin") pass. Each case with its counterpart
 * that must still be found.
 */
import { describe, expect, it } from 'vitest';
import { checkLetter, type LetterContext } from '../../src/letters/index.js';

const codes = async (text: string, context: LetterContext, locale: string) =>
  (await checkLetter(text, context, { locale })).map((f) =>
    `${f.code} ${f.words.join('|')}`.trim(),
  );

const stadtwerke: LetterContext = {
  interviewer: { name: 'Jürgen Meyer' },
  employer: { name: 'Stadtwerke Lüneburg' },
  position: { title: 'Elektroniker' },
};
const rettung: LetterContext = {
  interviewer: { name: 'Marco Wüst' },
  employer: { name: 'Rettungsdienst Kreis Kleve' },
  position: { title: 'Notfallsanitäter' },
};
const labor: LetterContext = {
  interviewer: { name: 'Teresa Lozano' },
  employer: { name: 'Laboratorios Alcázar' },
  position: { title: 'Técnica de laboratorio' },
};

describe('names and titles in running text', () => {
  it('reads an inflected word of the employer as that word, and still finds a slip of it', async () => {
    const ok =
      'Sehr geehrter Herr Meyer,\n\nvielen Dank für das Gespräch. Ich würde mich freuen, bei den Stadtwerken Lüneburg als Elektroniker anzufangen.\n\nMit freundlichen Grüßen\nLukas';
    expect(await codes(ok, stadtwerke, 'de')).toEqual([]);
    const slip = ok.replace('Stadtwerken', 'Stadwerken');
    expect(await codes(slip, stadtwerke, 'de')).toContain('employer-misspelled Stadwerken');
  });

  it('takes the feminine of a title for the title (no no-fit)', async () => {
    const text =
      'Sehr geehrter Herr Wüst,\n\nvielen Dank für das Gespräch am 3. April. Ich würde mich freuen, als Notfallsanitäterin Teil Ihres Teams zu werden.\n\nMit freundlichen Grüßen\nSarah';
    expect(await codes(text, rettung, 'de')).toEqual([]);
    const none = text.replace('als Notfallsanitäterin ', '');
    expect(await codes(none, rettung, 'de')).toContain('no-fit');
  });

  it('finds a slip of a title word across a connecting word of the title', async () => {
    const text =
      'Estimada Sra. Lozano:\n\nMuchas gracias por la entrevista del jueves para el puesto de técnica de labratorio en Laboratorios Alcázar.\n\nAtentamente,\nIrene';
    expect(await codes(text, labor, 'es')).toContain('position-misspelled labratorio');
    expect(await codes(text.replace('labratorio', 'laboratorio'), labor, 'es')).toEqual([]);
  });

  it('German: a place or brand mid-sentence is no slip; a misspelt noun is', async () => {
    const text =
      'Sehr geehrter Herr Meyer,\n\nvielen Dank für das Gespräch. Mit ähnlichen Verfahren habe ich in Erding gearbeitet, die Maschinen von Homag kenne ich gut. Ich würde gern als Elektroniker bei den Stadtwerken Lüneburg anfangen.\n\nMit freundlichen Grüßen\nLukas';
    expect(await codes(text, stadtwerke, 'de')).toEqual([]);
    const slip = text.replace('Verfahren', 'Verfahern');
    expect(await codes(slip, stadtwerke, 'de')).toContain('spelling Verfahern');
  });

  it('German: Swiss "ss" spelling and the greeting "Moin" pass; a wrong "ss" does not', async () => {
    const text =
      'Moin Herr Meyer,\n\nvielen Dank für das grosse Interesse an meiner Bewerbung als Elektroniker bei den Stadtwerken Lüneburg. Das Gespräch war grossartig.\n\nFreundliche Grüsse\nLukas';
    expect(await codes(text, stadtwerke, 'de')).toEqual([]);
    const wrong = text.replace('grossartig', 'grossartich');
    expect(await codes(wrong, stadtwerke, 'de')).toContain('spelling grossartich');
  });
});
