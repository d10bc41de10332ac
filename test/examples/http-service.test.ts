/**
 * The http-service example, started on loopback (port 0) and exercised with
 * fetch: a plan, an iCalendar file, and every refusal (bad JSON, invalid
 * record, oversize body, wrong content type, wrong method or path).
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../examples/http-service/server.js';
import { createFollowUpEngine, type FollowUpPlan } from '../../src/index.js';

const record = readFileSync(
  join(import.meta.dirname, '..', '..', 'examples', 'records', 'panel-interview.json'),
  'utf8',
);
const NOW = '2026-11-26T09:00:00-05:00';
const LIMIT = 64 * 1024;
const logged: string[] = [];
const server = createServer({
  engine: createFollowUpEngine({ spelling: false }),
  maxBodyBytes: LIMIT,
  log: (m) => logged.push(m),
});
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const post = (path: string, body: string, type = 'application/json') =>
  fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': type }, body });

describe('the http-service example', () => {
  it('answers POST /plan with the plan, as evaluate gives it', async () => {
    const res = await post(`/plan?now=${encodeURIComponent(NOW)}&holidays=US`, record);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const plan = (await res.json()) as FollowUpPlan;
    const expected = await createFollowUpEngine({ spelling: false }).evaluate(JSON.parse(record), {
      now: NOW,
      holidays: { country: 'US' },
    });
    expect(plan).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(plan.deadlines.some((d) => d.dueAt === '2026-11-30T23:59:59.999-05:00')).toBe(true);
  });

  it('accepts a JSON media type with parameters, and +json types', async () => {
    for (const type of ['application/json; charset=utf-8', 'application/vnd.api+json']) {
      const res = await post(`/plan?now=${encodeURIComponent(NOW)}`, record, type);
      expect(res.status, type).toBe(200);
      await res.arrayBuffer();
    }
  });

  it('answers POST /plan.ics with a calendar that parses', async () => {
    const res = await post(`/plan.ics?now=${encodeURIComponent(NOW)}&holidays=US`, record);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(await res.text()));
    const todos = calendar.getAllSubcomponents('vtodo');
    expect(todos.length).toBeGreaterThan(0);
    expect(todos.map((t) => t.getFirstPropertyValue('summary'))).toContain(
      'Send a thank-you note to Priya Nair (interview on Wednesday 25 November)',
    );
  });

  it('refuses malformed JSON with 400', async () => {
    const res = await post('/plan', '{"id": "app-1",');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'malformed-json' });
  });

  it('refuses an invalid record with 400 and every issue with its path', async () => {
    const bad = JSON.parse(record);
    bad.interest = 'very';
    delete bad.position;
    const res = await post('/plan', JSON.stringify(bad));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; issues: { path: string }[] };
    expect(body.error).toBe('invalid-record');
    expect(body.issues.map((i) => i.path).sort()).toEqual(['$.interest', '$.position']);
  });

  it('refuses bad query options with 400', async () => {
    const res = await post('/plan?tz=Mars/Olympus', record);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: 'invalid-options',
      issues: [{ path: '$.timeZone' }],
    });
  });

  it('refuses a body over the limit with 413, declared or streamed', async () => {
    const big = JSON.stringify({ ...JSON.parse(record), padding: 'x'.repeat(LIMIT) });
    const declared = await post('/plan', big);
    expect(declared.status).toBe(413);
    expect(await declared.json()).toMatchObject({ error: 'payload-too-large' });

    // No content-length: the body arrives in chunks and is cut off at the limit.
    const chunk = new TextEncoder().encode('x'.repeat(16 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 16) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const streamed = await fetch(`${base}/plan`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it('refuses a body that is not JSON with 415', async () => {
    const res = await post('/plan', record, 'text/plain');
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ error: 'unsupported-media-type' });
    const none = await fetch(`${base}/plan`, { method: 'POST', body: new Blob([record]) });
    expect(none.status).toBe(415);
    await none.arrayBuffer();
  });

  it('answers another method with 405 and Allow, another path with 404', async () => {
    const get = await fetch(`${base}/plan`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    await get.arrayBuffer();
    const missing = await post('/plans', record);
    expect(missing.status).toBe(404);
    await missing.arrayBuffer();
  });

  it('has logged no unexpected error', () => {
    expect(logged).toEqual([]);
  });
});
