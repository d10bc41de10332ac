/**
 * `npm run bench:http-memory [-- count]`: the HTTP example as a long-running
 * host. Starts `examples/http-service/main.ts` (as its header says, from the
 * sources) on a loopback port and sends it `count` plans to work out
 * (default 20,000; 8 at a time), each record with a zone name in random
 * letter case, and prints the server process's RSS (Linux: `/proc`) before
 * and every tenth of the way. Before 0.2 the same run took the server from
 * 205 MB to 782 MB, never released.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const count = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 20_000);
const record = JSON.parse(
  readFileSync(join(root, 'examples', 'records', 'panel-interview.json'), 'utf8'),
);
const zones = Intl.supportedValuesOf('timeZone');
const randomCase = (name: string) =>
  [...name].map((c) => (Math.random() < 0.5 ? c.toUpperCase() : c.toLowerCase())).join('');

const child = spawn(
  process.execPath,
  ['--import', 'tsx', join('examples', 'http-service', 'main.ts')],
  { cwd: root, env: { ...process.env, PORT: '0', HOST: '127.0.0.1' }, stdio: 'pipe' },
);
child.stderr.setEncoding('utf8').on('data', (d: string) => process.stderr.write(d));
const base = await new Promise<string>((resolve, reject) => {
  let seen = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    seen += d;
    const m = /Listening on (http:\/\/\S+)/.exec(seen);
    if (m?.[1]) resolve(m[1]);
  });
  child.once('exit', () => reject(new Error(`the server stopped: ${seen}`)));
});

/** The server's resident memory, in MiB (Linux). */
function rssMiB(): string {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return (kb / 1024).toFixed(0);
  } catch {
    return '?';
  }
}

console.log(`${count.toLocaleString('en-US')} plans, zones in random case`);
console.log(`requests | server RSS (MiB) | statuses`);
console.log(`       0 | ${rssMiB().padStart(16)} |`);
const statuses = new Map<number, number>();
let sent = 0;
let done = 0;
async function client(): Promise<void> {
  while (sent < count) {
    sent += 1;
    const body = JSON.stringify({
      ...record,
      candidate: { ...record.candidate, timeZone: randomCase(zones[sent % zones.length] ?? 'UTC') },
    });
    const res = await fetch(`${base}/plan?now=2026-11-26T09:00:00-05:00`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    await res.arrayBuffer();
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    done += 1;
    if (done % (count / 10) === 0) {
      const summary = [...statuses].map(([s, n]) => `${s}: ${n}`).join(', ');
      console.log(`${String(done).padStart(8)} | ${rssMiB().padStart(16)} | ${summary}`);
    }
  }
}
await Promise.all(Array.from({ length: 8 }, client));
child.kill('SIGTERM');
