/**
 * What `npm run examples` expects of each example's output: not only a zero
 * exit code, but output that makes sense (the digest has a heading per
 * urgency group and every student; the .ics parses; the HTTP service answers
 * each request as documented). Each check returns the problems it found,
 * `[]` when the output is sane. Pure functions of a run, so a test can show
 * they fail on bad output (test/examples/checks.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';

/** What running an example produced. */
export interface ExampleRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Files the example wrote, by the path it was given. */
  readonly files?: Readonly<Record<string, string | undefined>>;
}

/** One HTTP exchange with the http-service example. */
export interface Exchange {
  readonly status: number;
  readonly contentType: string | null;
  readonly allow?: string | null;
  readonly body: string;
}

/** What the runner saw of the http-service example. */
export interface HttpRun extends ExampleRun {
  readonly exchanges: Readonly<Record<string, Exchange | undefined>>;
}

const root = join(import.meta.dirname, '..');

/** Problems every example's output must be free of. */
function common(run: ExampleRun, problems: string[] = []): string[] {
  if (run.code !== 0) problems.push(`exited with ${run.code}`);
  if (run.stdout.trim() === '') problems.push('printed nothing');
  if (run.stderr.trim() !== '') problems.push('wrote to stderr');
  for (const junk of ['undefined', 'NaN', '[object Object]', 'Invalid Date']) {
    if (run.stdout.includes(junk)) problems.push(`printed "${junk}"`);
  }
  return problems;
}

function expectText(run: ExampleRun, texts: readonly string[], problems: string[]): void {
  for (const text of texts) {
    if (!run.stdout.includes(text)) problems.push(`output lacks ${JSON.stringify(text)}`);
  }
}

/** The parsed calendar's tasks and events, or a problem. */
function calendarEntries(ics: string | undefined, problems: string[]): ICAL.Component[] {
  if (ics === undefined) {
    problems.push('no .ics was written');
    return [];
  }
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(ics));
  } catch (error) {
    problems.push(`the .ics does not parse: ${(error as Error).message}`);
    return [];
  }
  if (calendar.name !== 'vcalendar') problems.push(`the .ics is a ${calendar.name}`);
  if (!ics.includes('\r\n')) problems.push('the .ics lines do not end with CRLF');
  const entries = [
    ...calendar.getAllSubcomponents('vtodo'),
    ...calendar.getAllSubcomponents('vevent'),
  ];
  if (entries.length === 0) problems.push('the .ics holds no task or event');
  const uids = entries.map((e) => e.getFirstPropertyValue('uid'));
  if (new Set(uids).size !== uids.length) problems.push('two entries share a UID');
  for (const [i, e] of entries.entries()) {
    for (const prop of ['uid', 'summary', 'dtstamp']) {
      if (!e.getFirstPropertyValue(prop)) problems.push(`entry ${i} has no ${prop.toUpperCase()}`);
    }
    if (!e.getFirstPropertyValue('due') && !e.getFirstPropertyValue('dtstart')) {
      problems.push(`entry ${i} has no date`);
    }
  }
  return entries;
}

/** basic: the text plan of the sample panel interview. */
export function checkBasic(run: ExampleRun): string[] {
  const problems = common(run);
  if (!run.stdout.startsWith('Follow-up plan for app-2026-0142\n')) {
    problems.push('does not start with the plan heading');
  }
  expectText(
    run,
    [
      'DO NOW',
      'DEADLINES',
      'WATCH OUT',
      'Send a thank-you note to Priya Nair (interview on Wednesday, November 25)',
      // US holidays: Thanksgiving moves the deadline to Monday.
      'Due by the end of Monday, November 30.',
      'Why: ',
    ],
    problems,
  );
  return problems;
}

/** The names of the students of the digest example, from its records. */
export function digestStudents(dir = join(root, 'examples', 'career-centre-digest', 'students')) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')).candidate.name as string);
}

const DIGEST_GROUPS = ['Overdue', 'Due this week', 'Watch out', 'On track', 'Records to fix'];

/** career-centre-digest: a Markdown heading per group, in order, and every student. */
export function checkDigest(run: ExampleRun, students: readonly string[] = digestStudents()) {
  const problems = common(run);
  if (!run.stdout.startsWith('# Weekly follow-up digest\n')) problems.push('no digest title');
  const sections = new Map<string, string>();
  let last = -1;
  for (const group of DIGEST_GROUPS) {
    const match = new RegExp(`^## ${group} \\((\\d+)\\)$`, 'm').exec(run.stdout);
    if (match === null) {
      problems.push(`no heading "## ${group} (n)"`);
      continue;
    }
    if (match.index < last) problems.push(`"${group}" is out of order`);
    last = match.index;
    const rest = run.stdout.slice(match.index + match[0].length);
    const body = rest.slice(0, rest.search(/^## /m) === -1 ? undefined : rest.search(/^## /m));
    sections.set(group, body);
    const bullets = body.split('\n').filter((l) => l.startsWith('- ')).length;
    if (bullets !== Number(match[1])) {
      problems.push(`"${group}" announces ${match[1]} items and lists ${bullets}`);
    }
    if (bullets === 0 && !body.includes('_None._')) problems.push(`"${group}" is empty`);
  }
  for (const name of students) {
    if (!run.stdout.includes(`**${name}**`)) problems.push(`student ${name} is missing`);
  }
  // The sample students: one is late with everything, one record is broken.
  if (sections.size === DIGEST_GROUPS.length) {
    if (!sections.get('Overdue')!.includes('**Amara Osei**')) {
      problems.push('Amara Osei (no notes sent, ten days on) is not under Overdue');
    }
    if (!sections.get('Records to fix')!.includes('**Gabriel Núñez**')) {
      problems.push("Gabriel Núñez's broken record is not under Records to fix");
    }
  }
  return problems;
}

/** custom-rules: the added rule's action, the disabled rule gone, the moved deadlines, a refused rule. */
export function checkCustomRules(run: ExampleRun): string[] {
  const problems = common(run);
  expectText(
    run,
    [
      '+ [low] Connect with Tom Baker on LinkedIn',
      '- decision-timeline.ask is in the bundled plan, not in this one',
      'Thank-you note to Priya Nair (interview on Wednesday, November 25): end of Monday, November 30 → end of Friday, November 27 (open)',
      'Did you mean "noteSent"?',
    ],
    problems,
  );
  if (/Connect with (Priya Nair|Luis Ortega)/.test(run.stdout)) {
    problems.push('the LinkedIn action fired for an interviewer whose note is not sent');
  }
  return problems;
}

/**
 * json-rules-engine: the host's rule (custom operator, async fact) fired, the
 * follow-up rules fired inside json-rules-engine, and the plan is the root entry's.
 */
export function checkJsonRulesEngine(run: ExampleRun): string[] {
  const problems = common(run);
  expectText(
    run,
    [
      'Host rule fired: notify the partner manager on #partners',
      "Plan identical to the root entry's: yes",
      'Send a thank-you note to Priya Nair',
    ],
    problems,
  );
  const fired = /Follow-up rules fired in json-rules-engine: (\d+)/.exec(run.stdout);
  if (fired === null || Number(fired[1]) === 0) problems.push('no follow-up rule fired');
  return problems;
}

/** calendar: the written file parses as iCalendar, with as many entries as announced. */
export function checkCalendar(run: ExampleRun, file: string): string[] {
  const problems = common(run);
  const entries = calendarEntries(run.files?.[file], problems);
  const announced = /Wrote .*: (\d+) tasks\./.exec(run.stdout);
  if (announced === null) problems.push('does not say what it wrote');
  else if (Number(announced[1]) !== entries.length) {
    problems.push(`announces ${announced[1]} tasks, the file holds ${entries.length}`);
  }
  const summaries = entries.map((e) => String(e.getFirstPropertyValue('summary')));
  if (!summaries.some((s) => s.startsWith('Send a thank-you note to Priya Nair ('))) {
    problems.push('the .ics lacks the thank-you task for Priya Nair');
  }
  return problems;
}

/** greenhouse-webhook: both documented applications mapped and planned, the all-day round read in the candidate's zone. */
export function checkGreenhouseWebhook(run: ExampleRun): string[] {
  const problems = common(run);
  expectText(
    run,
    [
      'Application 4684156 → record greenhouse-application-4684156',
      'round 9128481: 2014-03-26T22:15:00.000Z → 2014-03-26T22:30:00.000Z with Kate Austen',
      'Application 432905 → record greenhouse-application-432905',
      'round 9128482: 2017-08-22T00:00:00.000+01:00 → 2017-08-22T23:59:59.999+01:00 with Charlie Pace',
      'Follow-up plan for greenhouse-application-4684156',
      'Follow-up plan for greenhouse-application-432905',
      'Send a thank-you note to Kate Austen (Culture Fit)',
      'Send a thank-you note to Charlie Pace (Whiteboarding Challenge)',
    ],
    problems,
  );
  return problems;
}

/** The exchanges the runner makes with the http-service example, and what each must answer. */
export const HTTP_EXPECTED: Readonly<
  Record<string, { status: number; type: string; error?: string }>
> = {
  plan: { status: 200, type: 'application/json' },
  ics: { status: 200, type: 'text/calendar' },
  malformedJson: { status: 400, type: 'application/json', error: 'malformed-json' },
  invalidRecord: { status: 400, type: 'application/json', error: 'invalid-record' },
  oversize: { status: 413, type: 'application/json', error: 'payload-too-large' },
  notJson: { status: 415, type: 'application/json', error: 'unsupported-media-type' },
  wrongMethod: { status: 405, type: 'application/json', error: 'method-not-allowed' },
  wrongPath: { status: 404, type: 'application/json', error: 'not-found' },
};

/** http-service: each exchange answered as documented, then a clean stop. */
export function checkHttpService(run: HttpRun): string[] {
  const problems: string[] = [];
  if (run.code !== 0) problems.push(`exited with ${run.code} when stopped`);
  if (!/^Listening on http:\/\/127\.0\.0\.1:\d+ /m.test(run.stdout)) {
    problems.push('never said where it listens');
  }
  if (!run.stdout.includes('Stopped.')) problems.push('did not stop cleanly');
  if (run.stderr.trim() !== '') problems.push('wrote to stderr (an unexpected error?)');
  for (const [name, want] of Object.entries(HTTP_EXPECTED)) {
    const got = run.exchanges[name];
    if (got === undefined) {
      problems.push(`${name}: no answer`);
      continue;
    }
    if (got.status !== want.status)
      problems.push(`${name}: status ${got.status}, not ${want.status}`);
    if (!got.contentType?.startsWith(want.type)) {
      problems.push(`${name}: content-type ${got.contentType}, not ${want.type}`);
    }
    if (want.error !== undefined) {
      let body: { error?: unknown; issues?: { path?: unknown }[] } = {};
      try {
        body = JSON.parse(got.body);
      } catch {
        problems.push(`${name}: the error body is not JSON`);
      }
      if (body.error !== want.error) problems.push(`${name}: error ${String(body.error)}`);
      if (name === 'invalidRecord' && !body.issues?.some((i) => i.path === '$.interest')) {
        problems.push('invalidRecord: the issues do not name $.interest');
      }
    }
  }
  const plan = run.exchanges.plan;
  if (plan?.status === 200) {
    try {
      const body = JSON.parse(plan.body);
      if (body.recordId !== 'app-2026-0142') problems.push(`plan: recordId ${body.recordId}`);
      if (!Array.isArray(body.actions) || body.actions.length === 0) {
        problems.push('plan: no actions');
      }
    } catch {
      problems.push('plan: the body is not JSON');
    }
  }
  if (run.exchanges.ics?.status === 200) {
    const ics: string[] = [];
    calendarEntries(run.exchanges.ics.body, ics);
    problems.push(...ics.map((p) => `ics: ${p}`));
  }
  if (run.exchanges.wrongMethod && run.exchanges.wrongMethod.allow !== 'POST') {
    problems.push('wrongMethod: no "Allow: POST"');
  }
  return problems;
}
