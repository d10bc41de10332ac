import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import {
  type FollowUpPlan,
  formatPlan,
  isOptionsValidationError,
  toICalendar,
} from '../../src/index.js';
import { planAt, record } from '../helpers/plan.js';
import { samplePlan } from '../helpers/samples.js';

const ESC = '\u001b';

const emptyPlan: FollowUpPlan = {
  recordId: 'empty',
  evaluatedAt: '2026-11-26T09:00:00.000-05:00',
  timeZone: 'America/New_York',
  locale: 'en-US',
  stage: 'closed',
  actions: [],
  warnings: [],
  deadlines: [],
};

describe('formatPlan as text', () => {
  it('writes the panel-interview plan grouped, with human dates, reasons and guidelines', async () => {
    const text = formatPlan(await samplePlan('panel-interview.json'));
    await expect(text).toMatchFileSnapshot('__snapshots__/panel-interview.txt');
  });

  it('groups in the order do now, deadlines, watch out, each item in plan order', async () => {
    const plan = await samplePlan('panel-interview.json');
    const text = formatPlan(plan);
    const at = (s: string) => text.indexOf(s);
    expect(at('DO NOW')).toBeGreaterThan(0);
    expect(at('DO NOW')).toBeLessThan(at('DEADLINES'));
    expect(at('DEADLINES')).toBeLessThan(at('WATCH OUT'));
    const positions = plan.actions.map((a) => at(a.title));
    expect(positions.every((p) => p > at('DO NOW') && p < at('DEADLINES'))).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const item of [...plan.actions, ...plan.deadlines, ...plan.warnings]) {
      for (const why of item.because) expect(text).toContain(why);
    }
  });

  it('writes due dates for people in the plan zone, not as ISO strings', async () => {
    const text = formatPlan(await samplePlan('panel-interview.json'));
    expect(text).toContain('As of Thursday, November 26, 2026 at 9:00 AM (America/New_York).');
    expect(text).toContain('Due by the end of Monday, November 30.');
    expect(text).toContain('Opens Wednesday, December 2; due by the end of Friday, December 4.');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    const london = formatPlan(await samplePlan('upcoming-round.json'));
    expect(london).toContain('Due by Tuesday, December 1 at 11:30 AM.');
    expect(london).toContain('(Europe/London)');
  });

  it('adds the year to dates outside the year of evaluation', async () => {
    const plan = await planAt(
      record((r) => {
        r.interviews[0].startsAt = '2026-12-30T10:00:00-05:00';
        r.interviews[0].endsAt = '2026-12-30T11:00:00-05:00';
      }),
      '2026-12-30T12:00:00-05:00',
    );
    expect(formatPlan(plan)).toContain('Due by the end of Friday, January 1, 2027.');
  });

  it('leaves out empty groups, and says so when there is nothing at all', async () => {
    const text = formatPlan(await samplePlan('rejection.json'));
    expect(text).not.toContain('WATCH OUT');
    expect(formatPlan(emptyPlan)).toBe(
      'Follow-up plan for empty\nStage: closed. As of Thursday, November 26, 2026 at 9:00 AM (America/New_York).\n\nNothing to do, no deadline, no warning.\n',
    );
  });

  it('colours only when asked, and keeps the words', async () => {
    const plan = await samplePlan('panel-interview.json');
    const plain = formatPlan(plan);
    const coloured = formatPlan(plan, { color: true });
    expect(plain).not.toContain(ESC);
    expect(coloured).toContain(`${ESC}[1mDO NOW${ESC}[22m`);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI sequences
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain);
  });

  it('puts every item on its own lines even when names hold newlines or escapes', async () => {
    const plan = await planAt(
      record((r) => {
        r.interviews[0].interviewers[0].name = `Tom\nBaker ${ESC}[31mred`;
      }),
      '2026-11-26T09:00:00-05:00',
    );
    const text = formatPlan(plan);
    expect(text).not.toContain(ESC);
    expect(text).toContain('Send a thank-you note to Tom Baker  [31mred');
  });
});

describe('formatPlan as Markdown', () => {
  it('writes headings, items and reasons', async () => {
    const plan = await samplePlan('panel-interview.json');
    const md = formatPlan(plan, { format: 'markdown' });
    expect(md.startsWith('# Follow-up plan for app-2026-0142\n')).toBe(true);
    expect(md).toContain('## Do now');
    expect(md).toContain('## Deadlines');
    expect(md).toContain('## Watch out');
    expect(md).toContain(
      '- **Send a thank-you note to Priya Nair (interview on Wednesday, November 25)** — _high_ · due by the end of Monday, November 30',
    );
    expect(md).toContain('  - Thursday, November 26 is a holiday (Thanksgiving Day).');
    expect(md).toContain('America/New_York');
    await expect(md).toMatchFileSnapshot('__snapshots__/panel-interview.md');
  });

  it('escapes Markdown in names taken from the record', async () => {
    const plan = await planAt(
      record((r) => {
        r.interviews[0].interviewers[0].name = 'Ann *Bold* [link](x) | <b>_x_';
      }),
      '2026-11-26T09:00:00-05:00',
    );
    const md = formatPlan(plan, { format: 'markdown' });
    expect(md).toContain('Ann \\*Bold\\* \\[link\\](x) \\| \\<b\\>\\_x\\_');
    expect(md).not.toContain('*Bold*');
  });

  it('writes bare URLs and addresses from the record as text, not links (GFM)', async () => {
    const names = [
      'Ann https://evil.example/login',
      'Bo www.evil.example',
      'Cy ann@evil.example',
      'Di mailto:ann@evil.example',
      'Ed ftp://evil.example',
      'Flo evil.com',
    ];
    const plan = await planAt(
      record((r) => {
        r.interviews[0].interviewers = names.map((name, i) => ({ id: `p${i}`, name }));
      }),
      '2026-11-26T09:00:00-05:00',
    );
    const md = formatPlan(plan, { format: 'markdown' });
    const html = await marked.parse(md, { gfm: true, async: true });
    expect(html).not.toContain('<a');
    for (const name of names) expect(decode(html)).toContain(name);
  });
});

/** The text of rendered HTML: entities decoded (as a browser shows it). */
function decode(html: string): string {
  return html
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

describe('bidirectional and line-separator characters', () => {
  it('become spaces in text, Markdown and iCalendar', async () => {
    const tricks = [
      '\u202e',
      '\u202d',
      '\u202a',
      '\u202b',
      '\u202c',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u2028',
      '\u2029',
    ];
    const plan = await planAt(
      record((r) => {
        r.interviews[0].interviewers[0].name = `Tom${tricks.join('')}Baker`;
      }),
      '2026-11-26T09:00:00-05:00',
    );
    const unsafe = /[\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
    for (const out of [
      formatPlan(plan),
      formatPlan(plan, { format: 'markdown' }),
      toICalendar(plan),
    ]) {
      expect(out).toContain(`Tom${' '.repeat(tricks.length)}Baker`);
      expect(unsafe.test(out)).toBe(false);
    }
  });
});

it('refuses an unknown format with OptionsValidationError', () => {
  let caught: unknown;
  try {
    formatPlan(emptyPlan, { format: 'html' as 'text' });
  } catch (error) {
    caught = error;
  }
  expect(isOptionsValidationError(caught)).toBe(true);
});
