import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: root entry, ESM and CJS, with types; the letters and
    // adapters entries, which the root entry never imports (shared code goes
    // to common chunks, so both see the same error classes).
    entry: {
      index: 'src/index.ts',
      letters: 'src/letters/index.ts',
      adapters: 'src/adapters/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // Both builds run at once: keep the CLI's output when cleaning.
    clean: ['!cli.js', '!cli.js.map'],
    target: 'es2022',
    // Runtime dependencies stay external: the host's bundler dedupes them, and
    // `date-holidays` stays behind a dynamic import (see src/calendar/holidays.ts).
    // So do `nspell` and the generated dictionary module, which becomes a chunk
    // of its own, loaded only when a letter is spell-checked (src/letters/speller.ts;
    // scripts/check-package.mjs verifies it stays out of both entries).
    splitting: true,
    treeshake: true,
  },
  {
    // The `interview-followup` command: Node only, one self-contained ESM file.
    // A separate build, so nothing of the CLI reaches the library's files.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    dts: false,
    sourcemap: true,
    clean: false,
    splitting: false,
    treeshake: true,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
