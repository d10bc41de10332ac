/**
 * The playground page (examples/playground/) in headless Chromium (Debian's,
 * driven by playwright-core, as test/browser/browser.test.ts): built here
 * from the library's build the way `npm run playground` builds it, served on
 * loopback, and used as a person would — sample records switched, `now`
 * changed, the record broken, custom rules typed, a note typed — each state
 * checked against what the library answers in Node for the same input.
 *
 * On a failure, a screenshot of the page is saved under .tmp/playground/.
 * The time from navigation to the first plan on screen is reported (printed
 * and written to .tmp/playground/timing.json), not asserted.
 *
 * Needs the build (`dist/`, the page imports the package by name) and
 * /usr/bin/chromium: CI has both (.ci/run builds first and installs
 * Chromium) and fails without them; elsewhere the test is skipped.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import {
  createFollowUpEngine,
  evaluate,
  type FollowUpPlan,
  isOptionsValidationError,
  type OptionsValidationError,
  type RuleDocument,
  toICalendar,
  validateRules,
} from 'interview-followup';
import { checkLetter, draftThankYou } from 'interview-followup/letters';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlayground, servePlayground } from '../../examples/playground/build.mjs';
import { chromiumAvailable, launchChromium } from '../helpers/chromium.js';

// What the functions run in the page use of its globals (this file is compiled
// without the DOM library; these names exist only in this module).
interface PageNode {
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
}
interface PageTextArea extends PageNode {
  readonly value: string;
  readonly selectionStart: number;
  readonly selectionEnd: number;
}
declare const document: {
  getElementById(id: string): PageNode | null;
  querySelector(selector: string): PageNode | null;
  querySelectorAll(selector: string): { readonly length: number };
  readonly body: { readonly dataset: Record<string, string | undefined> };
  readonly documentElement: { readonly scrollWidth: number };
};
declare class MutationObserver {
  constructor(callback: (records: { addedNodes: Iterable<PageNode> }[]) => void);
  observe(target: PageNode, options: Record<string, boolean>): void;
}

const root = join(import.meta.dirname, '..', '..');
const shots = join(root, '.tmp', 'playground');
const available = chromiumAvailable();
const built = existsSync(join(root, 'dist', 'index.js'));
if (process.env.CI && !built) throw new Error('CI builds before testing: dist/ is missing');

const read = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
const panel = read('examples/records/panel-interview.json') as {
  thankYouNotes: { interviewerId: string; body: string }[];
};
function panelNoteToTom(): string {
  return panel.thankYouNotes.find((n) => n.interviewerId === 'tom-baker')!.body;
}
const upcoming = read('examples/records/upcoming-round.json') as { id: string };
const linkedin = read('examples/custom-rules/linkedin-rule.json') as RuleDocument;
const NOW = '2026-11-26T09:00:00-05:00';
/** What the page's letters panel tells checkLetter about a note to Priya Nair (panel-interview.json). */
const priyaContext = {
  interviewer: { name: 'Priya Nair', title: 'Senior Data Engineer' },
  candidate: { name: 'Maya Chen' },
  employer: { name: 'Northwind Analytics' },
  position: { title: 'Data Analyst' },
  otherInterviewers: ['Tom Baker', 'Luis Ortega'],
  otherNotes: [{ body: panelNoteToTom(), interviewerName: 'Tom Baker' }],
};
const LATER = '2026-12-01T09:00:00-05:00';
const US = { country: 'US' };

/** Every deadline's status by key, as the page shows it. */
const pageStatuses = (page: Page) =>
  page.$$eval('#plan-deadlines li.deadline', (items) =>
    Object.fromEntries(items.map((li) => [li.getAttribute('data-key'), li.dataset.status])),
  );
const statuses = (plan: FollowUpPlan) =>
  Object.fromEntries(plan.deadlines.map((d) => [d.key, d.status]));

describe.skipIf(!available || !built)('the playground page in headless Chromium', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  /** Runs one state's checks; on a failure, saves a screenshot named after it. */
  async function state(name: string, check: () => Promise<void>) {
    try {
      await check();
    } catch (error) {
      mkdirSync(shots, { recursive: true });
      await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true }).catch(() => {});
      throw error;
    }
  }

  /** Waits for the plan of the current input, spelling of the notes included. */
  const settled = () =>
    page.waitForFunction(() => {
      const status = document.getElementById('plan-status')?.textContent ?? '';
      return document.body.dataset.firstPlanMs !== undefined && !status.includes('Checking');
    });

  beforeAll(async () => {
    const { outdir } = await buildPlayground({ outdir: join(root, '.tmp', 'playground-page') });
    let url: string;
    ({ server, url } = await servePlayground(outdir));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('loads: the first sample record and its plan, as Node plans it; reports the time to it', async () => {
    await state('load', async () => {
      await page.waitForSelector('[data-first-plan-ms]', { timeout: 30_000 });
      const firstPlanMs = Number(await page.getAttribute('body', 'data-first-plan-ms'));
      await settled();
      const complete = await page.evaluate(() => Math.round(performance.now()));
      console.log(
        `playground: first plan on screen ${firstPlanMs} ms after navigation (complete plan, notes spell-checked, by ${complete} ms)`,
      );
      mkdirSync(shots, { recursive: true });
      writeFileSync(join(shots, 'timing.json'), JSON.stringify({ firstPlanMs }));
      const plan = await evaluate(panel, { now: NOW, holidays: US });
      expect(await pageStatuses(page)).toEqual(statuses(plan));
      expect(await page.textContent('#plan')).toContain(plan.actions[0]!.title);
      expect(JSON.parse((await page.textContent('#plan-json'))!)).toEqual(plan);
      // Readable on a 360 px phone: nothing wider than the screen.
      await page.setViewportSize({ width: 360, height: 800 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
      await page.setViewportSize({ width: 1280, height: 900 });
      expect(errors).toEqual([]);
    });
  }, 60_000);

  it('switches sample records', async () => {
    await state('switch-sample', async () => {
      await page.selectOption('#sample', { index: 1 });
      await page.waitForFunction(
        (id) => document.getElementById('plan')?.textContent?.includes(id),
        upcoming.id,
      );
      expect(JSON.parse(await page.inputValue('#record'))).toEqual(upcoming);
      await page.selectOption('#sample', { index: 0 });
      await page.waitForFunction(() =>
        document.getElementById('plan')?.textContent?.includes('app-2026-0142'),
      );
      await settled();
    });
  }, 60_000);

  it('changes `now`: a thank-you deadline goes from open to overdue', async () => {
    await state('change-now', async () => {
      const before = await evaluate(panel, { now: NOW, holidays: US });
      const after = await evaluate(panel, { now: LATER, holidays: US });
      const moved = after.deadlines.find(
        (d) => before.deadlines.find((b) => b.key === d.key)?.status !== d.status,
      );
      expect(moved?.status).toBe('overdue');
      const key = moved!.key;
      expect((await pageStatuses(page))[key]).toBe('open');
      await page.fill('#now', LATER);
      await page.waitForFunction(
        (k) =>
          document
            .querySelector(`#plan-deadlines li[data-key="${k}"]`)
            ?.getAttribute('data-status') === 'overdue',
        key,
      );
      await settled();
      expect(await pageStatuses(page)).toEqual(statuses(after));
      await page.fill('#now', NOW);
      await settled();
    });
  }, 60_000);

  it('breaks the record: the error at its path beside the editor, the last plan kept', async () => {
    await state('broken-record', async () => {
      const good = await page.inputValue('#record');
      const broken = good.replace('"2026-11-25T10:00:00-05:00"', '"next Tuesday"');
      expect(broken).not.toBe(good);
      await page.fill('#record', broken);
      const error = page.locator('#record-errors li[data-path="$.interviews[0].startsAt"]');
      await error.waitFor();
      expect(await error.getAttribute('data-code')).toBe('invalid_format');
      expect(await page.getAttribute('#record', 'aria-invalid')).toBe('true');
      // Never a blank page: the last plan stays, said to be out of date.
      expect(await page.locator('#plan-deadlines li.deadline').count()).toBeGreaterThan(0);
      expect(await page.textContent('#plan-status')).toContain('last valid one');
      // The path selects the bad value in the editor.
      await error.getByRole('button').click();
      const selected = await page.$eval('#record', (t) => {
        const area = t as unknown as PageTextArea;
        return area.value.slice(area.selectionStart, area.selectionEnd);
      });
      expect(selected).toBe('"next Tuesday"');
      // Not JSON at all: an error at $.
      await page.fill('#record', good.slice(0, -3));
      await page.locator('#record-errors li[data-path="$"]').waitFor();
      await page.fill('#record', good);
      await page.waitForFunction(
        () => document.getElementById('record-errors')?.textContent === '',
      );
      expect(await page.getAttribute('#record', 'aria-invalid')).toBeNull();
      await settled();
    });
  }, 60_000);

  it('a wrong option: its error under its own control, named by its path', async () => {
    await state('option-errors', async () => {
      const cases = [
        { field: '#zone', box: '#zone-errors', value: 'Mars/Olympus', restore: '' },
        {
          field: '#policy-thankYouBusinessDays',
          box: '#policy-thankYouBusinessDays-errors',
          value: '-1',
          restore: '2',
        },
      ];
      const expected = await Promise.all([
        evaluate(panel, { now: NOW, holidays: US, timeZone: 'Mars/Olympus' }).catch((e) => e),
        evaluate(panel, { now: NOW, holidays: US, policy: { thankYouBusinessDays: -1 } }).catch(
          (e) => e,
        ),
      ]);
      for (const [i, c] of cases.entries()) {
        const error = expected[i];
        expect(isOptionsValidationError(error)).toBe(true);
        const issue = (error as OptionsValidationError).issues[0]!;
        await page.fill(c.field, c.value);
        const shown = page.locator(`${c.box} li[data-path="${issue.path}"]`);
        await shown.waitFor();
        expect(await shown.textContent()).toContain(issue.message);
        expect(await page.getAttribute(c.field, 'aria-invalid')).toBe('true');
        await page.fill(c.field, c.restore);
        await page.waitForFunction((box) => document.querySelector(box)?.textContent === '', c.box);
        await settled();
      }
    });
  }, 60_000);

  it('downloads the plan as an .ics file, as toICalendar writes it', async () => {
    await state('ics', async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#ics')]);
      const plan = await evaluate(panel, { now: NOW, holidays: US });
      expect(download.suggestedFilename()).toBe(`${plan.recordId}.ics`);
      expect(readFileSync(await download.path(), 'utf8')).toBe(toICalendar(plan));
    });
  }, 60_000);

  it('a valid custom rule adds its items, and the diff says so; an invalid one shows its issue', async () => {
    await state('custom-rules', async () => {
      const before = await evaluate(panel, { now: NOW, holidays: US });
      const withRule = await createFollowUpEngine({ extraRules: [linkedin] }).evaluate(panel, {
        now: NOW,
        holidays: US,
      });
      const beforeKeys = new Set(
        [...before.actions, ...before.warnings, ...before.deadlines].map((i) => i.key),
      );
      const added = withRule.actions.filter((a) => !beforeKeys.has(a.key));
      expect(added.length).toBeGreaterThan(0);

      await page.fill('#custom-rules', JSON.stringify([linkedin], null, 2));
      for (const action of added) {
        await page.locator(`#plan-actions li[data-key="${action.key}"]`).waitFor();
        expect(await page.textContent(`#plan-actions li[data-key="${action.key}"]`)).toContain(
          action.title,
        );
        await page.locator(`#rule-diff li.added[data-key="${action.key}"]`).waitFor();
      }
      expect(await page.textContent('#rule-issues')).toBe('');

      const misspelt = {
        ...linkedin,
        conditions: { all: [{ fact: 'pair', path: 'noteSent', operator: 'equals', value: true }] },
      };
      const expected = validateRules([misspelt]);
      expect(expected.length).toBeGreaterThan(0);
      await page.fill('#custom-rules', JSON.stringify(misspelt, null, 2));
      for (const issue of expected) {
        const shown = page.locator(
          `#rule-issues li[data-rule-id="${issue.ruleId}"][data-path="${issue.path}"]`,
        );
        await shown.waitFor();
        expect(await shown.textContent()).toContain(issue.message);
      }
      expect(await page.textContent('#rule-issues')).toContain('Did you mean "equal"');
      expect(await page.getAttribute('#custom-rules', 'aria-invalid')).toBe('true');
      await page.fill('#custom-rules', '[]');
      await page.waitForFunction(() => document.getElementById('rule-issues')?.textContent === '');
      await settled();
    });
  }, 60_000);

  it('a typed note: a misspelt word and another interviewer’s name underlined at their offsets', async () => {
    await state('letter', async () => {
      await page.selectOption('#letter-interviewer', { label: 'Priya Nair (onsite)' });
      const start = 'Dear Mr. Baker,\n\nThank you for the Data Analyst ';
      await page.fill('#letter', start);
      // Typed key by key, as a person types: checked once typing pauses.
      await page.locator('#letter').pressSequentially('intervew at Northwind Analytics.', {
        delay: 10,
      });
      const text = await page.inputValue('#letter');
      const findings = await checkLetter(text, priyaContext);
      const expected = findings.flatMap((f) =>
        f.ranges.map((r) => ({ code: f.code, start: r.start, end: r.end })),
      );
      expect(expected.map((e) => [e.code, text.slice(e.start, e.end)])).toEqual([
        ['wrong-name', 'Baker'],
        ['spelling', 'intervew'],
      ]);
      await page.waitForFunction(
        (n) => document.querySelectorAll('#letter-marked mark').length === n,
        expected.length,
      );
      const marks = await page.$$eval('#letter-marked mark', (list) =>
        list.map((m) => ({
          code: m.getAttribute('data-code'),
          start: Number(m.getAttribute('data-start')),
          end: Number(m.getAttribute('data-end')),
          word: m.textContent,
        })),
      );
      expect(marks).toEqual(expected.map((e) => ({ ...e, word: text.slice(e.start, e.end) })));
      // The same underlines in the editor's backdrop, at the same offsets.
      expect(
        await page.$$eval('#letter-backdrop mark', (l) => l.map((m) => m.textContent)),
      ).toEqual(['Baker', 'intervew']);
      // The message on focus.
      const wrongName = findings.find((f) => f.code === 'wrong-name')!;
      await page.focus('#letter-marked mark[data-code="wrong-name"]');
      const tip = page.locator('#letter-marked .flag:focus-within .tip');
      expect(await tip.isVisible()).toBe(true);
      expect(await tip.textContent()).toBe(wrongName.message);
      // The other finding's message stays hidden until its word is hovered or focused.
      const other = page.locator('#letter-marked .flag:has(mark[data-code="spelling"]) .tip');
      expect(await other.isVisible()).toBe(false);
      await page.focus('#letter-interviewer'); // the first message hides, uncovering the text
      expect(await tip.count()).toBe(0);
      await page.hover('#letter-marked mark[data-code="spelling"]');
      expect(await other.isVisible()).toBe(true);
      expect(errors).toEqual([]);
    });
  }, 60_000);

  it('drafts a note (draftThankYou): placeholders underlined until topics and strengths are given', async () => {
    await state('draft', async () => {
      await page.selectOption('#letter-interviewer', { label: 'Priya Nair (onsite)' });
      const request = { interviewId: 'onsite', interviewerId: 'priya-nair' };
      const options = { now: NOW, holidays: US };
      const editorHolds = (body: string) =>
        page.waitForFunction(
          (b) => (document.getElementById('letter') as unknown as PageTextArea).value === b,
          body,
        );

      const bare = await draftThankYou(panel, request, options);
      await page.click('#draft');
      await editorHolds(bare.body);
      const placeholders = (await checkLetter(bare.body, priyaContext)).filter(
        (f) => f.code === 'placeholder',
      );
      const ranges = placeholders.flatMap((f) => f.ranges);
      expect(ranges.length).toBeGreaterThan(0);
      await page.waitForFunction(
        (n) =>
          document.querySelectorAll('#letter-marked mark[data-code="placeholder"]').length === n,
        ranges.length,
      );
      expect(
        await page.$$eval('#letter-marked mark[data-code="placeholder"]', (list) =>
          list.map((m) => [
            Number(m.getAttribute('data-start')),
            Number(m.getAttribute('data-end')),
          ]),
        ),
      ).toEqual(ranges.map((r) => [r.start, r.end]));
      expect(await page.textContent('#draft-status')).toContain(bare.subject);

      const topics = ['your data-quality checks'];
      const strengths = ['five years of SQL reporting'];
      const full = await draftThankYou(panel, { ...request, topics, strengths }, options);
      expect(await checkLetter(full.body, priyaContext)).toEqual([]);
      await page.fill('#draft-topics', topics.join(', '));
      await page.fill('#draft-strengths', strengths.join(', '));
      await page.click('#draft');
      await editorHolds(full.body);
      await page.waitForFunction(() =>
        document.getElementById('letter-status')?.textContent?.startsWith('No findings'),
      );
      expect(await page.locator('#letter-marked mark').count()).toBe(0);
      expect(errors).toEqual([]);
    });
  }, 60_000);

  it('loads another dictionary lazily, saying so while it loads', async () => {
    await state('dictionary-loading', async () => {
      await page.evaluate(() => {
        const seen: string[] = [];
        (globalThis as unknown as { seen: string[] }).seen = seen;
        const status = document.getElementById('letter-status')!;
        // Every text the status takes, however briefly (the records, not its text when read).
        new MutationObserver((records) => {
          for (const r of records) for (const n of r.addedNodes) seen.push(n.textContent ?? '');
        }).observe(status, {
          childList: true,
          characterData: true,
          subtree: true,
        });
      });
      await page.selectOption('#locale', 'en-GB');
      await page.waitForFunction(() =>
        (globalThis as unknown as { seen: string[] }).seen.some((s) => s.includes('(en-GB)')),
      );
      const seen = await page.evaluate(() => (globalThis as unknown as { seen: string[] }).seen);
      expect(seen).toContain('Loading the en-GB dictionary…');
      expect(seen.indexOf('Loading the en-GB dictionary…')).toBeLessThan(
        seen.findIndex((s) => s.includes('(en-GB)')),
      );
      expect(errors).toEqual([]);
    });
  }, 60_000);
});
