/**
 * The floor: a minimal hand-written program that derives the plan of the
 * benchmark's typical record shape (bench/records.ts `typicalRecord`: rounds
 * with interviewers and notes, contacts, references, offers, in a zone with
 * US daylight-saving rules, default policy, en-US, no holidays) straight from
 * the record — dates, business days, statuses and texts computed by code
 * written for exactly that shape, no validation, no rules, no templates.
 * `npm run bench` checks its JSON is byte-identical to the library's plan
 * and reports the library's time as a multiple of this one's.
 *
 * It is not a second implementation of the library: it knows only the rules
 * that fire for that shape and assumes every input is valid.
 */

// biome-ignore lint/suspicious/noExplicitAny: the record is plain JSON of a known shape
type Json = Record<string, any>;

const DAY = 86_400_000;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil). */
function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The civil date of a day number. */
function civil(z: number): [number, number, number] {
  const zz = z + 719_468;
  const era = Math.floor(zz / 146_097);
  const doe = zz - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const weekday = (day: number) => (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
const num = (s: string, from: number, to: number) => Number(s.slice(from, to));

/** Epoch ms of `YYYY-MM-DDTHH:MM:SS±HH:MM` (or `Z`). */
function instant(s: string): number {
  const base =
    dayNumber(num(s, 0, 4), num(s, 5, 7), num(s, 8, 10)) * DAY +
    num(s, 11, 13) * 3_600_000 +
    num(s, 14, 16) * 60_000 +
    num(s, 17, 19) * 1000;
  if (s[19] === 'Z') return base;
  const sign = s[19] === '-' ? -1 : 1;
  return base - sign * (num(s, 20, 22) * 60 + num(s, 23, 25)) * 60_000;
}

/** US Eastern offset in minutes at `ms`: daylight time from the second Sunday of March to the first of November, 2 AM. */
function offset(ms: number): number {
  const [y] = civil(Math.floor(ms / DAY));
  const march1 = dayNumber(y, 3, 1);
  const startDay = march1 + ((7 - weekday(march1)) % 7) + 7;
  const nov1 = dayNumber(y, 11, 1);
  const endDay = nov1 + ((7 - weekday(nov1)) % 7);
  const start = startDay * DAY + 7 * 3_600_000; // 2 AM EST
  const end = endDay * DAY + 6 * 3_600_000; // 2 AM EDT
  return ms >= start && ms < end ? -240 : -300;
}

/** The local day number of an instant. */
const localDay = (ms: number) => Math.floor((ms + offset(ms) * 60_000) / DAY);

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `2026-11-27T23:59:59.999-05:00`. */
function iso(ms: number): string {
  const off = offset(ms);
  const local = ms + off * 60_000;
  const day = Math.floor(local / DAY);
  const [y, m, d] = civil(day);
  const t = local - day * DAY;
  const a = Math.abs(off);
  return `${y}-${pad(m)}-${pad(d)}T${pad(Math.floor(t / 3_600_000))}:${pad(Math.floor(t / 60_000) % 60)}:${pad(Math.floor(t / 1000) % 60)}.${pad(t % 1000, 3)}${off < 0 ? '-' : '+'}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/** The last millisecond of a local day. */
function endOfDay(day: number): number {
  const guess = (day + 1) * DAY - 1;
  return guess - offset(guess - 300 * 60_000) * 60_000;
}

/** The first millisecond of a local day. */
function startOfDay(day: number): number {
  return day * DAY - offset(day * DAY + 300 * 60_000) * 60_000;
}

/** `Wednesday, November 25` (the year only when it is not `year`). */
function humanDay(day: number, year: number): string {
  const [y, m, d] = civil(day);
  return `${WEEKDAYS[weekday(day)]}, ${MONTHS[m - 1]} ${d}${y === year ? '' : `, ${y}`}`;
}

/** `Wednesday, November 25 at 1:00 PM`. */
function humanInstant(ms: number, year: number): string {
  const local = ms + offset(ms) * 60_000;
  const day = Math.floor(local / DAY);
  const minutes = Math.floor((local - day * DAY) / 60_000);
  const h = Math.floor(minutes / 60);
  return `${humanDay(day, year)} at ${h % 12 === 0 ? 12 : h % 12}:${pad(minutes % 60)} ${h < 12 ? 'AM' : 'PM'}`;
}

const isBusinessDay = (day: number) => weekday(day) !== 0 && weekday(day) !== 6;

/** The business day `n` business days after (n > 0) or before (n < 0) `day`. */
function businessDays(day: number, n: number): number {
  const step = n < 0 ? -1 : 1;
  let d = day;
  for (let left = Math.abs(n); left > 0; ) {
    d += step;
    if (isBusinessDay(d)) left--;
  }
  return d;
}

const PRIORITY: Record<string, number> = { critical: 0, high: 1, medium: 2, low: 3 };
const SEVERITY: Record<string, number> = { critical: 0, warning: 1, info: 2 };
const byKey = (a: Json, b: Json) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** The plan of a record of the typical shape at `nowText`, as JSON text. */
export function floorPlan(record: Json, nowText: string): string {
  const now = instant(nowText);
  const today = localDay(now);
  const year = civil(today)[0];
  const employer: string = record.employer.name;
  const role: string = record.position.title;
  const status = (due: number) =>
    now > due ? 'overdue' : localDay(due) === today ? 'due-today' : 'open';
  const actions: Json[] = [];
  const warnings: Json[] = [];
  const deadlines: Json[] = [];
  const dueOf = new Map<Json, number>();
  /** `item`, its due instant noted for the order. */
  const dueAt = (item: Json, ms: number) => {
    dueOf.set(item, ms);
    return item;
  };

  const rounds = record.interviews.map((r: Json) => {
    const end = instant(r.endsAt ?? r.startsAt);
    return { r, end, endDay: localDay(end) };
  });
  const first = rounds.reduce((a: Json, b: Json) => (b.end < a.end ? b : a));
  const latest = rounds.reduce((a: Json, b: Json) => (b.end > a.end ? b : a));

  // References not yet alerted: by the end of business day 1 after the first round.
  for (const ref of record.references ?? []) {
    if (ref.alertedAt !== undefined) continue;
    const due = endOfDay(businessDays(localDay(instant(first.r.startsAt)), 1));
    actions.push(
      dueAt(
        {
          id: 'references.alert',
          key: `references.alert/${ref.id}`,
          ruleId: 'references.alert',
          guidelines: [9],
          subject: { kind: 'reference', id: ref.id, name: ref.name },
          because: [
            `${ref.name} is one of your references and has not been alerted yet.`,
            `The alert is due at the end of business day 1 after the first interview, on ${humanDay(localDay(instant(first.r.startsAt)), year)}.`,
          ],
          title: `Let ${ref.name} know they may get a call`,
          detail: `Tell ${ref.name} that ${employer} may phone about the ${role} role, and which of your strengths are worth mentioning, so the call does not catch them unprepared.`,
          priority: 'high',
          dueAt: iso(due),
          status: status(due),
        },
        due,
      ),
    );
  }

  // Thank-you notes: one per interviewer, due the end of business day 2 after the round.
  for (const { r, end, endDay } of rounds) {
    const due = endOfDay(businessDays(endDay, 2));
    const roundDay = humanDay(endDay, year);
    const ended = `the interview ended ${humanInstant(end, year)}.`;
    for (const p of r.interviewers) {
      const sent = (record.thankYouNotes ?? []).find(
        (n: Json) =>
          n.interviewId === r.id && n.interviewerId === p.id && n.status === 'sent' && n.sentAt,
      );
      const subject = { kind: 'interviewer', id: p.id, name: p.name, interviewId: r.id };
      const key = `/${r.id}/${p.id}`;
      const deadline: Json = {
        id: 'thank-you.due',
        key: `thank-you.due${key}`,
        ruleId: 'thank-you.due',
        guidelines: [5],
        subject,
        because: [
          `${p.name} interviewed you; ${ended}`,
          'Notes are due at the end of business day 2 after the interview.',
        ],
        label: `Thank-you note to ${p.name} (interview on ${roundDay})`,
        dueAt: iso(due),
        status: sent ? 'done' : status(due),
      };
      if (sent) {
        const at = instant(sent.sentAt);
        deadline.because.push(`The note was sent ${humanInstant(at, year)}.`);
        deadline.doneAt = iso(at);
        deadlines.push(dueAt(deadline, due));
        continue;
      }
      deadlines.push(dueAt(deadline, due));
      actions.push(
        dueAt(
          {
            id: 'thank-you.send',
            key: `thank-you.send${key}`,
            ruleId: 'thank-you.send',
            guidelines: [5],
            subject: { ...subject },
            because: [
              `${p.name} interviewed you; ${ended}`,
              `No sent thank-you note to ${p.name} for that interview is on record.`,
              'Notes are due at the end of business day 2 after the interview.',
            ],
            title: `Send a thank-you note to ${p.name} (interview on ${roundDay})`,
            detail: `Write ${p.name} a note of their own about your interview on ${roundDay} for the ${role} role: thank them for their time and recall, in a sentence or two, why you fit it. Send it by the end of ${humanDay(businessDays(endDay, 2), year)}.`,
            priority: 'high',
            dueAt: iso(due),
            status: status(due),
          },
          due,
        ),
      );
      if (now > due) {
        warnings.push({
          id: 'thank-you.overdue',
          key: `thank-you.overdue${key}`,
          ruleId: 'thank-you.overdue',
          guidelines: [5],
          subject: { ...subject },
          because: [
            `The deadline was the end of ${humanDay(businessDays(endDay, 2), year)}.`,
            `No sent note to ${p.name} is on record.`,
          ],
          severity: 'critical',
          message: `Your thank-you note to ${p.name} (interview on ${roundDay}) is late: it was due by the end of ${humanDay(businessDays(endDay, 2), year)}. Send it today; a late note is far better than none.`,
        });
      }
      const because = [`A thank-you note to ${p.name} is still owed.`];
      if (p.title === undefined) because.push(`No job title is recorded for ${p.name}.`);
      if (p.email === undefined && record.employer.preferredContact === 'email')
        because.push(
          `${employer} prefers e-mail, but no e-mail address is recorded for ${p.name}.`,
        );
      if (p.businessCardCollected !== true)
        because.push(`You did not collect a business card from ${p.name}.`);
      if (because.length > 1)
        warnings.push({
          id: 'interviewer.details-missing',
          key: `interviewer.details-missing/${p.id}`,
          ruleId: 'interviewer.details-missing',
          guidelines: [4],
          subject: { kind: 'interviewer', id: p.id, name: p.name },
          because,
          severity: 'warning',
          message: `Check your details for ${p.name} before writing the thank-you note: their exact job title and an address the note can go to. Ask the recruiter, or ${p.name}'s assistant, for them.`,
        });
    }
  }

  // Offers: raise them by business day 2 before the answer is due; the answer itself.
  for (const offer of record.otherOffers ?? []) {
    const [y, m, d] = offer.respondBy.split('-').map(Number);
    const by = dayNumber(y, m, d);
    const raise = endOfDay(businessDays(by, -2));
    const subject = { kind: 'offer', id: offer.id, name: offer.employer };
    actions.push(
      dueAt(
        {
          id: 'offers.leverage',
          key: `offers.leverage/${offer.id}`,
          ruleId: 'offers.leverage',
          guidelines: [15],
          subject,
          because: [
            `${offer.employer} needs your answer by ${humanDay(by, year)}.`,
            `Raising it by the end of business day 2 before that date leaves ${employer} time to respond.`,
          ],
          title: `Tell ${employer} about your offer from ${offer.employer}`,
          detail: `You must answer ${offer.employer} by ${humanDay(by, year)}. Let ${employer} know, courteously, that you have another offer and would value their decision before then.`,
          priority: 'high',
          dueAt: iso(raise),
          status: status(raise),
        },
        raise,
      ),
    );
    deadlines.push(
      dueAt(
        {
          id: 'offers.respond-by',
          key: `offers.respond-by/${offer.id}`,
          ruleId: 'offers.respond-by',
          guidelines: [15],
          subject: { ...subject },
          because: [`${offer.employer} asked for your answer by ${humanDay(by, year)}.`],
          label: `Answer the offer from ${offer.employer}`,
          dueAt: iso(endOfDay(by)),
          status: status(endOfDay(by)),
        },
        endOfDay(by),
      ),
    );
  }

  // Contacts since the latest round: keep following up every 7 days, at most 3 unanswered.
  const contacts = (record.contacts ?? [])
    .map((c: Json) => ({ c, at: instant(c.at) }))
    .filter((x: Json) => x.at <= now)
    .sort((a: Json, b: Json) => a.at - b.at);
  const last = contacts.at(-1);
  const since = contacts.filter((x: Json) => x.at > latest.end);
  const unanswered = since.filter((x: Json) => x.c.direction === 'outbound').length;
  if (last !== undefined && unanswered > 0 && unanswered < 3) {
    const next = localDay(last.at) + 7;
    const due = endOfDay(next);
    actions.push(
      dueAt(
        {
          id: 'follow-up.continue',
          key: 'follow-up.continue',
          ruleId: 'follow-up.continue',
          guidelines: [13],
          because: [
            `Your latest contact with ${employer} was ${humanInstant(last.at, year)}.`,
            'Follow-ups are spaced 7 days apart.',
            `Unanswered follow-ups so far: ${unanswered}; you stop at 3.`,
          ],
          title: `Check in with ${employer} again`,
          detail: `If you have not heard back by ${humanDay(next, year)}, get in touch again: a short, friendly note or call that shows you are still keen, without pressing.`,
          priority: 'medium',
          dueAt: iso(due),
          status: status(due),
        },
        due,
      ),
    );
  }

  // The follow-up call: 7 to 10 days after the latest round, ending on a business day.
  const opens = latest.endDay + 7;
  let close = latest.endDay + 10;
  const because = [
    `Your latest interview ended ${humanInstant(latest.end, year)}.`,
    'The follow-up call belongs 7 to 10 days after it, on a business day.',
  ];
  if (!isBusinessDay(close)) because.push(`${humanDay(close, year)} is a weekend day.`);
  while (!isBusinessDay(close)) close--;
  const call = since.find((x: Json) => x.c.direction === 'outbound');
  if (call) because.push(`You got in touch ${humanInstant(call.at, year)}.`);
  const callDue = endOfDay(close);
  const window: Json = {
    id: 'follow-up-call.window',
    key: 'follow-up-call.window',
    ruleId: 'follow-up-call.window',
    guidelines: [11],
    because,
    label: `Follow-up call to ${employer}`,
    dueAt: iso(callDue),
    opensAt: iso(startOfDay(opens)),
    status: call ? 'done' : status(callDue),
  };
  if (call) window.doneAt = iso(call.at);
  deadlines.push(dueAt(window, callDue));

  // Rounds where the decision timeline was not asked.
  for (const { r } of rounds) {
    if (r.askedDecisionTimeline !== false) continue;
    const day = humanDay(localDay(instant(r.startsAt)), year);
    actions.push({
      id: 'decision-timeline.ask',
      key: `decision-timeline.ask/${r.id}`,
      ruleId: 'decision-timeline.ask:held',
      guidelines: [1],
      subject: { kind: 'interview', id: r.id },
      because: [
        `You did not ask, at your interview on ${day}, when the decision is expected.`,
        'No decision date is on record yet.',
      ],
      title: `Ask when ${employer} expects to decide`,
      detail: `You did not ask at your interview on ${day} when the hiring decision is expected. Ask at your next contact (a short e-mail is enough): the answer tells you when to follow up and how long to wait.`,
      priority: 'medium',
      status: 'open',
    });
  }

  const due = (x: Json) => dueOf.get(x) ?? Number.POSITIVE_INFINITY;
  actions.sort(
    (a, b) => PRIORITY[a.priority]! - PRIORITY[b.priority]! || due(a) - due(b) || byKey(a, b),
  );
  warnings.sort((a, b) => SEVERITY[a.severity]! - SEVERITY[b.severity]! || byKey(a, b));
  deadlines.sort((a, b) => due(a) - due(b) || byKey(a, b));
  return JSON.stringify({
    recordId: record.id,
    evaluatedAt: iso(now),
    timeZone: record.candidate.timeZone,
    locale: 'en-US',
    stage: 'following-up',
    actions,
    warnings,
    deadlines,
  });
}
