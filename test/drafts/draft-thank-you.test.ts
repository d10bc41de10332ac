/**
 * `draftThankYou` through the letters entry: greeting, day, position and
 * employer, topics and strengths or placeholders, closing with the
 * candidate's name, medium from the employer's preference, the deadline of
 * the plan, the locale of the call or the record, and typed errors naming
 * the path of a bad request.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, isOptionsValidationError, isRecordValidationError } from '../../src/index.js';
import { checkLetter, draftThankYou, type OtherNote } from '../../src/letters/index.js';
import { type Json, record } from '../helpers/plan.js';

const NOW = '2026-11-26T09:00:00-05:00';
const pair = { interviewId: 'r1', interviewerId: 'p2' };

/** The error a promise rejects with. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('draftThankYou', () => {
  it('writes the whole note: greeting, day, position, employer, topic, fit, closing', async () => {
    const draft = await draftThankYou(
      record(),
      { ...pair, topics: ['your data-quality checks'], strengths: ['five years of SQL reporting'] },
      { now: NOW },
    );
    const lines = draft.body.split('\n');
    expect(lines[0]).toBe('Dear Priya Nair,');
    expect(draft.body).toContain('Wednesday, November 25');
    expect(draft.body).toContain('Data Analyst');
    expect(draft.body).toContain('Northwind');
    expect(draft.body).toContain('your data-quality checks');
    expect(draft.body).toContain('five years of SQL reporting');
    expect(lines.at(-1)).toBe('Maya Chen');
    expect(draft.body).not.toMatch(/\[/);
    expect(draft.subject).toMatch(/Data Analyst/);
    expect(draft.locale).toBe('en-US');
  });

  it('leaves placeholders the letter check flags until they are replaced', async () => {
    const r = record();
    const draft = await draftThankYou(r, pair, { now: NOW });
    expect(draft.body).toContain('[one thing you discussed]');
    const context = {
      interviewer: { name: 'Priya Nair' },
      employer: r.employer,
      position: r.position,
      candidate: r.candidate,
    };
    const findings = await checkLetter(draft.body, context);
    expect(findings.map((f) => [f.code, f.severity])).toEqual([['placeholder', 'critical']]);
    const [found] = findings;
    expect(found?.ranges.map((x) => draft.body.slice(x.start, x.end))).toEqual(found?.words);
    const filled = draft.body
      .replace('[one thing you discussed]', 'your forecasting models')
      .replace('[what you bring to the role]', 'my experience with SQL');
    expect(await checkLetter(filled, context)).toEqual([]);
  });

  it('greets with the honorific the name starts with, as each locale writes it', async () => {
    const r = record((x) => {
      x.interviews[0].interviewers[1].name = 'Ms Priya Nair';
      x.interviews[0].interviewers[0].name = 'Dr. Tom Baker';
    });
    const first = async (interviewerId: string, locale: string, tone?: 'warm') =>
      (
        await draftThankYou(r, { interviewId: 'r1', interviewerId, tone }, { now: NOW, locale })
      ).body.split('\n')[0];
    expect(await first('p2', 'en-GB')).toBe('Dear Ms Nair,');
    expect(await first('p2', 'en-US')).toBe('Dear Ms. Nair,');
    expect(await first('p2', 'de')).toBe('Sehr geehrte Frau Nair,');
    expect(await first('p2', 'fr')).toBe('Madame Nair,');
    expect(await first('p2', 'es')).toBe('Estimada Sra. Nair:');
    expect(await first('p1', 'en-GB')).toBe('Dear Dr Baker,');
    expect(await first('p2', 'en-US', 'warm')).toBe('Dear Priya,');
  });

  it("takes the employer's preferred medium (G6): e-mail for the phone, none while unknown", async () => {
    const medium = async (preferred: string | undefined) =>
      (
        await draftThankYou(
          record((x) => {
            if (preferred === undefined) delete x.employer.preferredContact;
            else x.employer.preferredContact = preferred;
          }),
          pair,
          { now: NOW },
        )
      ).medium;
    expect(await medium('mail')).toBe('mail');
    expect(await medium('fax')).toBe('fax');
    expect(await medium('email')).toBe('email');
    expect(await medium('phone')).toBe('email');
    expect(await medium(undefined)).toBeUndefined();
  });

  it("gives the plan's thank-you deadline, also for a round not held yet", async () => {
    const r = record();
    const plan = await evaluate(r, { now: NOW });
    const due = plan.deadlines.find(
      (d) => d.ruleId === 'thank-you.due' && d.subject?.id === 'p2',
    )?.dueAt;
    expect((await draftThankYou(r, pair, { now: NOW })).sendBy).toBe(due);
    expect(due).toBe('2026-11-27T23:59:59.999-05:00');
    // Before the round: the deadline it will have.
    const early = await draftThankYou(r, pair, { now: '2026-11-20T09:00:00-05:00' });
    expect(early.sendBy).toBe(due);
    // British holidays do not move a New York deadline; US Thanksgiving (26th) does.
    const us = await draftThankYou(r, pair, { now: NOW, holidays: { country: 'US' } });
    expect(us.sendBy).toBe('2026-11-30T23:59:59.999-05:00');
  });

  it('writes in the locale of the call, else of the record, else en-US', async () => {
    const french = record((x) => {
      x.candidate.locale = 'fr-CA';
    });
    expect((await draftThankYou(french, pair, { now: NOW })).locale).toBe('fr');
    expect((await draftThankYou(french, pair, { now: NOW })).body).toContain(
      'mercredi 25 novembre',
    );
    expect((await draftThankYou(french, pair, { now: NOW, locale: 'de' })).locale).toBe('de');
    expect((await draftThankYou(record(), pair, { now: NOW })).locale).toBe('en-US');
  });

  it('varies the notes of one panel of 50 so the sameness check flags none of them', async () => {
    const r = record((x: Json) => {
      x.interviews[0].interviewers = Array.from({ length: 50 }, (_, i) => ({
        id: `p${i}`,
        name: `Person${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))} Baker`,
      }));
    });
    const drafts = await Promise.all(
      (r.interviews[0].interviewers as Json[]).map((p) =>
        draftThankYou(r, { interviewId: 'r1', interviewerId: p.id }, { now: NOW }),
      ),
    );
    const names = (r.interviews[0].interviewers as Json[]).map((p) => p.name as string);
    for (let i = 1; i < drafts.length; i++) {
      const otherNotes: OtherNote[] = drafts
        .slice(0, i)
        .map((d, j) => ({ body: d.body, interviewerName: names[j] as string }));
      const findings = await checkLetter(
        drafts[i]?.body ?? '',
        {
          interviewer: { name: names[i] as string },
          employer: r.employer,
          position: r.position,
          otherNotes,
        },
        { spelling: false },
      );
      expect(findings.filter((f) => f.code === 'too-similar')).toEqual([]);
    }
  });

  it('refuses an interview or interviewer the record lacks, naming the path', async () => {
    const bad = async (request: unknown) => {
      const error = await rejection(draftThankYou(record(), request as typeof pair, { now: NOW }));
      expect(isOptionsValidationError(error)).toBe(true);
      return (error as { issues: { path: string; code: string; message: string }[] }).issues;
    };
    expect(await bad({ interviewId: 'r9', interviewerId: 'p1' })).toEqual([
      expect.objectContaining({
        path: '$.request.interviewId',
        code: 'unknown_reference',
        message: expect.stringContaining('"r1"'),
      }),
    ]);
    expect(await bad({ interviewId: 'r1', interviewerId: 'p9' })).toEqual([
      expect.objectContaining({ path: '$.request.interviewerId', code: 'unknown_reference' }),
    ]);
    const shapes = await bad({ interviewerId: 3, topics: 'x', tone: 'loud', extra: 1 });
    expect(shapes.map((i) => i.path).sort()).toEqual(
      [
        '$.request.extra',
        '$.request.interviewId',
        '$.request.interviewerId',
        '$.request.tone',
        '$.request.topics',
      ].sort(),
    );
    expect((await bad({ ...pair, strengths: ['ok', ''] })).map((i) => i.path)).toEqual([
      '$.request.strengths[1]',
    ]);
    expect((await bad(null)).map((i) => i.path)).toEqual(['$.request']);
    const cancelled = record((x) => {
      x.interviews[0].status = 'cancelled';
    });
    const error = await rejection(draftThankYou(cancelled, pair, { now: NOW }));
    expect(isOptionsValidationError(error)).toBe(true);
  });

  it('refuses an invalid record and bad options as evaluate does', async () => {
    expect(isRecordValidationError(await rejection(draftThankYou({}, pair)))).toBe(true);
    const error = await rejection(draftThankYou(record(), pair, { locale: 'it' }));
    expect(isOptionsValidationError(error)).toBe(true);
  });
});
