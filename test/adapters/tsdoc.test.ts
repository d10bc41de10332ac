/**
 * Every export of the `interview-followup/adapters` entry carries TSDoc with
 * an `@example`: editors show it on hover, and it is the entry's reference.
 */
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const entry = join(import.meta.dirname, '..', '..', 'src', 'adapters', 'index.ts');

describe('the adapters entry', () => {
  it('documents every export with an @example', { timeout: 60_000 }, () => {
    const program = ts.createProgram([entry], {
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      noEmit: true,
      skipLibCheck: true,
    });
    const checker = program.getTypeChecker();
    const source = program.getSourceFile(entry)!;
    const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(source)!);
    const undocumented = exports
      .map((s) => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s))
      .filter((s) => !s.getJsDocTags(checker).some((t) => t.name === 'example'))
      .map((s) => s.getName());
    expect(exports.map((s) => s.getName()).sort()).toEqual([
      'CandidateContext',
      'GreenhouseApplication',
      'GreenhouseInput',
      'GreenhouseScheduledInterview',
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
    ]);
    expect(undocumented).toEqual([]);
  });
});
