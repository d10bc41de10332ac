/**
 * The http-service example, started on loopback (port 0) and exercised with
 * fetch: a plan, an iCalendar file, and every refusal (bad JSON, invalid
 * record, oversize body, wrong content type, wrong method or path).
 */
import { readFileSync } from 'node:fs';
import { type AddressInfo, connect } from 'node:net';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, serviceReady } from '../../examples/http-service/server.js';
import { createFollowUpEngine, type FollowUpPlan } from '../../src/index.js';

const record = readFileSync(
  join(import.meta.dirname, '..', '..', 'examples', 'records', 'panel-interview.json'),
  'utf8',
);
const NOW = '2026-11-26T09:00:00-05:00';
const LIMIT = 64 * 1024;
const logged: string[] = [];
const server = createServer({
  engine: { spelling: false },
  maxBodyBytes: LIMIT,
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

/** Sends `parts` on a raw connection, then waits: what the server wrote before closing it. */
function rawExchange(port: number, parts: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.setEncoding('utf8');
    socket.on('connect', () => {
      for (const part of parts) socket.write(part);
    });
    socket.on('data', (d: string) => {
      received += d;
    });
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
    setTimeout(() => {
      socket.destroy();
      reject(new Error(`still open after 5 s; received ${JSON.stringify(received)}`));
    }, 5000).unref();
  });
}

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
      'Send a thank-you note to Priya Nair (interview on Wednesday, November 25)',
    );
  });

  it('refuses malformed JSON with 400', async () => {
    const res = await post('/plan', '{"id": "app-1",');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'malformed-json' });
  });

  it('lists at most 20 issues and 8 KiB of them, with their count', async () => {
    const big = createServer({
      engine: { spelling: false },
      maxBodyBytes: 1024 * 1024,
      log: (m) => logged.push(m),
    });
    await serviceReady(big);
    await new Promise<void>((resolve) => big.listen(0, '127.0.0.1', resolve));
    const { port } = big.address() as AddressInfo;
    try {
      // 764 KB of unknown keys: 8.1 MB of issues came back before.
      const bad: Record<string, unknown> = JSON.parse(record);
      for (let i = 0; bad && JSON.stringify(bad).length < 764_000; i++) {
        for (let j = 0; j < 1000; j++) bad[`unknown-${i}-${j}`] = 0;
      }
      const res = await fetch(`http://127.0.0.1:${port}/plan`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(bad),
      });
      expect(res.status).toBe(400);
      const text = await res.text();
      expect(text.length).toBeLessThan(9 * 1024);
      const body = JSON.parse(text) as { issues: unknown[]; issueCount: number };
      expect(body.issues).toHaveLength(20);
      expect(body.issueCount).toBeGreaterThan(40_000);
      const long: Record<string, unknown> = JSON.parse(record);
      for (let i = 0; i < 20; i++) long[`${'k'.repeat(2000)}${i}`] = 0;
      const res2 = await fetch(`http://127.0.0.1:${port}/plan`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(long),
      });
      const body2 = (await res2.json()) as { issues: { path: string }[]; issueCount: number };
      expect(body2.issueCount).toBe(20);
      for (const issue of body2.issues) expect(issue.path.length).toBeLessThan(80);
    } finally {
      big.closeAllConnections();
      await new Promise((resolve) => big.close(resolve));
    }
  }, 30_000); // it starts a server of its own: threads that load the library

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

  it('refuses a charset other than UTF-8 with 415, and a body that is not UTF-8 with 400', async () => {
    for (const type of ['application/json; charset="UTF-8"', 'application/json;charset=utf8']) {
      const res = await post(`/plan?now=${encodeURIComponent(NOW)}`, record, type);
      expect(res.status, type).toBe(200);
      await res.arrayBuffer();
    }
    for (const type of [
      'application/json; charset=latin1',
      'application/json; charset=utf-16',
      'application/json; charset',
    ]) {
      const res = await post('/plan', record, type);
      expect(res.status, type).toBe(415);
      expect(await res.json()).toMatchObject({ error: 'unsupported-charset' });
    }
    const latin1 = Buffer.from('{"id": "caf\u00e9"}', 'latin1');
    const res = await fetch(`${base}/plan`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: latin1,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: 'malformed-json',
      message: 'The body is not UTF-8.',
    });
  });

  it('never repeats what was sent in an error answer', async () => {
    const secret = 'S3CR3T-VALUE';
    const bad = JSON.parse(record);
    bad.interest = secret;
    bad.interviews[0].startsAt = secret;
    bad.candidate.timeZone = secret;
    bad.interviews[0].interviewers[1].id = bad.interviews[0].interviewers[0].id = secret;
    bad.thankYouNotes = [
      { interviewId: secret, interviewerId: secret, status: 'sent', medium: 'email' },
    ];
    for (const body of [JSON.stringify(bad), `{"id": ${secret}}`, `{"id": "x", "${secret}`]) {
      const res = await post(`/plan?tz=${secret}&holidays=${secret}`, body);
      expect(res.status).toBe(400);
      expect(await res.text()).not.toContain(secret);
    }
  });

  it('answers 408 to a request whose headers or body do not arrive in time', async () => {
    const slow = createServer({
      engine: { spelling: false },
      headersTimeoutMs: 300,
      requestTimeoutMs: 600,
      keepAliveTimeoutMs: 300,
      log: (m) => logged.push(m),
    });
    await serviceReady(slow);
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    const { port } = slow.address() as AddressInfo;
    try {
      const started = Date.now();
      const body = rawExchange(port, [
        'POST /plan HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{"id":',
      ]);
      const headers = rawExchange(port, ['POST /plan HTTP/1.1\r\nHost: x\r\n']);
      const idle = rawExchange(port, []);
      const keptAlive = rawExchange(port, ['GET /nope HTTP/1.1\r\nHost: x\r\n\r\n']);
      expect(await body).toMatch(/^HTTP\/1\.1 408/);
      expect(await headers).toMatch(/^HTTP\/1\.1 408/);
      expect(await idle).toMatch(/^(HTTP\/1\.1 408|$)/);
      // Answered, then the idle keep-alive connection is closed by the server.
      expect(await keptAlive).toMatch(/^HTTP\/1\.1 404[\s\S]*"not-found"/);
      // Held for the timeouts, not for Node's defaults of 300 s.
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      slow.closeAllConnections();
      await new Promise((resolve) => slow.close(resolve));
    }
  }, 30_000); // it starts a server of its own

  it('has logged no unexpected error', () => {
    expect(logged).toEqual([]);
  });
});
