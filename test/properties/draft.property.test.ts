/**
 * Drafts pass the library's own letter checks: over generated records and
 * every bundled locale, the draft to each interviewer of a round, checked
 * with the round's other drafts as its other notes, has no finding but the
 * placeholder one while topics and strengths are left out, and none at all
 * when they are given; the drafts of one panel never trip the sameness check
 * against each other; equal inputs give equal drafts.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES, type SupportedLocale } from '../../src/index.js';
import {
  checkLetter,
  draftThankYou,
  loadSpellChecker,
  type OtherNote,
} from '../../src/letters/index.js';
import { type Json, recordArb, runs, timeout } from '../helpers/arbitraries.js';

/** Topics and strengths in each language, spelt as its dictionary spells them. */
const GIVEN: Readonly<Record<SupportedLocale, { topics: string[]; strengths: string[] }>> = {
  'en-US': {
    topics: ['the quarterly sales forecast', 'how the team reviews data quality'],
    strengths: ['my experience building dashboards'],
  },
  'en-GB': {
    topics: ['the quarterly sales forecast'],
    strengths: ['my experience of building dashboards', 'a careful eye for detail'],
  },
  es: {
    topics: ['la previsión de ventas'],
    strengths: ['mi experiencia con paneles de datos'],
  },
  fr: {
    topics: ['les prévisions de ventes', 'la qualité des données'],
    strengths: ['mon expérience des tableaux de bord'],
  },
  de: {
    topics: ['die Qualität der Daten'],
    strengths: ['meine Erfahrung mit Datenbanken'],
  },
};

const NOW = '2026-11-26T09:00:00Z';

beforeAll(() => Promise.all(SUPPORTED_LOCALES.map((l) => loadSpellChecker(l))), 60_000);

describe('draftThankYou over generated records', () => {
  it(
    'writes drafts that pass checkLetter, differ within a panel and repeat for equal inputs',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          recordArb,
          fc.constantFrom(...SUPPORTED_LOCALES),
          fc.boolean(),
          fc.constantFrom('formal', 'warm'),
          async (record: Json, locale, given, tone) => {
            const round = (record.interviews as Json[]).find((r) => r.status !== 'cancelled');
            if (round === undefined) return;
            const extra = given ? GIVEN[locale] : {};
            const panel = round.interviewers as Json[];
            const notes: OtherNote[] = [];
            for (const person of panel) {
              const request = {
                interviewId: round.id as string,
                interviewerId: person.id as string,
                tone: tone as 'formal' | 'warm',
                ...extra,
              };
              const draft = await draftThankYou(record, request, { now: NOW, locale });
              expect(draft.locale).toBe(locale);
              expect(await draftThankYou(record, request, { now: NOW, locale })).toEqual(draft);
              const findings = await checkLetter(
                draft.body,
                {
                  interviewer: person as { name: string },
                  candidate: record.candidate,
                  employer: record.employer,
                  position: record.position,
                  otherInterviewers: panel.filter((p) => p !== person).map((p) => p.name),
                  otherNotes: [...notes],
                },
                { locale },
              );
              const codes = findings.map((f) => f.code);
              expect(codes, `${draft.body}\n${JSON.stringify(findings)}`).toEqual(
                given ? [] : ['placeholder'],
              );
              notes.push({ body: draft.body, interviewerName: person.name });
            }
          },
        ),
        runs(40, 20_20),
      );
    },
    timeout(240_000),
  );
});
