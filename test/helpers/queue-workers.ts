/**
 * Worker processes of the queue example, started as its header says
 * (`node --import tsx examples/queue/main.ts work`, the package name mapped to
 * the sources by tsconfig.json), for the queue test and benchmark.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { QueueSettings } from '../../examples/queue/jobs.js';

const root = join(import.meta.dirname, '..', '..');

/** A worker process of the example, its output, and its id once ready. */
export interface WorkerProcess {
  readonly child: ChildProcess;
  readonly lines: string[];
  readonly ready: Promise<string>;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startWorker(settings: QueueSettings, flags: readonly string[] = []): WorkerProcess {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join('examples', 'queue', 'main.ts'), 'work', ...flags],
    {
      cwd: root,
      env: {
        ...process.env,
        REDIS_URL: settings.url,
        QUEUE_NAME: settings.queueName,
        QUEUE_PREFIX: settings.prefix,
        NO_COLOR: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const lines: string[] = [];
  let buffered = '';
  const onData = (chunk: string) => {
    buffered += chunk;
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    lines.push(...parts);
  };
  child.stdout!.setEncoding('utf8').on('data', onData);
  child.stderr!.setEncoding('utf8').on('data', onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const line = lines.find((l) => /^worker \S+ ready/.test(l));
      if (line) {
        clearInterval(timer);
        resolve(line.split(' ')[1]!);
      }
    }, 50);
    void exited.then(({ code }) => {
      clearInterval(timer);
      reject(new Error(`worker exited (${code}) before it was ready:\n${lines.join('\n')}`));
    });
  });
  ready.catch(() => {});
  return { child, lines, ready, exited };
}

/** Polls `condition` every 100 ms until it holds, or throws after `ms`. */
export async function until(
  condition: () => Promise<boolean>,
  ms: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
