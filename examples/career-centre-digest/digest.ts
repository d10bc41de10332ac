/**
 * A counsellor's weekly digest: every student's plan, grouped by urgency, as
 * Markdown. Pure: records and an instant in, a string out.
 */
import type {
  Action,
  Deadline,
  FollowUpEngine,
  FollowUpPlan,
  Subject,
  Warning,
} from 'interview-followup';

/** One student's application, as the career centre stores it. */
export interface StudentRecord {
  /** Where it came from (a file name, a database key), shown when the record is broken. */
  readonly source: string;
  /** The interview record, not yet validated. */
  readonly record: unknown;
}

/** The urgency groups, in the order the digest shows them. */
export const GROUPS = [
  'Overdue',
  'Due this week',
  'Watch out',
  'On track',
  'Records to fix',
] as const;

const WEEK_MS = 7 * 86_400_000;
const LOW_NOISE = new Set(['thank-you.overdue']); // its deadline is already under Overdue

interface Line {
  readonly student: string;
  readonly sortKey: string;
  readonly text: string;
}

/** "Mon 30 Nov": the date part of an ISO date-time, as written (its own offset's day). */
function dayOf(iso: string): string {
  return new Date(`${iso.slice(0, 10)}T12:00:00Z`).toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}

/**
 * The local date of a plan date-time (plans write them with the offset of the
 * plan's zone): "Mon 30 Nov", or "Wed 2 Dec 11:00 (Europe/Paris)" for a time
 * that is not the end of a day.
 */
function when(iso: string, zone: string): string {
  const day = dayOf(iso);
  const time = iso.slice(11, 16);
  return time === '23:59' ? day : `${day} ${time} (${zone})`;
}

/** A sort key that orders instants written with different offsets. */
const chrono = (iso: string) => String(Date.parse(iso)).padStart(16, '0');

const sameSubject = (a?: Subject, b?: Subject) =>
  a?.kind === b?.kind && a?.id === b?.id && a?.interviewId === b?.interviewId;

/** Dated obligations of a plan: actions with a due date, and open deadlines no action repeats. */
function obligations(plan: FollowUpPlan): { title: string; item: Action | Deadline }[] {
  const dated = plan.actions.filter((a) => a.dueAt !== undefined);
  const deadlines = plan.deadlines.filter(
    (d) =>
      d.status !== 'done' &&
      !dated.some((a) => a.dueAt === d.dueAt && sameSubject(a.subject, d.subject)),
  );
  return [
    ...dated.map((a) => ({ title: a.title, item: a })),
    ...deadlines.map((d) => ({ title: d.label, item: d })),
  ];
}

function who(record: unknown): { name: string; about: string } {
  const r = record as {
    candidate?: { name?: unknown };
    employer?: { name?: unknown };
    position?: { title?: unknown };
  } | null;
  const name = typeof r?.candidate?.name === 'string' ? r.candidate.name : '(no name)';
  const employer = typeof r?.employer?.name === 'string' ? r.employer.name : '?';
  const title = typeof r?.position?.title === 'string' ? `, ${r.position.title}` : '';
  return { name, about: `${employer}${title}` };
}

const md = (text: string) => text.replace(/([\\`*_[\]<>|])/g, '\\$1');

/**
 * The digest of `students` at `now`, evaluated with `engine` (one engine for
 * the whole batch: its rules are validated once). A student whose record is
 * invalid is listed under "Records to fix" with the problems; the batch goes on.
 */
export async function buildDigest(
  engine: FollowUpEngine,
  students: readonly StudentRecord[],
  now: string,
): Promise<string> {
  const nowMs = Date.parse(now);
  const groups = new Map<string, Line[]>(GROUPS.map((g) => [g, []]));
  const add = (group: string, line: Line) => groups.get(group)!.push(line);

  for await (const result of engine.evaluateMany(
    students.map((s) => s.record),
    { now },
  )) {
    const { name, about } = who(students[result.index]!.record);
    const lead = `**${md(name)}** (${md(about)})`;
    if (result.error) {
      const issues = result.error.issues
        .slice(0, 3)
        .map((i) => `\`${i.path}\` ${md(i.message)}`)
        .join('; ');
      add('Records to fix', {
        student: name,
        sortKey: name,
        text: `${lead}, ${md(students[result.index]!.source)}: ${issues}`,
      });
      continue;
    }
    const plan = result.plan;
    let urgent = false;
    for (const { title, item } of obligations(plan)) {
      const dueMs = Date.parse(item.dueAt!);
      const overdue = dueMs < nowMs || ('status' in item && item.status === 'overdue');
      if (overdue) {
        add('Overdue', {
          student: name,
          sortKey: `${chrono(item.dueAt!)} ${name}`,
          text: `${lead}: ${md(title)}, was due ${when(item.dueAt!, plan.timeZone)}`,
        });
        urgent = true;
      } else if (dueMs <= nowMs + WEEK_MS) {
        const opens =
          'opensAt' in item && item.opensAt && Date.parse(item.opensAt) > nowMs
            ? ` (not before ${when(item.opensAt, plan.timeZone)})`
            : '';
        add('Due this week', {
          student: name,
          sortKey: `${chrono(item.dueAt!)} ${name}`,
          text: `${lead}: ${md(title)}, due ${when(item.dueAt!, plan.timeZone)}${opens}`,
        });
        urgent = true;
      }
    }
    const severities: Warning['severity'][] = ['critical', 'warning'];
    for (const w of plan.warnings) {
      if (!severities.includes(w.severity) || LOW_NOISE.has(w.id)) continue;
      add('Watch out', {
        student: name,
        sortKey: `${severities.indexOf(w.severity)} ${name}`,
        text: `${lead}: ${w.severity === 'critical' ? '**critical** ' : ''}${md(w.message)}`,
      });
    }
    if (!urgent) {
      const next = obligations(plan).sort((a, b) => a.item.dueAt!.localeCompare(b.item.dueAt!))[0];
      const undated = plan.actions.find((a) => a.dueAt === undefined);
      const step = next
        ? `next: ${md(next.title)}, due ${when(next.item.dueAt!, plan.timeZone)}`
        : undated
          ? `next: ${md(undated.title)}`
          : 'nothing to do';
      add('On track', {
        student: name,
        sortKey: name,
        text: `${lead}: ${plan.stage.replace('-', ' ')}; ${step}`,
      });
    }
  }

  const total = students.length;
  const broken = groups.get('Records to fix')!.length;
  const out = [
    '# Weekly follow-up digest',
    '',
    `As of ${dayOf(now)} ${now.slice(0, 4)} · ${total} students` +
      (broken > 0 ? ` · ${broken} record${broken === 1 ? '' : 's'} to fix` : ''),
    '',
  ];
  for (const group of GROUPS) {
    const lines = groups.get(group)!.sort((a, b) => a.sortKey.localeCompare(b.sortKey));
    out.push(`## ${group} (${lines.length})`, '');
    out.push(...(lines.length > 0 ? lines.map((l) => `- ${l.text}`) : ['_None._']), '');
  }
  return out.join('\n');
}
