/**
 * zod/mini is bundled into the build (a cold start reads a few chunks, not
 * zod's ~70 files): no built file loads `zod`, and the record schema the
 * built package exports still composes into a host's own zod 4 schemas.
 * Needs the build (`dist/`); skipped without it outside CI.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';

const root = join(import.meta.dirname, '..', '..');
const dist = join(root, 'dist');
const built = existsSync(join(dist, 'index.js'));
if (!built && process.env.CI) throw new Error('CI builds before testing: dist/ is missing');

describe.skipIf(!built)('zod bundled into the build', () => {
  it('no built file imports or requires zod', () => {
    const files = readdirSync(dist).filter((f) => /\.(c?js)$/.test(f));
    expect(files.length).toBeGreaterThan(5);
    const loading = files.filter((f) =>
      /(?:from\s*|import\(\s*|require\(\s*)["']zod(?:\/[^"']*)?["']/.test(
        readFileSync(join(dist, f), 'utf8'),
      ),
    );
    expect(loading).toEqual([]);
  });

  it("the exported record schema composes into the host's zod schemas", async () => {
    const { interviewRecordSchema, parseRecord } = (await import(
      pathToFileURL(join(dist, 'index.js')).href
    )) as typeof import('../../src/index.js');
    const record = JSON.parse(
      readFileSync(join(root, 'examples/records/panel-interview.json'), 'utf8'),
    );
    const host = z.object({ tenant: z.string(), record: interviewRecordSchema });
    const ok = host.safeParse({ tenant: 't1', record });
    expect(ok.success).toBe(true);
    expect(ok.data?.record).toEqual(parseRecord(record));
    const bad = host.safeParse({ tenant: 't1', record: { ...record, id: 5 } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['record', 'id']);
  });
});
