/**
 * Builds the playground page (examples/playground/) into a folder of static
 * files with esbuild, and serves such a folder on loopback with node:http.
 *
 * The page's scripts import the package by name (`interview-followup`,
 * `interview-followup/letters`), as a host app would. esbuild resolves the
 * name as Node does, through the package's own `exports` (a package may
 * import itself by name from inside its folder): so the page is built from
 * the library's build in `dist/` (`npm run build` first), and the spelling
 * dictionaries arrive as lazy chunks through its import map
 * (`#dictionaries/*`), exactly as in an app that installed the package.
 *
 *   npm run playground      # builds the library and the page, serves it, prints the URL
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, relative, sep } from 'node:path';
import { build } from 'esbuild';

const here = import.meta.dirname;
const root = join(here, '..', '..');

/** Where `npm run playground` writes the page (git-ignored). */
export const DEFAULT_OUTDIR = join(here, 'dist');

/**
 * The esbuild options of the page: one entry (`src/main.ts`), code-split so
 * what loads later (the letters entry, holiday data, dictionaries) stays out
 * of the first request.
 *
 * @param {{ outdir?: string, minify?: boolean, write?: boolean }} [options]
 * @returns {import('esbuild').BuildOptions}
 */
export function playgroundBuildOptions({
  outdir = DEFAULT_OUTDIR,
  minify = true,
  write = true,
} = {}) {
  return {
    absWorkingDir: root,
    entryPoints: { main: join(here, 'src', 'main.ts') },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    splitting: true,
    minify,
    sourcemap: false,
    outdir,
    write,
    metafile: true,
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'error',
    // Not the repository's tsconfig.json: its `paths` map the name to src/
    // for tsc and tsx; the page takes the package as an app gets it.
    tsconfigRaw: '{}',
  };
}

/**
 * Builds the page into `outdir` (emptied first). Needs the library's build
 * (`dist/`), since the page imports the package by name.
 *
 * @param {{ outdir?: string, minify?: boolean }} [options]
 * @returns {Promise<{ outdir: string, metafile: import('esbuild').Metafile }>}
 */
export async function buildPlayground({ outdir = DEFAULT_OUTDIR, minify = true } = {}) {
  for (const file of ['index.js', 'letters.js']) {
    if (!existsSync(join(root, 'dist', file))) {
      throw new Error(
        `dist/${file} is missing: run \`npm run build\` first (the page imports the package by name).`,
      );
    }
  }
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const result = await build(playgroundBuildOptions({ outdir, minify }));
  const metafile = /** @type {import('esbuild').Metafile} */ (result.metafile);
  copyFileSync(join(here, 'style.css'), join(outdir, 'style.css'));
  const html = readFileSync(join(here, 'index.html'), 'utf8');
  const links = preloads(metafile, outdir)
    .map((file) => `<link rel="modulepreload" href="${file}" />`)
    .join('\n    ');
  writeFileSync(join(outdir, 'index.html'), html.replace('</head>', `  ${links}\n  </head>`));
  return { outdir, metafile };
}

/**
 * The chunks the first plan of the default sample waits for, fetched in
 * parallel from the start rather than one after another as each import is
 * reached: the chunks `main.js` imports, the holiday data (the sample plans
 * with US holidays) and the en-US dictionary (its note is spell-checked).
 *
 * @param {import('esbuild').Metafile} metafile
 * @param {string} outdir
 * @returns {string[]} paths relative to `outdir`
 */
function preloads(metafile, outdir) {
  const wanted = (inputs) =>
    Object.keys(inputs).some(
      (i) => /holiday-data\/(index|US)\.js$/.test(i) || i.endsWith('dictionaries/en-US.js'),
    );
  const files = new Set();
  const add = (path) => {
    if (files.has(path)) return;
    files.add(path);
    for (const imp of metafile.outputs[path]?.imports ?? []) {
      if (imp.kind !== 'dynamic-import') add(imp.path);
    }
  };
  for (const [path, output] of Object.entries(metafile.outputs)) {
    if (output.entryPoint?.endsWith('src/main.ts') || wanted(output.inputs)) add(path);
  }
  return [...files]
    .map((path) => relative(outdir, join(root, path)).split(sep).join('/'))
    .filter((path) => path !== 'main.js');
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
};

/**
 * Serves a built page folder on loopback (`port` 0: any free port) and
 * resolves to the server and its URL. Only files inside the folder are served.
 *
 * @param {string} dir
 * @param {{ port?: number, host?: string }} [options]
 * @returns {Promise<{ server: import('node:http').Server, url: string }>}
 */
export function servePlayground(dir, { port = 0, host = '127.0.0.1' } = {}) {
  const base = normalize(dir) + sep;
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(base) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    try {
      const body = readFileSync(file);
      res.writeHead(200, {
        'content-type':
          TYPES[/** @type {keyof TYPES} */ (extname(file))] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const at = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://${host}:${at}/` });
    });
  });
}
