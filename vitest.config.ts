import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig({
  // The examples import the package by name; in tests it is the sources (as
  // tsconfig.json's `paths` say for tsc and tsx). Subpaths first.
  resolve: {
    alias: [
      { find: /^interview-followup\/adapters$/, replacement: src('adapters/index.ts') },
      { find: /^interview-followup\/letters$/, replacement: src('letters/index.ts') },
      {
        find: /^interview-followup\/json-rules-engine$/,
        replacement: src('interop/index.ts'),
      },
      { find: /^interview-followup$/, replacement: src('index.ts') },
      // The record schema the engine loads lazily (package.json `imports`; tsconfig.json `paths`).
      { find: /^#read-record$/, replacement: src('record/read-record.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // A long property or adversarial run (PROPERTY_RUNS=100000, see
    // test/helpers/arbitraries.ts; ADVERSARIAL_RUNS=1000, see
    // test/adversarial/generators.ts) takes as long as it takes. The normal run
    // allows 30 s a test: the property tests take 0.3–6 s on a quiet 2-core
    // machine and several times that when both cores are busy; a timeout is a
    // hang guard, not a speed check.
    testTimeout:
      process.env.PROPERTY_RUNS || process.env.ADVERSARIAL_RUNS ? 24 * 3_600_000 : 30_000,
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
  },
});
