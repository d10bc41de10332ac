/**
 * Adversarial: hostile bodies sent to the http-service example one after
 * another — heavy records at the body limit, floods of unknown keys, deep
 * nesting, long strings, values outside the years, bytes that are not UTF-8,
 * other charsets, bodies over the limit. Each answer is the documented one,
 * small, and repeats nothing that was sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StartedService, startService } from '../helpers/http-service.js';
import {
  adversarialRuns,
  adversarialTimeout,
  hostileRequest,
  Random,
  SECRET,
} from './generators.js';

const MAX_BODY = 256 * 1024;
const logged: string[] = [];
let service: StartedService | undefined;
let base = '';

beforeAll(async () => {
  service = await startService({
    engine: { holidays: { country: 'US' } },
    log: (m) => logged.push(m),
  });
  base = service.base;
}, 30_000); // the threads load the library, the dictionary and the holiday data
afterAll(() => service?.stop());

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
