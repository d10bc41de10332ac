/**
 * What the evaluation threads of the plan service do with one request: the
 * body (bytes) to JSON, the query to options, the plan to JSON or
 * iCalendar — and every failure to a small JSON error that repeats nothing
 * that was sent. Used by `worker.ts`; the shapes here are shared with
 * `server.ts`.
 */
import {
  type EvaluateOptions,
  type FollowUpEngine,
  type FollowUpPlan,
  isOptionsValidationError,
  isRecordValidationError,
  toICalendar,
  type ValidationIssue,
} from 'interview-followup';

/** An HTTP answer: status, content type, body, extra headers. */
export interface Answer {
  readonly status: number;
  readonly type: string;
  /** Text, or its UTF-8 bytes (a thread sends a plan as bytes, moved rather than copied). */
  readonly body: string | Uint8Array;
  readonly headers?: Readonly<Record<string, string>>;
}

/** One request for an evaluation thread. */
export interface PlanRequest {
  /** `/plan` or `/plan.ics`. */
  readonly route: string;
  /** The query string, without `?`. */
  readonly query: string;
  /** The body, as received. */
  readonly body: Uint8Array;
}

/** Caps on the issues an error answer lists. */
export interface IssueCaps {
  readonly maxIssues: number;
  readonly maxIssueBytes: number;
}

/** A JSON error answer. */
export function errorAnswer(
  status: number,
  body: Record<string, unknown>,
  headers?: Record<string, string>,
): Answer {
  return {
    status,
    type: 'application/json; charset=utf-8',
    body: JSON.stringify(body),
    ...(headers ? { headers } : {}),
  };
}

const RENDER: Record<string, (plan: FollowUpPlan) => Answer> = {
  '/plan': (plan) => ({
    status: 200,
    type: 'application/json; charset=utf-8',
    body: JSON.stringify(plan),
  }),
  '/plan.ics': (plan) => ({
    status: 200,
    type: 'text/calendar; charset=utf-8',
    body: toICalendar(plan),
  }),
};

/** The routes the service answers. */
export const ROUTES: readonly string[] = Object.keys(RENDER);

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The body as JSON, or the 400 to answer (it repeats nothing of the body). */
function parseJson(body: Uint8Array): { json: unknown } | { error: Answer } {
  let text: string;
  try {
    text = utf8.decode(body); // a leading byte-order mark is dropped
  } catch {
    return {
      error: errorAnswer(400, { error: 'malformed-json', message: 'The body is not UTF-8.' }),
    };
  }
  try {
    return { json: JSON.parse(text) };
  } catch (error) {
    // V8's message quotes the text around the fault; give only where it is.
    const at = /position (\d+)/.exec((error as Error).message)?.[1];
    const where = at === undefined ? '' : ` (at character ${at})`;
    return {
      error: errorAnswer(400, {
        error: 'malformed-json',
        message: `The body is not JSON${where}.`,
      }),
    };
  }
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

/**
 * At most `maxIssues` issues and `maxIssueBytes` of them (as JSON), with the
 * total: an error answer stays small whatever the body held.
 */
function someIssues(issues: readonly ValidationIssue[], caps: IssueCaps) {
  const shown: Pick<ValidationIssue, 'path' | 'message'>[] = [];
  let bytes = 2;
  for (const { path, message } of issues) {
    if (shown.length >= caps.maxIssues) break;
    const size = Buffer.byteLength(JSON.stringify({ path, message })) + 1;
    if (bytes + size > caps.maxIssueBytes) break;
    bytes += size;
    shown.push({ path, message });
  }
  return { issues: shown, issueCount: issues.length };
}

/** The answer to one request: the plan, or the error to show. Unexpected errors are thrown. */
export async function answer(
  engine: FollowUpEngine,
  request: PlanRequest,
  caps: IssueCaps,
): Promise<Answer> {
  const render = RENDER[request.route];
  if (render === undefined) throw new Error(`No route ${request.route}.`);
  const parsed = parseJson(request.body);
  if ('error' in parsed) return parsed.error;
  try {
    const options = optionsOf(new URLSearchParams(request.query));
    return render(await engine.evaluate(parsed.json, options));
  } catch (error) {
    if (isRecordValidationError(error)) {
      return errorAnswer(400, {
        error: 'invalid-record',
        message: 'The record is not valid; the problems are listed with their paths.',
        ...someIssues(error.issues, caps),
      });
    }
    if (isOptionsValidationError(error)) {
      return errorAnswer(400, {
        error: 'invalid-options',
        message: 'A query parameter is not valid.',
        ...someIssues(error.issues, caps),
      });
    }
    throw error;
  }
}
