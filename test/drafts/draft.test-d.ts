/**
 * The public types of `draftThankYou` (the `interview-followup/letters`
 * entry), checked by the compiler.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { EvaluateOptions, SupportedLocale } from '../../src/index.js';
import {
  draftThankYou,
  type ThankYouDraft,
  type ThankYouDraftRequest,
  type ThankYouMedium,
} from '../../src/letters/index.js';

describe('draftThankYou types', () => {
  it('takes a record, the pair and what to say, and the options of evaluate', () => {
    expectTypeOf(draftThankYou).parameters.toEqualTypeOf<
      [record: unknown, request: ThankYouDraftRequest, options?: EvaluateOptions]
    >();
    expectTypeOf(draftThankYou).returns.toEqualTypeOf<Promise<ThankYouDraft>>();
    expectTypeOf<ThankYouDraftRequest>().toEqualTypeOf<{
      readonly interviewId: string;
      readonly interviewerId: string;
      readonly strengths?: readonly string[] | undefined;
      readonly topics?: readonly string[] | undefined;
      readonly tone?: 'formal' | 'warm' | undefined;
    }>();
    // @ts-expect-error: the interviewer is required
    draftThankYou({}, { interviewId: 'r1' });
  });

  it('resolves to subject, body, medium, deadline and locale', () => {
    expectTypeOf<ThankYouDraft>().toEqualTypeOf<{
      readonly subject: string;
      readonly body: string;
      readonly medium: ThankYouMedium | undefined;
      readonly sendBy: string;
      readonly locale: SupportedLocale;
    }>();
    expectTypeOf<ThankYouMedium>().toEqualTypeOf<'email' | 'mail' | 'fax'>();
  });
});
