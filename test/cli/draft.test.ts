/**
 * `interview-followup draft`: a thank-you note to one interviewer, as text or
 * JSON (exactly what `draftThankYou` returns); a round or person the record
 * lacks is invalid input (exit 1) named by its flag; a missing flag is bad
 * usage (exit 2).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftThankYou } from '../../src/letters/index.js';
import { cli } from '../helpers/cli.js';
import { DEMO_NOW, RECORDS_DIR, sample } from '../helpers/samples.js';

const file = join(RECORDS_DIR, 'panel-interview.json');
const pair = ['--interview', 'onsite', '--interviewer', 'priya-nair', '--now', DEMO_NOW];

describe('interview-followup draft', () => {
  it('prints the draft as JSON, exactly as draftThankYou returns it', async () => {
    const { code, stdout } = await cli([
      'draft',
      file,
      ...pair,
      '--topic',
      'your forecasting models',
      '--strength',
      'five years of SQL reporting',
      '--locale',
      'de',
      '--tone',
      'warm',
      '-f',
      'json',
    ]);
    expect(code).toBe(0);
    const expected = await draftThankYou(
      sample('panel-interview.json'),
      {
        interviewId: 'onsite',
        interviewerId: 'priya-nair',
        topics: ['your forecasting models'],
        strengths: ['five years of SQL reporting'],
        tone: 'warm',
      },
      { now: DEMO_NOW, locale: 'de' },
    );
    expect(JSON.parse(stdout)).toEqual(expected);
    expect(expected.body.split('\n')[0]).toBe('Hallo Priya,');
  });

  it('prints subject, medium and deadline, then the note, as text', async () => {
    const { code, stdout } = await cli(['draft', file, ...pair, '--holidays', 'US']);
    expect(code).toBe(0);
    const [subject, medium, sendBy, blank, greeting] = stdout.split('\n');
    expect(subject).toMatch(/^Subject: .*Data Analyst/);
    expect(medium).toBe('Medium: email');
    // Thanksgiving (Thursday 26th) is not a business day: the deadline moves to Monday.
    expect(sendBy).toBe('Send by: 2026-11-30T23:59:59.999-05:00');
    expect(blank).toBe('');
    expect(greeting).toBe('Dear Priya Nair,');
    expect(stdout).toContain('[one thing you discussed]');
    expect(stdout.trimEnd().endsWith('Maya Chen')).toBe(true);
  });

  it('names the flag of a round or person the record lacks (exit 1)', async () => {
    const { code, stderr } = await cli([
      'draft',
      file,
      '--interview',
      'onsite',
      '--interviewer',
      'nobody',
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain('--interviewer: No interviewer "nobody" in interview "onsite"');
  });

  it('is bad usage without --interview or --interviewer, or with an unknown tone (exit 2)', async () => {
    expect((await cli(['draft', file, '--interview', 'onsite'])).code).toBe(2);
    expect((await cli(['draft', file, ...pair, '--tone', 'loud'])).code).toBe(2);
    expect((await cli(['draft', '--interview', 'onsite', '--interviewer', 'x'])).code).toBe(2);
  });
});
