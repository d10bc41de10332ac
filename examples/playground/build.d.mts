import type { Server } from 'node:http';
import type { BuildOptions, Metafile } from 'esbuild';

/** Where `npm run playground` writes the page (git-ignored). */
export declare const DEFAULT_OUTDIR: string;
/** The esbuild options of the page. */
export declare function playgroundBuildOptions(options?: {
  outdir?: string;
  minify?: boolean;
  write?: boolean;
}): BuildOptions;
/** Builds the page into `outdir` (emptied first); needs the library's `dist/`. */
export declare function buildPlayground(options?: {
  outdir?: string;
  minify?: boolean;
}): Promise<{ outdir: string; metafile: Metafile }>;
/** Serves a built page folder on loopback. */
export declare function servePlayground(
  dir: string,
  options?: { port?: number; host?: string },
): Promise<{ server: Server; url: string }>;
