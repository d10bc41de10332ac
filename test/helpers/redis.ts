/**
 * A Redis for the queue example's tests and benchmark:
 * - `REDIS_URL` when set (CI sets it: .ci/run starts a private server with
 *   scripts/redis.sh); it must answer, or that is an error;
 * - else a private `redis-server` started here on a free loopback port,
 *   persistence off, in its own directory under .tmp, stopped by `stop()`;
 * - else, outside CI, the reason it could not start, so the tests can skip
 *   saying why. In CI (`CI=true`) that is an error instead: a green CI must
 *   mean the queue tests ran.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Redis } from 'ioredis';

/** A Redis that answers, and how to let it go. */
export interface AvailableRedis {
  readonly url: string;
  /** Stops the server if this helper started it; otherwise does nothing. */
  stop(): Promise<void>;
}

/** No Redis, and why (only outside CI). */
export interface MissingRedis {
  readonly url?: undefined;
  readonly reason: string;
}

const root = join(import.meta.dirname, '..', '..');

/** True when `url` answers PING within two seconds. */
export async function answers(url: string): Promise<boolean> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 2_000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on('error', () => {});
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function startPrivate(): Promise<AvailableRedis | string> {
  const dir = join(root, '.tmp', `redis-test-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  let child: ChildProcess;
  try {
    child = spawn(
      'redis-server',
      [
        '--bind',
        '127.0.0.1',
        '--port',
        String(port),
        '--save',
        '',
        '--appendonly',
        'no',
        '--dir',
        dir,
      ],
      { stdio: 'ignore' },
    );
  } catch (error) {
    return `redis-server could not start: ${(error as Error).message}`;
  }
  const exited = new Promise<string>((resolve) => {
    child.once('error', (error: NodeJS.ErrnoException) =>
      resolve(
        error.code === 'ENOENT'
          ? 'redis-server is not installed (Debian: apt-get install -y redis-server), and REDIS_URL is not set'
          : `redis-server could not start: ${error.message}`,
      ),
    );
    child.once('exit', (code) => resolve(`redis-server exited with code ${code}`));
  });
  const url = `redis://127.0.0.1:${port}`;
  let failed: string | undefined;
  void exited.then((reason) => {
    failed = reason;
  });
  for (let i = 0; i < 50 && failed === undefined; i++) {
    if (await answers(url)) {
      return {
        url,
        async stop() {
          if (child.exitCode === null && child.signalCode === null) {
            const gone = new Promise((resolve) => child.once('exit', resolve));
            child.kill('SIGTERM');
            await gone;
          }
          rmSync(dir, { recursive: true, force: true });
        },
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
  return failed ?? `redis-server did not answer on ${url} within 5 s`;
}

/** A Redis to test against, or (outside CI only) why there is none. Throws in CI. */
export async function redisForTests(
  env: NodeJS.ProcessEnv = process.env,
): Promise<AvailableRedis | MissingRedis> {
  const configured = env.REDIS_URL;
  if (configured) {
    if (await answers(configured)) return { url: configured, stop: async () => {} };
    throw new Error(`REDIS_URL is set to ${configured}, but no Redis answers there`);
  }
  const started = await startPrivate();
  if (typeof started !== 'string') return started;
  if (env.CI === 'true') throw new Error(`CI needs Redis for the queue tests: ${started}`);
  return { reason: started };
}
