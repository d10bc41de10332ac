/**
 * Every export of every entry carries TSDoc with an `@example`: editors show
 * it on hover, and it is the package's reference. The lists of exports are
 * pinned too, so the public surface changes only on purpose.
 */
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', '..', 'src');
const entries = {
  'interview-followup': join(src, 'index.ts'),
  'interview-followup/letters': join(src, 'letters', 'index.ts'),
  'interview-followup/adapters': join(src, 'adapters', 'index.ts'),
  'interview-followup/json-rules-engine': join(src, 'interop', 'index.ts'),
};

const program = ts.createProgram(Object.values(entries), {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  target: ts.ScriptTarget.ES2022,
  resolveJsonModule: true,
  noEmit: true,
  skipLibCheck: true,
});
const checker = program.getTypeChecker();

function exportsOf(file: string): { names: string[]; undocumented: string[] } {
  const source = program.getSourceFile(file)!;
  const symbols = checker.getExportsOfModule(checker.getSymbolAtLocation(source)!);
  return {
    names: symbols.map((s) => s.getName()).sort(),
    undocumented: symbols
      .map((s) => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s))
      .filter((s) => !s.getJsDocTags(checker).some((t) => t.name === 'example'))
      .map((s) => s.getName())
      .sort(),
  };
}

const expected: Record<keyof typeof entries, string[]> = {
  'interview-followup': [],
  'interview-followup/letters': [
    'CheckLetterOptions',
    'IssueCode',
    'LetterContext',
    'LetterFinding',
    'LetterFindingCode',
    'LetterFindingSeverity',
    'OptionsValidationError',
    'OtherNote',
    'SUPPORTED_LOCALES',
    'SpellChecker',
    'SupportedLocale',
    'TextRange',
    'ThankYouDraft',
    'ThankYouDraftRequest',
    'ThankYouMedium',
    'ValidationIssue',
    'checkLetter',
    'draftThankYou',
    'isInterviewFollowupError',
    'isOptionsValidationError',
    'loadSpellChecker',
  ],
  'interview-followup/adapters': [
    'CandidateContext',
    'GreenhouseApplication',
    'GreenhouseInput',
    'GreenhouseScheduledInterview',
    'IssueCode',
    'LeverArchiveReason',
    'LeverInput',
    'LeverInterview',
    'LeverOpportunity',
    'MergeApplication',
    'MergeInput',
    'MergeRemoteUser',
    'MergeScheduledInterview',
    'RecordValidationError',
    'ValidationIssue',
    'fromGreenhouse',
    'fromLever',
    'fromMerge',
    'isInterviewFollowupError',
    'isRecordValidationError',
  ],
  'interview-followup/json-rules-engine': [
    'FOLLOWUP_EVENT',
    'InteropEngine',
    'SCOPE_FACT',
    'SUBJECT_FACT',
    'createInteropEngine',
    'plainPathResolver',
  ],
};

describe.each(Object.entries(entries))('the %s entry', (name, file) => {
  it('documents every export with an @example', { timeout: 60_000 }, () => {
    const { names, undocumented } = exportsOf(file);
    const pinned = expected[name as keyof typeof entries];
    if (pinned.length > 0) expect(names).toEqual(pinned);
    expect(undocumented).toEqual([]);
  });
});
