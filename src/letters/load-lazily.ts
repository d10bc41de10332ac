/**
 * The letter checks and the speller, each loaded by dynamic `import()` on the
 * first record with a note body and then kept: the promise is memoised, so
 * later evaluations reuse the module without another `import()` (cheap in a
 * plain runtime, but a round trip to the loader thread under module hooks
 * such as tsx's, ~1.4 ms a plan when it ran on every evaluation).
 */

export type { SpellChecker } from './types.js';

type CheckNotesModule = typeof import('./check-notes.js');
type SpellerModule = typeof import('./speller.js');

let checkNotesModule: Promise<CheckNotesModule> | undefined;
let spellerModule: Promise<SpellerModule> | undefined;

/** The letter checks' module, imported once per process or page. */
export function loadCheckNotes(): Promise<CheckNotesModule> {
  checkNotesModule ??= import('./check-notes.js');
  return checkNotesModule;
}

/** The bundled speller's module, imported once per process or page. */
export function loadSpeller(): Promise<SpellerModule> {
  spellerModule ??= import('./speller.js');
  return spellerModule;
}
