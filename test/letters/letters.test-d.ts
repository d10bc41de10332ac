/**
 * The public types of the `interview-followup/letters` entry and the
 * spelling settings of the root entry, checked by the compiler.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { EngineConfig } from '../../src/index.js';
import {
  type CheckLetterOptions,
  checkLetter,
  isOptionsValidationError,
  type LetterContext,
  type LetterFinding,
  type LetterFindingCode,
  loadSpellChecker,
  type OptionsValidationError,
  type OtherNote,
  type SpellChecker,
  type TextRange,
} from '../../src/letters/index.js';

describe('interview-followup/letters types', () => {
  it('checkLetter takes text, context and options, and resolves to findings', () => {
    expectTypeOf(checkLetter).parameters.toEqualTypeOf<
      [text: string, context: LetterContext, options?: CheckLetterOptions]
    >();
    expectTypeOf(checkLetter).returns.toEqualTypeOf<Promise<LetterFinding[]>>();
  });

  it('has the ten stable finding codes', () => {
    expectTypeOf<LetterFindingCode>().toEqualTypeOf<
      | 'name-misspelled'
      | 'employer-misspelled'
      | 'position-misspelled'
      | 'wrong-name'
      | 'spelling'
      | 'no-thanks'
      | 'no-fit'
      | 'too-similar'
      | 'placeholder'
      | 'tone'
    >();
  });

  it('describes a finding: code, message, words, ranges, and similarity details', () => {
    expectTypeOf<LetterFinding['code']>().toEqualTypeOf<LetterFindingCode>();
    expectTypeOf<LetterFinding['message']>().toEqualTypeOf<string>();
    expectTypeOf<LetterFinding['words']>().toEqualTypeOf<readonly string[]>();
    expectTypeOf<LetterFinding['ranges']>().toEqualTypeOf<readonly TextRange[]>();
    expectTypeOf<TextRange>().toEqualTypeOf<{ readonly start: number; readonly end: number }>();
    expectTypeOf<LetterFinding['similarity']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<LetterFinding['similarTo']>().toEqualTypeOf<string | undefined>();
  });

  it('needs interviewer, employer and position; the rest is optional', () => {
    const minimal = {
      interviewer: { name: 'Tom Baker' },
      employer: { name: 'Northwind' },
      position: { title: 'Data Analyst' },
    };
    expectTypeOf(minimal).toExtend<LetterContext>();
    expectTypeOf({ interviewer: { name: 'Tom Baker' } }).not.toExtend<LetterContext>();
    expectTypeOf<LetterContext['otherNotes']>().toEqualTypeOf<readonly OtherNote[] | undefined>();
    expectTypeOf<OtherNote>().toEqualTypeOf<{
      readonly body: string;
      readonly interviewerName: string;
    }>();
    expectTypeOf<LetterContext['acceptedWords']>().toEqualTypeOf<readonly string[] | undefined>();
    expectTypeOf<LetterContext['similarityThreshold']>().toEqualTypeOf<number | undefined>();
  });

  it('takes any object with correct(word) as a spell checker', () => {
    expectTypeOf({ correct: (_word: string) => true }).toExtend<SpellChecker>();
    expectTypeOf(loadSpellChecker).returns.toEqualTypeOf<Promise<SpellChecker>>();
    expectTypeOf<CheckLetterOptions>().toEqualTypeOf<{
      readonly locale?: string;
      readonly spelling?: boolean;
      readonly spellChecker?: SpellChecker;
    }>();
  });

  it('re-exports the options error and its guard', () => {
    expectTypeOf(isOptionsValidationError).guards.toEqualTypeOf<OptionsValidationError>();
  });

  it('lets an engine turn spelling off, bring a checker, accept words', () => {
    expectTypeOf<EngineConfig['spelling']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<EngineConfig['spellChecker']>().toEqualTypeOf<SpellChecker | undefined>();
    expectTypeOf<EngineConfig['acceptedWords']>().toEqualTypeOf<readonly string[] | undefined>();
  });
});
