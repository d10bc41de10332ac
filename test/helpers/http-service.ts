/**
 * The HTTP example started for a test: created, its threads ready, listening
 * on a free loopback port; `stop` closes every connection and the server.
 * Used by the HTTP example's tests, its load test and the adversarial bodies.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createServer,
  type PlanServiceOptions,
  serviceReady,
} from '../../examples/http-service/server.js';

/** A started service: its server, port and base URL, and how to stop it. */
export interface StartedService {
  readonly server: Server;
  readonly port: number;
  /** `http://127.0.0.1:<port>`. */
  readonly base: string;
  stop(): Promise<void>;
}

/** Starts the HTTP example with `options` once its threads are ready. */
export async function startService(options: PlanServiceOptions = {}): Promise<StartedService> {
  const server = createServer(options);
  await serviceReady(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    port,
    base: `http://127.0.0.1:${port}`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * Runs `body` with a service of its own started with `options`, stopped
 * afterwards whatever happens.
 */
export async function withService<T>(
  options: PlanServiceOptions,
  body: (service: StartedService) => Promise<T>,
): Promise<T> {
  const service = await startService(options);
  try {
    return await body(service);
  } finally {
    await service.stop();
  }
}
