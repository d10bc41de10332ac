/**
 * Runs the plan service (server.ts) until stopped with Ctrl-C.
 *
 *   npx tsx examples/http-service/main.ts        # PORT=3000, HOST=127.0.0.1 by default
 *
 *   curl -s localhost:3000/plan -H 'content-type: application/json' \
 *     --data @examples/records/panel-interview.json
 *   curl -s 'localhost:3000/plan.ics?holidays=US' -H 'content-type: application/json' \
 *     --data @examples/records/panel-interview.json > follow-up.ics
 */
import type { AddressInfo } from 'node:net';
import { createServer, serviceReady } from './server.js';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

const server = createServer();
await serviceReady(server);
server.listen(port, host, () => {
  const { port: bound } = server.address() as AddressInfo;
  console.log(`Listening on http://${host}:${bound} (POST /plan, POST /plan.ics)`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close(() => console.log('Stopped.'));
    server.closeAllConnections();
  });
}
