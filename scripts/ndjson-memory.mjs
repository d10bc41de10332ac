/**
 * `npm run measure:ndjson -- [count…]`: streams generated records (default
 * 10,000 then 100,000) through the built CLI, `dist/cli.js plan --ndjson -`,
 * and prints, per run, the lines out, the time, the CLI's peak RSS and peak
 * heap, and the heap left after a full GC (sampled each second: first, last,
 * max). Flat figures across counts show memory does not grow with the
 * number of records. Needs `npm run build` first; not part of CI (it takes
 * minutes).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

const counts = process.argv.slice(2).map(Number);
const base = JSON.parse(readFileSync('examples/records/panel-interview.json', 'utf8'));

/** Record `i`: the panel interview with its own id and names, some of them invalid. */
function recordLine(i) {
  const r = structuredClone(base);
  r.id = `app-${i}`;
  r.candidate.name = `Candidate ${i}`;
  r.interviews[0].interviewers[0].name = `Interviewer ${i}`;
  if (i % 1000 === 999) r.interest = 'unknown'; // one bad line in a thousand
  return `${JSON.stringify(r)}\n`;
}

async function run(count) {
  const started = Date.now();
  const child = spawn(
    process.execPath,
    [
      '--expose-gc',
      '--import',
      './scripts/memory-probe.mjs',
      'dist/cli.js',
      'plan',
      '--ndjson',
      '-',
      '--now',
      '2026-11-26T09:00:00-05:00',
      '--holidays',
      'US',
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d) => {
    stderr += d;
  });
  let plans = 0;
  let errors = 0;
  const reading = (async () => {
    for await (const line of createInterface({ input: child.stdout })) {
      // Every line starts with its input line number; error lines then say "error".
      if (/^\{"line":\d+,"error":/.test(line)) errors += 1;
      else plans += 1;
    }
  })();
  for (let i = 0; i < count; i += 1) {
    if (!child.stdin.write(recordLine(i))) await once(child.stdin, 'drain');
  }
  child.stdin.end();
  const [code] = await once(child, 'close');
  await reading;
  const memory = JSON.parse(/MEMORY (.*)/.exec(stderr)?.[1] ?? '{}');
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  console.log(
    JSON.stringify({ records: count, plans, errors, exitCode: code, seconds, ...memory }),
  );
}

for (const count of counts.length > 0 ? counts : [10_000, 100_000]) await run(count);
