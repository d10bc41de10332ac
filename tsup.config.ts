import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', letters: 'src/letters/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // Runtime dependencies stay external: the host's bundler dedupes them, and
  // `date-holidays` stays behind a dynamic import (see src/calendar/holidays.ts).
  // So do `nspell` and the generated dictionary module, which becomes a chunk
  // of its own, loaded only when a letter is spell-checked (src/letters/speller.ts;
  // scripts/check-package.mjs verifies it stays out of both entries).
  splitting: true,
  treeshake: true,
});
