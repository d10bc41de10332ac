/**
 * Adversarial: hostile bodies sent to the http-service example one after
 * another — heavy records at the body limit, floods of unknown keys, deep
 * nesting, long strings, values outside the years, bytes that are not UTF-8,
 * other charsets, bodies over the limit. Each answer is the documented one,
 * small, and repeats nothing that was sent.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, serviceReady } from '../../examples/http-service/server.js';
import {
  adversarialRuns,
  adversarialTimeout,
  hostileRequest,
  Random,
  SECRET,
} from './generators.js';

const MAX_BODY = 256 * 1024;
const logged: string[] = [];
const server = createServer({
  engine: { holidays: { country: 'US' } },
  log: (m) => logged.push(m),
});
let base = '';

beforeAll(async () => {
  await serviceReady(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 30_000); // the threads load the library, the dictionary and the holiday data
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('adversarial: hostile bodies to the HTTP example', () => {
  it(
    'get their documented answer, small, never repeating what was sent',
    async () => {
      const r = new Random(0x4777);
      for (let run = 0; run < adversarialRuns(30); run++) {
        const request = hostileRequest(r, MAX_BODY);
        const res = await fetch(`${base}/plan?now=2026-11-26T09:00:00Z`, {
          method: 'POST',
          headers: { 'content-type': request.type },
          body: request.body,
        });
        const text = await res.text();
        expect(
          [...request.statuses, 503],
          `${request.name}: ${res.status} ${text.slice(0, 200)}`,
        ).toContain(res.status);
        expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
        if (res.status !== 200) {
          expect(text.length, request.name).toBeLessThanOrEqual(9 * 1024);
          const body = JSON.parse(text) as { error: string; issues?: unknown[] };
          expect(typeof body.error).toBe('string');
          expect(body.issues?.length ?? 0).toBeLessThanOrEqual(20);
        }
        expect(text, request.name).not.toContain(SECRET);
      }
      expect(logged).toEqual([]);
    },
    adversarialTimeout(60_000),
  );
});
