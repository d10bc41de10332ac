/**
 * `npm run examples`: runs every example the way its header says (one
 * command each, from the sources) and checks its output with
 * scripts/example-checks.ts. The http-service example is started on a free
 * loopback port, sent one request per documented answer, and stopped.
 * Prints one line per example; on a failure, what was wrong and the output.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkBasic,
  checkCalendar,
  checkCustomRules,
  checkDigest,
  checkGreenhouseWebhook,
  checkHttpService,
  checkJsonRulesEngine,
  type ExampleRun,
  type Exchange,
  type HttpRun,
} from './example-checks.js';

const root = join(import.meta.dirname, '..');
const out = join(root, '.tmp', 'examples');
const TIMEOUT_MS = 60_000;

/** Starts `examples/<name>/main.ts` with tsx, as `npx tsx …` would, in one process. */
function start(name: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', join('examples', name, 'main.ts'), ...args], {
    cwd: root,
    env: { ...process.env, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Waits for the process to end (killing it after the timeout) and collects its output. */
function finish(child: ChildProcess): Promise<ExampleRun> {
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

async function run(name: string, args: readonly string[] = []): Promise<ExampleRun> {
  return finish(start(name, args));
}

/** Runs the http-service example, exchanges with it, stops it. */
async function runHttpService(): Promise<HttpRun> {
  const child = start('http-service', [], { PORT: '0', HOST: '127.0.0.1' });
  const done = finish(child);
  const exchanges: Record<string, Exchange> = {};
  const base = await new Promise<string | undefined>((resolve) => {
    let seen = '';
    const timer = setTimeout(() => resolve(undefined), TIMEOUT_MS);
    child.stdout!.on('data', (d: string) => {
      seen += d;
      const match = /Listening on (http:\/\/\S+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('close', () => resolve(undefined));
  });
  if (base !== undefined) {
    const record = readFileSync(join(root, 'examples', 'records', 'panel-interview.json'), 'utf8');
    const invalid = JSON.stringify({ ...JSON.parse(record), interest: 'very' });
    const json = { 'content-type': 'application/json' };
    const now = `now=${encodeURIComponent('2026-11-26T09:00:00-05:00')}&holidays=US`;
    const requests: Record<string, [string, RequestInit]> = {
      plan: [`/plan?${now}`, { method: 'POST', headers: json, body: record }],
      ics: [`/plan.ics?${now}`, { method: 'POST', headers: json, body: record }],
      malformedJson: ['/plan', { method: 'POST', headers: json, body: '{"id":' }],
      invalidRecord: ['/plan', { method: 'POST', headers: json, body: invalid }],
      oversize: ['/plan', { method: 'POST', headers: json, body: 'x'.repeat(1024 * 1024 + 1) }],
      notJson: [
        '/plan',
        { method: 'POST', headers: { 'content-type': 'text/plain' }, body: record },
      ],
      wrongMethod: ['/plan', { method: 'GET' }],
      wrongPath: ['/plans', { method: 'POST', headers: json, body: record }],
    };
    for (const [label, [path, init]] of Object.entries(requests)) {
      try {
        const res = await fetch(`${base}${path}`, init);
        exchanges[label] = {
          status: res.status,
          contentType: res.headers.get('content-type'),
          allow: res.headers.get('allow'),
          body: await res.text(),
        };
      } catch (error) {
        console.error(`  ${label}: ${(error as Error).message}`);
      }
    }
  }
  child.kill('SIGTERM');
  return { ...(await done), exchanges };
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const ics = join(out, 'follow-up.ics');

const examples: [string, () => Promise<[ExampleRun, string[]]>][] = [
  ['basic', async () => run('basic').then((r) => [r, checkBasic(r)])],
  [
    'career-centre-digest',
    async () => run('career-centre-digest').then((r) => [r, checkDigest(r)]),
  ],
  ['custom-rules', async () => run('custom-rules').then((r) => [r, checkCustomRules(r)])],
  [
    'json-rules-engine',
    async () => run('json-rules-engine').then((r) => [r, checkJsonRulesEngine(r)]),
  ],
  [
    'calendar',
    async () => {
      const r = await run('calendar', [ics]);
      let file: string | undefined;
      try {
        file = readFileSync(ics, 'utf8');
      } catch {
        file = undefined;
      }
      const withFile = { ...r, files: { [ics]: file } };
      return [withFile, checkCalendar(withFile, ics)];
    },
  ],
  ['http-service', async () => runHttpService().then((r) => [r, checkHttpService(r)])],
  [
    'greenhouse-webhook',
    async () => run('greenhouse-webhook').then((r) => [r, checkGreenhouseWebhook(r)]),
  ],
];

let failed = 0;
for (const [name, go] of examples) {
  const started = performance.now();
  const [result, problems] = await go();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (problems.length === 0) {
    console.log(`ok      ${name} (${seconds} s, ${result.stdout.split('\n').length} lines)`);
    continue;
  }
  failed++;
  console.log(`FAILED  ${name} (${seconds} s)`);
  for (const p of problems) console.log(`          - ${p}`);
  console.log(`        stdout:\n${result.stdout.replace(/^/gm, '          | ')}`);
  if (result.stderr)
    console.log(`        stderr:\n${result.stderr.replace(/^/gm, '          | ')}`);
}
console.log(
  failed === 0
    ? `all ${examples.length} examples ran and printed what they should`
    : `${failed} of ${examples.length} examples failed`,
);
process.exitCode = failed === 0 ? 0 : 1;
