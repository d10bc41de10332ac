/**
 * A small HTTP service around the library, with `node:http` alone:
 *
 *   POST /plan       record (JSON) in → the plan (JSON) out
 *   POST /plan.ics   record (JSON) in → the plan as an iCalendar file
 *
 * Query parameters (optional): `now` (ISO 8601 with offset), `tz` (IANA
 * zone), `holidays` (a place: `US`, `US-NY`, `GB-ENG`).
 *
 * Answers: 200 with the plan; 400 `malformed-json`, `invalid-record` (with
 * every `issues[]` path) or `invalid-options`; 404 for another path; 405 for
 * another method (with `Allow: POST`); 413 for a body over the limit (1 MiB
 * by default); 415 for a body that is not `application/json`.
 */
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import {
  createFollowUpEngine,
  type EvaluateOptions,
  type FollowUpEngine,
  type FollowUpPlan,
  isOptionsValidationError,
  isRecordValidationError,
  toICalendar,
} from 'interview-followup';

/** Options of {@link createServer}. */
export interface PlanServiceOptions {
  /** The engine to evaluate with (rules, policy, holidays). Default: the bundled rules. */
  engine?: FollowUpEngine;
  /** Largest request body accepted, in bytes. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Where unexpected errors are reported. Default `console.error`. */
  log?: (message: string) => void;
}

const ROUTES: Record<string, (plan: FollowUpPlan) => { type: string; body: string }> = {
  '/plan': (plan) => ({ type: 'application/json; charset=utf-8', body: JSON.stringify(plan) }),
  '/plan.ics': (plan) => ({ type: 'text/calendar; charset=utf-8', body: toICalendar(plan) }),
};

/** A failed request: its status and JSON body. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(String(body.message ?? body.error));
  }
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(body);
}

/** True for `application/json` and `application/<something>+json`, any parameters. */
function isJson(contentType: string | undefined): boolean {
  const media = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return media === 'application/json' || /^application\/[\w.+-]+\+json$/.test(media);
}

/** The request body as text, or a 413 once it grows past `limit` bytes. */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const tooLarge = () =>
    new HttpError(
      413,
      { error: 'payload-too-large', message: `The body may hold at most ${limit} bytes.` },
      { connection: 'close' },
    );
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.resume(); // read the rest into nothing; the answer closes the connection
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The evaluation options of the query string. */
function optionsOf(query: URLSearchParams): EvaluateOptions {
  const options: EvaluateOptions = {};
  const now = query.get('now');
  const tz = query.get('tz');
  const holidays = query.get('holidays');
  if (now !== null) options.now = now;
  if (tz !== null) options.timeZone = tz;
  if (holidays !== null) {
    const [country = '', state, region] = holidays.split('-');
    options.holidays = {
      country,
      ...(state ? { state } : {}),
      ...(region ? { region } : {}),
    };
  }
  return options;
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  engine: FollowUpEngine,
  limit: number,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const render = ROUTES[url.pathname];
  if (render === undefined) {
    throw new HttpError(404, { error: 'not-found', message: 'POST /plan or /plan.ics.' });
  }
  if (req.method !== 'POST') {
    throw new HttpError(
      405,
      { error: 'method-not-allowed', message: `Use POST ${url.pathname}.` },
      { allow: 'POST' },
    );
  }
  if (!isJson(req.headers['content-type'])) {
    throw new HttpError(415, {
      error: 'unsupported-media-type',
      message: 'Send the record as application/json.',
    });
  }
  const text = await readBody(req, limit);
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch (error) {
    throw new HttpError(400, {
      error: 'malformed-json',
      message: `The body is not JSON: ${(error as Error).message}`,
    });
  }
  let plan: FollowUpPlan;
  try {
    plan = await engine.evaluate(record, optionsOf(url.searchParams));
  } catch (error) {
    if (isRecordValidationError(error)) {
      throw new HttpError(400, {
        error: 'invalid-record',
        message: 'The record is not valid; every problem is listed with its path.',
        issues: error.issues,
      });
    }
    if (isOptionsValidationError(error)) {
      throw new HttpError(400, {
        error: 'invalid-options',
        message: 'A query parameter is not valid.',
        issues: error.issues,
      });
    }
    throw error;
  }
  const { type, body } = render(plan);
  send(res, 200, type, body);
}

/**
 * The service as a `node:http` server, not yet listening: call
 * `.listen(port, host)`. One engine serves every request.
 *
 * @example
 * const server = createServer({ maxBodyBytes: 64 * 1024 })
 * server.listen(0, '127.0.0.1', () => console.log(server.address()))
 */
export function createServer(options: PlanServiceOptions = {}): Server {
  const engine = options.engine ?? createFollowUpEngine();
  const limit = options.maxBodyBytes ?? 1024 * 1024;
  const log = options.log ?? ((message: string) => console.error(message));
  return createHttpServer((req, res) => {
    handle(req, res, engine, limit).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof HttpError) {
        send(
          res,
          error.status,
          'application/json; charset=utf-8',
          JSON.stringify(error.body),
          error.headers,
        );
        return;
      }
      log(`POST ${req.url}: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
      send(
        res,
        500,
        'application/json; charset=utf-8',
        JSON.stringify({ error: 'internal', message: 'Something went wrong on our side.' }),
      );
    });
  });
}
