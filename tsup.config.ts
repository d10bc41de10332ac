import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // Runtime dependencies stay external: the host's bundler dedupes them, and
  // `date-holidays` stays behind a dynamic import (see src/calendar/holidays.ts).
  splitting: true,
  treeshake: true,
});
