/**
 * `interview-followup/letters` — the thank-you letter checks on their own,
 * for hosts with a letter editor that want them live, as the candidate types:
 * spelling (with real American or British English dictionaries, loaded once
 * a locale, lazily), the interviewer's, employer's and position's names, a
 * greeting meant for someone else, thanks, fit, and similarity to the other
 * notes of the round. `evaluate` runs the same checks
 * on note bodies. `draftThankYou` writes a note to one interviewer that
 * passes them.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { formatPath, OptionsValidationError, type ValidationIssue } from '../errors.js';
import { RECORD_LIMITS } from '../record/limits.js';
import { keysAt } from '../record/zod-issues.js';
import { DEFAULT_LOCALE, resolveLocale, unsupportedLocaleMessage } from '../text/locale.js';
import { didYouMean, settingsObjectIssues } from '../text/unknown-keys.js';
import { checkLetterText } from './check-letter.js';
import { styleFindings } from './check-tone.js';
import { sortFindings } from './findings.js';
import { loadResolved } from './speller.js';
import { acceptedWordsIssues, isSpellChecker } from './spelling-options.js';
import type { LetterContext, LetterFinding, SpellChecker } from './types.js';

export {
  draftThankYou,
  type ThankYouDraft,
  type ThankYouDraftRequest,
  type ThankYouMedium,
} from '../drafts/draft-thank-you.js';
export {
  type Issue as ValidationIssue,
  type IssueCode,
  isInterviewFollowupError,
  isOptionsValidationError,
  OptionsValidationError,
} from '../errors.js';
export { SUPPORTED_LOCALES, type SupportedLocale } from '../text/locale.js';
export { loadSpellChecker } from './speller.js';
export type {
  LetterContext,
  LetterFinding,
  LetterFindingCode,
  LetterFindingSeverity,
  OtherNote,
  SpellChecker,
  TextRange,
} from './types.js';

/**
 * How {@link checkLetter} checks spelling.
 *
 * @example
 * // A British letter: the bundled British dictionary.
 * await checkLetter(text, context, { locale: 'en-GB' })
 * // Spelling off: only names, greeting, thanks, fit and similarity are checked.
 * await checkLetter(text, context, { spelling: false })
 */
export interface CheckLetterOptions {
  /**
   * The letter's language as a BCP 47 tag (default `en-US`): `en-US` or
   * `en-GB` picks the bundled dictionary; other English tags take the
   * nearest (`en-CA` → en-US; `en-AU`, `en-NZ`, `en-IE` → en-GB). A tag of
   * Spanish, French or German (`es-MX`, `fr-CA`, `de-AT`…) picks that
   * language's dictionary and words. Any other tag is an
   * `OptionsValidationError` at `$.options.locale`.
   */
  readonly locale?: string | undefined;
  /** Check spelling (default `true`). `false` leaves the dictionary unloaded. */
  readonly spelling?: boolean | undefined;
  /**
   * A spell checker to use instead of the bundled dictionary of the locale:
   * anything with a synchronous `correct(word)` method, such as an `nspell`
   * instance. Ignored when `spelling` is `false`.
   */
  readonly spellChecker?: SpellChecker | undefined;
}

const MAX = RECORD_LIMITS.shortText;
const name = z
  .string()
  .check(z.minLength(1, 'Must not be empty.'), z.maxLength(MAX, `At most ${MAX} characters.`));
const named = z.object({ name });
const contextSchema = z.strictObject({
  interviewer: z.object({ name, title: z.optional(name) }),
  candidate: z.optional(named),
  employer: named,
  position: z.object({ title: name }),
  otherNotes: z.optional(
    z
      .array(
        z.object({
          body: z
            .string()
            .check(
              z.maxLength(RECORD_LIMITS.noteBody, `At most ${RECORD_LIMITS.noteBody} characters.`),
            ),
          interviewerName: name,
        }),
      )
      .check(z.maxLength(RECORD_LIMITS.thankYouNotes, 'Too many notes.')),
  ),
  otherInterviewers: z.optional(
    z
      .array(name)
      .check(
        z.maxLength(
          RECORD_LIMITS.interviews * RECORD_LIMITS.interviewersPerRound,
          'Too many names.',
        ),
      ),
  ),
  acceptedWords: z.optional(z.array(z.string())),
  similarityThreshold: z.optional(
    z.number().check(z.gte(0, 'Expected 0 to 1.'), z.lte(1, 'Expected 0 to 1.')),
  ),
});

const LETTER_OPTION_KEYS = ['locale', 'spelling', 'spellChecker'] as const;

/** Every problem with the arguments of `checkLetter`, paths from `$` (`$.context.employer.name`). */
function argumentIssues(text: unknown, context: unknown, options: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (typeof text !== 'string') {
    issues.push({ path: '$.text', message: 'Expected the letter as a string.' });
  } else if (text.length > RECORD_LIMITS.noteBody) {
    issues.push({
      path: '$.text',
      message: `At most ${RECORD_LIMITS.noteBody} characters.`,
    });
  }
  const parsed = contextSchema.safeParse(context, {
    error: (issue) =>
      issue.code === 'invalid_type'
        ? issue.input === undefined
          ? `Required: expected ${String(issue.expected)}.`
          : `Expected ${String(issue.expected)}.`
        : undefined,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
      for (const key of keys) {
        const path = key === undefined ? issue.path : [...issue.path, key];
        const at = ['context', ...path].filter((p) => typeof p !== 'symbol') as (string | number)[];
        const shape = key === undefined ? undefined : keysAt(contextSchema, issue.path);
        issues.push({
          code: key === undefined ? undefined : 'unknown_key',
          path: formatPath(at),
          pathSegments: at,
          message:
            key === undefined
              ? issue.message
              : `Unknown field.${shape ? didYouMean(key, shape) : ''}`,
        });
      }
    }
  } else {
    issues.push(...acceptedWordsIssues(parsed.data.acceptedWords, '$.context.acceptedWords'));
  }
  const optionIssues = settingsObjectIssues(options, LETTER_OPTION_KEYS, ['options']);
  issues.push(...optionIssues);
  if (options !== undefined && optionIssues.every((i) => i.code !== 'invalid_type')) {
    {
      const { spelling, spellChecker, locale } = options as Record<string, unknown>;
      const resolved = typeof locale === 'string' ? resolveLocale(locale) : undefined;
      if (locale !== undefined && resolved === undefined) {
        issues.push({ path: '$.options.locale', message: unsupportedLocaleMessage(locale) });
      }
      if (spelling !== undefined && typeof spelling !== 'boolean') {
        issues.push({ path: '$.options.spelling', message: 'Expected true or false.' });
      }
      if (spellChecker !== undefined && !isSpellChecker(spellChecker)) {
        issues.push({
          path: '$.options.spellChecker',
          message: 'Expected an object with a correct(word) method, such as an nspell instance.',
        });
      }
    }
  }
  return issues;
}

/**
 * Checks a thank-you letter and returns what is wrong with it; `[]` for a
 * clean (or blank) letter. Each finding has a stable `code`
 * (`name-misspelled`, `employer-misspelled`, `position-misspelled`,
 * `wrong-name`, `spelling`, `no-thanks`, `no-fit`, `too-similar`,
 * `placeholder`, `tone`), a `severity` (`critical` for a name written wrong,
 * the wrong person greeted or a `[placeholder]` left, `info` for desperate
 * or pushy phrasing, `warning` otherwise), a `message`, the offending `words` and
 * their character `ranges` in `text` for an editor to underline; `spelling`
 * adds the checker's `suggestions` for each word.
 *
 * The first call with spelling on loads the dictionary of the locale (a few
 * hundred milliseconds, once a locale); later calls take about a millisecond
 * for a typical note. Throws `OptionsValidationError` listing every bad
 * argument.
 *
 * @example
 * import { checkLetter } from 'interview-followup/letters'
 *
 * const findings = await checkLetter(
 *   'Dear Mr. Bakker,\n\nThank you for the Data Analyst interview. I recieved your notes.',
 *   {
 *     interviewer: { name: 'Tom Baker' },
 *     employer: { name: 'Northwind' },
 *     position: { title: 'Data Analyst' },
 *   },
 * )
 * findings.map((f) => [f.code, f.severity, f.words])
 * // [['name-misspelled', 'critical', ['Bakker']], ['spelling', 'warning', ['recieved']]]
 */
export async function checkLetter(
  text: string,
  context: LetterContext,
  options: CheckLetterOptions = {},
): Promise<LetterFinding[]> {
  let issues: ValidationIssue[];
  try {
    issues = argumentIssues(text, context, options);
  } catch (error) {
    // A getter or proxy that throws while being read: still a bad argument.
    const why = error instanceof Error ? error.message : String(error);
    issues = [{ path: '$', message: `Could not be read: ${why}` }];
  }
  if (issues.length > 0) throw new OptionsValidationError(issues);
  const locale = resolveLocale(options.locale ?? DEFAULT_LOCALE) ?? DEFAULT_LOCALE;
  const spell =
    options.spelling === false || text.trim() === ''
      ? undefined
      : (options.spellChecker ?? (await loadResolved(locale)));
  // Placeholders and tone (./check-tone.ts) after the other checks, in the order of the codes.
  return sortFindings([
    ...checkLetterText(text, context, spell),
    ...(await styleFindings(text, locale)),
  ]);
}
