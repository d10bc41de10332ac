/**
 * `draftThankYou`: a personal thank-you note to one interviewer of one round
 * (G5, G7), in the plan's locale, that passes the library's own letter
 * checks. The deadline and the locale come from the plan itself (`evaluate`,
 * loaded on first use so the letters entry stays light); the words from
 * `rules/locales/drafts/<locale>.json` (./draft-text.ts).
 */
import { humanDay } from '../calendar/human-dates.js';
import { localDateOf } from '../calendar/local-date.js';
import { OptionsValidationError, type ValidationIssue } from '../errors.js';
import { addressee, composeDraft, loadDraftWords } from '../letters/draft-text.js';
import type { EvaluateOptions } from '../options.js';
import type { FollowUpPlan } from '../plan/types.js';
import { RECORD_LIMITS } from '../record/limits.js';
import { parseRecord } from '../record/parse-record.js';
import type { Interview } from '../record/schema.js';
import { DEFAULT_LOCALE, resolveLocale, type SupportedLocale } from '../text/locale.js';
import { listOf } from '../text/locale-text.js';
import { loadText } from '../text/locales.js';
import { settingsObjectIssues } from '../text/unknown-keys.js';

/**
 * Which note to draft, and what it should say.
 *
 * @example
 * const request: ThankYouDraftRequest = {
 *   interviewId: 'onsite',
 *   interviewerId: 'priya-nair',
 *   topics: ['the move of the sales reports to dbt'],
 *   strengths: ['five years of SQL reporting'],
 * }
 */
export interface ThankYouDraftRequest {
  /** The round (`interviews[].id`). */
  readonly interviewId: string;
  /** The interviewer of that round (`interviews[].interviewers[].id`). */
  readonly interviewerId: string;
  /**
   * What the candidate brings to the role, each a noun phrase as it would
   * follow "I would bring" ("my experience with SQL"); without them the draft
   * has a `[placeholder]` to fill.
   */
  readonly strengths?: readonly string[] | undefined;
  /** Things discussed with this interviewer ("your data-quality checks"); else a `[placeholder]`. */
  readonly topics?: readonly string[] | undefined;
  /**
   * `formal` (default): "Dear Ms. Nair," when the name starts with an
   * honorific (Ms, Mr, Dr, Prof, Sra., Mme, Frau, Herr…), else the full name;
   * `warm`: the first name and a warmer closing.
   */
  readonly tone?: 'formal' | 'warm' | undefined;
}

/**
 * How the note should go: the employer's preferred medium (G6) — `email`
 * when they prefer the phone (any medium suits), `undefined` while their
 * preference is not known (the plan then asks the candidate to find out).
 *
 * @example
 * const medium: ThankYouMedium = 'email'
 */
export type ThankYouMedium = 'email' | 'mail' | 'fax';

/**
 * A drafted thank-you note.
 *
 * @example
 * const draft: ThankYouDraft = {
 *   subject: 'Thank you for the Data Analyst interview',
 *   body: 'Dear Priya Nair,\n\nThank you for taking the time…',
 *   medium: 'email',
 *   sendBy: '2026-11-27T23:59:59.999-05:00',
 *   locale: 'en-US',
 * }
 */
export interface ThankYouDraft {
  /** A subject line, for an e-mail. */
  readonly subject: string;
  /** The note: greeting, thanks, a topic, the fit, next steps, closing and the candidate's name. */
  readonly body: string;
  /** The employer's preferred medium; `undefined` while it is not known. */
  readonly medium: ThankYouMedium | undefined;
  /** The note's deadline from the plan (`thank-you.due`), with the plan zone's offset. */
  readonly sendBy: string;
  /** The plan's locale, which the note is written in. */
  readonly locale: SupportedLocale;
}

const REQUEST_KEYS = ['interviewId', 'interviewerId', 'strengths', 'topics', 'tone'] as const;
const MAX_PHRASES = 5;

/** The problems of a list of phrases at `$.request.<key>`. */
function phraseIssues(value: unknown, key: string): ValidationIssue[] {
  if (value === undefined) return [];
  const at = ['request', key];
  if (!Array.isArray(value) || value.length > MAX_PHRASES) {
    return [
      {
        path: `$.request.${key}`,
        pathSegments: at,
        code: Array.isArray(value) ? 'too_big' : 'invalid_type',
        message: `Expected a list of at most ${MAX_PHRASES} phrases.`,
      },
    ];
  }
  return value.flatMap((v: unknown, i) =>
    typeof v === 'string' && v.trim() !== '' && v.length <= RECORD_LIMITS.shortText
      ? []
      : [
          {
            path: `$.request.${key}[${i}]`,
            pathSegments: [...at, i],
            code: typeof v === 'string' ? ('invalid_value' as const) : ('invalid_type' as const),
            message: `Expected a phrase of 1 to ${RECORD_LIMITS.shortText} characters.`,
          },
        ],
  );
}

/** Every problem with the shape of a request. */
function requestIssues(request: unknown): ValidationIssue[] {
  if (request === undefined) {
    return [
      { path: '$.request', code: 'required', message: 'Name the interview and interviewer.' },
    ];
  }
  const issues = settingsObjectIssues(request, REQUEST_KEYS, ['request'], 'an object');
  if (issues.some((i) => i.code === 'invalid_type')) return issues;
  const r = request as Record<string, unknown>;
  for (const key of ['interviewId', 'interviewerId'] as const) {
    if (typeof r[key] !== 'string') {
      issues.push({
        path: `$.request.${key}`,
        pathSegments: ['request', key],
        code: r[key] === undefined ? 'required' : 'invalid_type',
        message: 'Expected an id of the record, as a string.',
      });
    }
  }
  issues.push(...phraseIssues(r.strengths, 'strengths'), ...phraseIssues(r.topics, 'topics'));
  if (r.tone !== undefined && r.tone !== 'formal' && r.tone !== 'warm') {
    issues.push({ path: '$.request.tone', message: 'Expected "formal" or "warm".' });
  }
  return issues;
}

/** The round and interviewer a request names; an `OptionsValidationError` naming the path if none. */
function findPair(
  interviews: readonly Interview[],
  request: ThankYouDraftRequest,
): { interview: Interview; place: number } {
  const ids = (list: readonly { id: string }[]) => list.map((x) => `"${x.id}"`).join(', ');
  const refuse = (issue: ValidationIssue) => new OptionsValidationError([issue]);
  const interview = interviews.find((i) => i.id === request.interviewId);
  if (interview === undefined) {
    throw refuse({
      path: '$.request.interviewId',
      code: 'unknown_reference',
      message: `No interview "${request.interviewId}" in the record; its interviews are ${ids(interviews)}.`,
    });
  }
  if (interview.status === 'cancelled') {
    throw refuse({
      path: '$.request.interviewId',
      code: 'inconsistent',
      message: `Interview "${interview.id}" was cancelled: no thank-you note is owed for it.`,
    });
  }
  const place = interview.interviewers.findIndex((p) => p.id === request.interviewerId);
  if (place < 0) {
    throw refuse({
      path: '$.request.interviewerId',
      code: 'unknown_reference',
      message: `No interviewer "${request.interviewerId}" in interview "${interview.id}"; its interviewers are ${ids(interview.interviewers)}.`,
    });
  }
  return { interview, place };
}

/** The pair's `thank-you.due` deadline in a plan. */
const dueOf = (plan: FollowUpPlan, request: ThankYouDraftRequest) =>
  plan.deadlines.find(
    (d) =>
      d.ruleId === 'thank-you.due' &&
      d.subject?.kind === 'interviewer' &&
      d.subject.id === request.interviewerId &&
      d.subject.interviewId === request.interviewId,
  )?.dueAt;

const MEDIUM: Readonly<Record<string, ThankYouMedium>> = {
  email: 'email',
  mail: 'mail',
  fax: 'fax',
  phone: 'email',
};

/**
 * Drafts a thank-you note to one interviewer of one round, in the plan's
 * locale (the `locale` option, else the record's `candidate.locale`, else
 * `en-US`): greeted by name (with their honorific when the name starts with
 * one: "Dear Ms Nair"), thanked for the interview on its day, naming the
 * position and employer, recalling a topic and why the candidate fits (from
 * `topics` and `strengths`, else a `[placeholder]` that `checkLetter` flags
 * until it is replaced), closing with the candidate's name. Each sentence
 * has several phrasings, chosen from the round and the interviewer's place
 * on its panel, so the notes of one panel do not read alike and equal inputs
 * give equal drafts. `medium` is the employer's preferred one (G6); `sendBy`
 * the note's deadline in the plan (for a round not held yet, the deadline it
 * will have).
 *
 * Throws `RecordValidationError` for an invalid record and
 * `OptionsValidationError` for a bad request (an interview or interviewer
 * the record does not have, at `$.request.interviewId` /
 * `$.request.interviewerId`) or bad options (those of `evaluate`).
 *
 * @example
 * import { draftThankYou } from 'interview-followup/letters'
 *
 * const draft = await draftThankYou(record, {
 *   interviewId: 'onsite',
 *   interviewerId: 'priya-nair',
 *   topics: ['your data-quality checks'],
 *   strengths: ['five years of SQL reporting'],
 * })
 * draft.body.split('\n')[0] // 'Dear Priya Nair,'
 * draft.sendBy              // '2026-11-27T23:59:59.999-05:00'
 */
export async function draftThankYou(
  record: unknown,
  request: ThankYouDraftRequest,
  options?: EvaluateOptions,
): Promise<ThankYouDraft> {
  let issues: ValidationIssue[];
  try {
    issues = requestIssues(request);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    issues = [{ path: '$.request', message: `Could not be read: ${why}` }];
  }
  if (issues.length > 0) throw new OptionsValidationError(issues);
  const { evaluate } = await import('../engine.js');
  let plan = await evaluate(record, options);
  const parsed = parseRecord(record);
  const { interview, place } = findPair(parsed.interviews, request);
  let sendBy = dueOf(plan, request);
  if (sendBy === undefined) {
    // Not held yet: the deadline the plan will give once it is.
    plan = await evaluate(record, { ...options, now: interview.endsAt ?? interview.startsAt });
    sendBy = dueOf(plan, request);
  }
  if (sendBy === undefined) throw new Error(`No thank-you.due deadline for ${request.interviewId}`);
  const locale = (resolveLocale(plan.locale) ?? DEFAULT_LOCALE) as SupportedLocale;
  const text = await loadText(locale);
  const date = localDateOf(Date.parse(interview.startsAt), plan.timeZone);
  const interviewer = interview.interviewers[place] as Interview['interviewers'][number];
  const phrase = (list: readonly string[] | undefined) =>
    list === undefined || list.length === 0
      ? undefined
      : listOf(
          text,
          list.map((s) => s.trim()),
        );
  const { subject, body } = composeDraft({
    words: await loadDraftWords(locale),
    to: addressee(interviewer.name, interviewer.title),
    tone: request.tone ?? 'formal',
    roundId: interview.id,
    place,
    day: humanDay(date, date.slice(0, 4), text),
    position: parsed.position.title,
    employer: parsed.employer.name,
    candidate: parsed.candidate.name,
    topic: phrase(request.topics),
    strength: phrase(request.strengths),
  });
  const preferred = parsed.employer.preferredContact;
  return { subject, body, medium: preferred && MEDIUM[preferred], sendBy, locale };
}
