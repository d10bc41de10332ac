import { describe, expect, it } from 'vitest';
import { type Json, one, planAt, record, warnings } from '../helpers/plan.js';

/** Thursday, November 26, 2026, the morning after the default round. */
const NOW = '2026-11-26T09:00:00-05:00';
const NON_PENDING = ['offer', 'accepted', 'rejected', 'withdrawn'] as const;

/** The default record with `jobSearch` replaced (`undefined` removes it). */
const withSearch = (jobSearch: Json | undefined, change: (r: Json) => void = () => {}) =>
  record((r) => {
    if (jobSearch === undefined) delete r.jobSearch;
    else r.jobSearch = jobSearch;
    change(r);
  });

const fired = async (r: Json, id: string, now = NOW) => warnings(await planAt(r, now), id);

describe('job-search.keep-going', () => {
  it('warns when the job search is marked inactive while pending', async () => {
    const w = one(await fired(withSearch({ active: false }), 'job-search.keep-going'));
    expect(w.severity).toBe('warning');
    expect(w.guidelines).toEqual([10]);
    expect(w.ruleId).toBe('job-search.keep-going');
    expect(w.subject).toBeUndefined();
    expect(w.message.length).toBeGreaterThan(0);
    expect(w.because.length).toBeGreaterThan(0);
    expect(w.because.join(' ')).toMatch(/job search is marked as stopped/);
    expect(w.because.join(' ')).toMatch(/pending/);
  });

  it('warns before any round is held too', async () => {
    const before = '2026-11-20T09:00:00-05:00';
    const list = await fired(withSearch({ active: false }), 'job-search.keep-going', before);
    expect(list).toHaveLength(1);
  });

  it.each([
    ['active is true', { active: true }],
    ['active is absent', { otherOpenApplications: 2 }],
    ['jobSearch is empty', {}],
    ['jobSearch is absent', undefined],
  ])('does not warn when %s', async (_label, search) => {
    expect(await fired(withSearch(search), 'job-search.keep-going')).toEqual([]);
  });

  it.each(NON_PENDING)('does not warn when the outcome is %s', async (status) => {
    const r = withSearch({ active: false }, (r) => {
      r.outcome = { status };
    });
    expect(await fired(r, 'job-search.keep-going')).toEqual([]);
  });
});

describe('job-search.diversify', () => {
  it('warns when there are no other applications and no other interviews', async () => {
    const w = one(
      await fired(
        withSearch({ active: true, otherOpenApplications: 0, upcomingInterviews: 0 }),
        'job-search.diversify',
      ),
    );
    expect(w.severity).toBe('info');
    expect(w.guidelines).toEqual([14]);
    expect(w.subject).toBeUndefined();
    expect(w.message).toContain('Northwind');
    expect(w.because).toEqual(['Other open applications: 0.', 'Other interviews scheduled: 0.']);
  });

  it('warns when other interviews are not recorded, and says so', async () => {
    const w = one(await fired(withSearch({ otherOpenApplications: 0 }), 'job-search.diversify'));
    expect(w.because).toEqual(['Other open applications: 0.', 'No other interviews are recorded.']);
  });

  it('does not depend on whether the search is active', async () => {
    const r = withSearch({ active: false, otherOpenApplications: 0 });
    expect(await fired(r, 'job-search.diversify')).toHaveLength(1);
  });

  it.each([
    ['one other application', { otherOpenApplications: 1, upcomingInterviews: 0 }],
    ['other interviews coming', { otherOpenApplications: 0, upcomingInterviews: 1 }],
    ['applications not recorded', { upcomingInterviews: 0 }],
    ['nothing recorded', {}],
    ['no jobSearch at all', undefined],
  ])('does not warn with %s', async (_label, search) => {
    expect(await fired(withSearch(search), 'job-search.diversify')).toEqual([]);
  });

  it.each(NON_PENDING)('does not warn when the outcome is %s', async (status) => {
    const r = withSearch({ otherOpenApplications: 0, upcomingInterviews: 0 }, (r) => {
      r.outcome = { status };
    });
    expect(await fired(r, 'job-search.diversify')).toEqual([]);
  });
});
