/**
 * `npm run playground`: builds the page (after the library's build, which the
 * npm script runs first) and serves it on loopback; prints the URL.
 * `PORT` picks the port (default 5173; 0 for any free one), `HOST` the address.
 */
import { buildPlayground, servePlayground } from './build.mjs';

const { outdir } = await buildPlayground();
const { url } = await servePlayground(outdir, {
  port: Number(process.env.PORT ?? 5173),
  host: process.env.HOST ?? '127.0.0.1',
});
console.log(`Playground: ${url}  (Ctrl+C to stop)`);
