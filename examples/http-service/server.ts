/**
 * A small HTTP service around the library, with `node:http` and
 * `node:worker_threads` alone:
 *
 *   POST /plan       record (JSON) in → the plan (JSON) out
 *   POST /plan.ics   record (JSON) in → the plan as an iCalendar file
 *
 * Query parameters (optional): `now` (ISO 8601 with offset), `tz` (IANA
 * zone), `holidays` (a place: `US`, `US-NY`, `GB-ENG`).
 *
 * Answers: 200 with the plan; 400 `malformed-json`, `invalid-record` (the
 * first `issues[]`, each with its path, and `issueCount`) or
 * `invalid-options`; 404 for another path; 405 for another method (with
 * `Allow: POST`); 408 for a request not received in time; 413 for a body
 * over the limit (256 KiB by default); 415 for a body that is not
 * `application/json` in UTF-8; 503 `busy` (with `Retry-After`) for a request
 * that cannot be taken in time.
 *
 * Bounded, whatever clients send:
 * - Time to send a request: headers within `headersTimeoutMs` (5 s), the
 *   whole request within `requestTimeoutMs` (10 s), else 408 and the
 *   connection closed; an idle keep-alive connection is closed after
 *   `keepAliveTimeoutMs` (5 s).
 * - Waiting: plans are worked out on `threads` evaluation threads (one per
 *   core less one, 1 to 4), so this thread only reads and writes. A request waits for a
 *   free thread in arrival order, at most `maxWaitMs` (400 ms): then it is
 *   answered 503 instead. One that would bring the bytes waiting past
 *   `maxQueuedBytes` (1 MiB) is answered 503 at once. No request waits
 *   longer than that behind others, however heavy they are; each answer
 *   says how long it waited, and how long its own evaluation took
 *   (`Server-Timing: queue;dur=…, eval;dur=…`).
 * - Error bodies: at most `maxIssues` (20) issues and `maxIssueBytes`
 *   (8 KiB) of them, with `issueCount` the total; messages never repeat what
 *   was sent.
 */

import { existsSync } from 'node:fs';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createFollowUpEngine, type EngineConfig } from 'interview-followup';
import { type Answer, errorAnswer, type PlanRequest, ROUTES } from './plan-answer.js';
import type { WorkerRequest, WorkerSettings } from './worker.js';

/** Options of {@link createServer}. */
export interface PlanServiceOptions {
  /**
   * The engine settings (rules, policy, holidays…). Each evaluation thread
   * builds its engine from them, so they must be plain data: a holiday place
   * or list, not a function; no `spellChecker`. Default: the bundled rules.
   */
  engine?: EngineConfig;
  /** Evaluation threads. Default: one per core less one, from 1 to 4. */
  threads?: number;
  /** Largest request body accepted, in bytes. Default 256 KiB. */
  maxBodyBytes?: number;
  /** Bytes of bodies that may wait for a thread; past it, 503 at once. Default 1 MiB. */
  maxQueuedBytes?: number;
  /** Longest a request waits for a thread; then 503. Default 400 ms. */
  maxWaitMs?: number;
  /** Time to receive a whole request (headers and body). Default 10 s. */
  requestTimeoutMs?: number;
  /** Time to receive a request's headers. Default 5 s. */
  headersTimeoutMs?: number;
  /** Time an idle keep-alive connection stays open. Default 5 s. */
  keepAliveTimeoutMs?: number;
  /** Issues listed in an error answer at most. Default 20. */
  maxIssues?: number;
  /** Bytes of issues (as JSON) in an error answer at most. Default 8 KiB. */
  maxIssueBytes?: number;
  /** Where unexpected errors are reported. Default `console.error`. */
  log?: (message: string) => void;
}

type Settings = Required<Omit<PlanServiceOptions, 'engine' | 'log'>>;

const DEFAULTS: Settings = {
  // One core is left to this thread, which reads and writes for every request.
  threads: Math.max(1, Math.min(4, availableParallelism() - 1)),
  maxBodyBytes: 256 * 1024,
  maxQueuedBytes: 1024 * 1024,
  maxWaitMs: 400,
  requestTimeoutMs: 10_000,
  headersTimeoutMs: 5_000,
  keepAliveTimeoutMs: 5_000,
  maxIssues: 20,
  maxIssueBytes: 8 * 1024,
};

/** A request refused before it reaches a thread. */
class HttpError extends Error {
  constructor(readonly answer: Answer) {
    super(String(answer.body));
  }
}

const fail = (status: number, body: Record<string, unknown>, headers?: Record<string, string>) =>
  new HttpError(errorAnswer(status, body, headers));

const busy = () =>
  errorAnswer(
    503,
    { error: 'busy', message: 'Too many plans are being worked out; try again in a moment.' },
    { 'retry-after': '1' },
  );

function send(res: ServerResponse, answer: Answer, headers: Record<string, string> = {}) {
  res.writeHead(answer.status, {
    'content-type': answer.type,
    'content-length': Buffer.byteLength(answer.body),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...answer.headers,
    ...headers,
  });
  res.end(answer.body);
}

/**
 * Checks the content type: `application/json` or `application/<x>+json`,
 * in UTF-8 (no `charset`, or `charset=utf-8`). Anything else is a 415.
 */
function checkContentType(contentType: string | undefined): void {
  const [media = '', ...params] = (contentType ?? '').split(';');
  const type = media.trim().toLowerCase();
  if (type !== 'application/json' && !/^application\/[\w.+-]+\+json$/.test(type)) {
    throw fail(415, {
      error: 'unsupported-media-type',
      message: 'Send the record as application/json.',
    });
  }
  for (const param of params) {
    const eq = param.indexOf('=');
    const name = param
      .slice(0, eq === -1 ? undefined : eq)
      .trim()
      .toLowerCase();
    if (name !== 'charset') continue;
    const value = param
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .toLowerCase();
    if (eq === -1 || (value !== 'utf-8' && value !== 'utf8')) {
      throw fail(415, {
        error: 'unsupported-charset',
        message: 'Send the record in UTF-8 (charset=utf-8, or no charset).',
      });
    }
  }
}

/**
 * The request body's bytes, or a 413 once it grows past `limit` bytes. The
 * rest of an oversize body is read into nothing (up to three times the limit
 * more) before the answer, so the client, still sending, gets the 413 rather
 * than a reset connection; past that it is cut off.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const tooLarge = () =>
    fail(
      413,
      { error: 'payload-too-large', message: `The body may hold at most ${limit} bytes.` },
      { connection: 'close' },
    );
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      if (declared > 4 * limit) {
        reject(tooLarge());
        return;
      }
      over = true;
    }
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      if (size > 4 * limit) {
        req.destroy();
        reject(tooLarge());
      } else if (!over) chunks.push(chunk);
    });
    req.on('end', () => (over ? reject(tooLarge()) : resolve(Buffer.concat(chunks, size))));
    req.on('error', reject);
  });
}

/** A request waiting for, or on, an evaluation thread. */
interface Job {
  readonly request: PlanRequest;
  /** Its weight in the queue: the body, and 1 KiB so many tiny ones count too. */
  readonly bytes: number;
  readonly queuedAt: number;
  readonly gone: () => boolean;
  /** Answers: `waitedMs` for a thread, then `evaluatedMs` on it (none when refused). */
  readonly done: (answer: Answer, waitedMs: number, evaluatedMs?: number) => void;
  timer?: ReturnType<typeof setTimeout>;
}

/** One evaluation thread and the job it is on. */
interface Slot {
  worker: Worker;
  ready: boolean;
  job?: { readonly id: number; readonly job: Job };
}

/** The URL of worker.ts (or worker.js, once compiled). */
const WORKER_URL = new URL(
  `./worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`,
  import.meta.url,
);

/** The nearest tsconfig.json above this file, for tsx in the threads (its `paths` name the package). */
function tsconfigPath(): string | undefined {
  for (let dir = new URL('.', import.meta.url); ; dir = new URL('..', dir)) {
    const candidate = new URL('tsconfig.json', dir);
    if (existsSync(candidate)) return fileURLToPath(candidate);
    if (dir.pathname === '/') return undefined;
  }
}

/**
 * An evaluation thread. Run from the TypeScript sources (with tsx, or in a
 * test runner), the thread first registers tsx's loader, which Node 20 does
 * not pass on to worker threads; compiled, it loads worker.js directly.
 */
function startWorker(workerData: WorkerSettings): Worker {
  if (!WORKER_URL.pathname.endsWith('.ts')) return new Worker(WORKER_URL, { workerData });
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const options = JSON.stringify({ tsconfig: tsconfigPath() ?? false });
  const boot =
    `import(${tsx}).then((tsx) => { tsx.register(${options}); ` +
    `return import(${JSON.stringify(WORKER_URL.href)}); })`;
  return new Worker(boot, { eval: true, workerData });
}

/**
 * The evaluation threads and the requests waiting for them: first come,
 * first served, each waiting at most `maxWaitMs` (then 503), and no more
 * bytes waiting than `maxQueuedBytes` (past it, 503 at once).
 */
class Pool {
  readonly #slots: Slot[] = [];
  readonly #queue: Job[] = [];
  #queuedBytes = 0;
  #nextId = 0;
  #closed = false;
  #readyCount = 0;
  #onReady: () => void = () => {};
  /** Settles once every thread has built its engine. */
  readonly ready = new Promise<void>((resolve) => {
    this.#onReady = resolve;
  });

  constructor(
    readonly settings: Settings,
    readonly workerSettings: WorkerSettings,
    readonly log: (message: string) => void,
  ) {
    for (let i = 0; i < settings.threads; i++) this.#slots.push(this.#start());
  }

  #start(): Slot {
    const worker = startWorker(this.workerSettings);
    const slot: Slot = { worker, ready: false };
    type Reply = { ready?: true; id?: number; answer?: Answer; ms?: number; failure?: string };
    worker.on('message', (m: Reply) => {
      if (m.ready) {
        slot.ready = true;
        this.#readyCount += 1;
        if (this.#readyCount >= this.settings.threads) this.#onReady();
      } else if (slot.job !== undefined && m.id === slot.job.id) {
        const { job } = slot.job;
        slot.job = undefined;
        if (m.answer !== undefined) job.done(m.answer, 0, m.ms);
        else {
          this.log(`POST ${job.request.route}: ${m.failure}`);
          job.done(internal(), 0);
        }
      }
      this.#dispatch();
    });
    const lost = (why: string) => {
      if (this.#closed) return;
      this.log(`An evaluation thread stopped: ${why}`);
      slot.job?.job.done(internal(), 0);
      const index = this.#slots.indexOf(slot);
      // A new thread takes its place, a moment later (not in a loop if it cannot start).
      if (index !== -1) {
        setTimeout(() => {
          if (!this.#closed) this.#slots[index] = this.#start();
        }, 1000).unref();
      }
    };
    worker.on('error', (error) => lost(error.stack ?? error.message));
    worker.on('exit', (code) => lost(`exit code ${code}`));
    return slot;
  }

  submit(job: Job): void {
    if (this.#closed || this.#queuedBytes + job.bytes > this.settings.maxQueuedBytes) {
      job.done(busy(), 0);
      return;
    }
    this.#queuedBytes += job.bytes;
    this.#queue.push(job);
    job.timer = setTimeout(() => {
      if (this.#take(job)) job.done(busy(), Date.now() - job.queuedAt);
    }, this.settings.maxWaitMs);
    this.#dispatch();
  }

  /** Removes `job` from the queue; false when it is no longer there. */
  #take(job: Job): boolean {
    const index = this.#queue.indexOf(job);
    if (index === -1) return false;
    this.#queue.splice(index, 1);
    this.#queuedBytes -= job.bytes;
    clearTimeout(job.timer);
    return true;
  }

  #dispatch(): void {
    for (const slot of this.#slots) {
      if (!slot.ready || slot.job !== undefined) continue;
      let job = this.#queue[0];
      while (job?.gone()) {
        this.#take(job);
        job = this.#queue[0];
      }
      if (job === undefined) return;
      this.#take(job);
      const id = this.#nextId++;
      const waited = Date.now() - job.queuedAt;
      const done = job.done;
      // The answer says how long the request waited for its thread.
      slot.job = { id, job: { ...job, done: (answer, _, ms) => done(answer, waited, ms) } };
      const message: WorkerRequest = { id, ...job.request };
      slot.worker.postMessage(message);
    }
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const job of this.#queue.splice(0)) {
      clearTimeout(job.timer);
      job.done(busy(), Date.now() - job.queuedAt);
    }
    await Promise.all(this.#slots.map((s) => s.worker.terminate()));
  }
}

const internal = () =>
  errorAnswer(500, { error: 'internal', message: 'Something went wrong on our side.' });

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  s: Settings,
  pool: Pool,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (!ROUTES.includes(url.pathname)) {
    throw fail(404, { error: 'not-found', message: 'POST /plan or /plan.ics.' });
  }
  if (req.method !== 'POST') {
    throw fail(
      405,
      { error: 'method-not-allowed', message: `Use POST ${url.pathname}.` },
      { allow: 'POST' },
    );
  }
  checkContentType(req.headers['content-type']);
  const body = await readBody(req, s.maxBodyBytes);
  pool.submit({
    request: { route: url.pathname, query: url.search.slice(1), body },
    bytes: body.length + 1024,
    queuedAt: Date.now(),
    gone: () => res.destroyed || res.writableEnded,
    done: (answer, waitedMs, evaluatedMs) => {
      if (res.destroyed || res.headersSent) return;
      const timing = [`queue;dur=${waitedMs}`];
      if (evaluatedMs !== undefined) timing.push(`eval;dur=${Math.round(evaluatedMs)}`);
      send(res, answer, { 'server-timing': timing.join(', ') });
    },
  });
}

const pools = new WeakMap<Server, Pool>();

/**
 * Settles when every evaluation thread of `server` has built its engine and
 * loaded what loads once (the library, the spelling dictionary, the holiday
 * data: a second or so): call `listen` then, so the first requests do not
 * wait for it.
 *
 * @example
 * const server = createServer()
 * await serviceReady(server)
 * server.listen(3000)
 */
export function serviceReady(server: Server): Promise<void> {
  return pools.get(server)?.ready ?? Promise.resolve();
}

/**
 * The service as a `node:http` server, not yet listening: wait for
 * {@link serviceReady}, then call `.listen(port, host)`. Its evaluation
 * threads start at once and stop when the server is closed.
 *
 * @example
 * const server = createServer({ maxBodyBytes: 64 * 1024, engine: { holidays: { country: 'US' } } })
 * server.listen(0, '127.0.0.1', () => console.log(server.address()))
 */
export function createServer(options: PlanServiceOptions = {}): Server {
  const config = options.engine ?? {};
  createFollowUpEngine(config); // bad settings throw here, not in every thread
  try {
    structuredClone(config);
  } catch {
    throw new TypeError(
      'The engine settings go to the evaluation threads: use plain data (a holiday place or ' +
        'list rather than a function, no spellChecker).',
    );
  }
  const log = options.log ?? ((message: string) => console.error(message));
  const s: Settings = { ...DEFAULTS };
  for (const key of Object.keys(DEFAULTS) as (keyof Settings)[]) {
    const value = options[key];
    if (value !== undefined) s[key] = value;
  }
  const pool = new Pool(
    s,
    { engine: config, caps: { maxIssues: s.maxIssues, maxIssueBytes: s.maxIssueBytes } },
    log,
  );
  const server = createHttpServer(
    {
      requestTimeout: s.requestTimeoutMs,
      headersTimeout: s.headersTimeoutMs,
      keepAliveTimeout: s.keepAliveTimeoutMs,
      // How often Node checks those timeouts (default 30 s): often enough to keep them.
      connectionsCheckingInterval: Math.max(
        100,
        Math.min(1000, s.headersTimeoutMs / 5, s.requestTimeoutMs / 5),
      ),
    },
    (req, res) => {
      handle(req, res, s, pool).catch((error: unknown) => {
        if (res.headersSent || res.destroyed) {
          res.destroy();
          return;
        }
        if (error instanceof HttpError) {
          send(res, error.answer);
          return;
        }
        log(`POST ${req.url}: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
        send(res, internal());
      });
    },
  );
  server.on('close', () => void pool.close());
  pools.set(server, pool);
  return server;
}
