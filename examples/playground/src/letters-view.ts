/**
 * The letters panel: a thank-you note to a chosen interviewer, checked with
 * `checkLetter` as the user types (debounced), each finding's words
 * underlined at their offsets — in the editor and in a copy below it whose
 * underlined words show the finding on hover or focus — and a Draft button
 * (`draftThankYou`) that writes a note to check. The letters entry and
 * its dictionary load lazily, on the first check, with a visible loading state.
 */
import type { EvaluateOptions, InterviewRecord } from 'interview-followup';
import type { LetterContext, LetterFinding } from 'interview-followup/letters';
import { byId, debounce, h } from './dom.js';

/** One interviewer of one round the note can be addressed to. */
interface Addressee {
  readonly roundId: string;
  readonly interviewerId: string;
  readonly name: string;
  readonly title?: string;
}

/** An underlined span and the finding it belongs to. */
interface Flag {
  readonly start: number;
  readonly end: number;
  readonly finding: LetterFinding;
}

const loaded = new Set<string>();
let letters: Promise<typeof import('interview-followup/letters')> | undefined;
const lettersEntry = () => {
  letters ??= import('interview-followup/letters');
  return letters;
};

/** Every finding's ranges, in text order, without overlaps (the first one wins). */
function flags(findings: readonly LetterFinding[]): Flag[] {
  const all = findings
    .flatMap((finding) => finding.ranges.map((r) => ({ start: r.start, end: r.end, finding })))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Flag[] = [];
  for (const f of all) {
    const last = kept.at(-1);
    if (!last || f.start >= last.end) kept.push(f);
  }
  return kept;
}

/** The text with each flag as a `mark`; `tips` adds the focusable message to each. */
function marked(text: string, list: readonly Flag[], tips: boolean): Node[] {
  const nodes: Node[] = [];
  let at = 0;
  list.forEach((f, i) => {
    nodes.push(document.createTextNode(text.slice(at, f.start)));
    const word = text.slice(f.start, f.end);
    const attrs = {
      class: f.finding.severity,
      'data-code': f.finding.code,
      'data-start': String(f.start),
      'data-end': String(f.end),
    };
    if (!tips) {
      nodes.push(h('mark', attrs, word));
    } else {
      const tipId = `letter-tip-${i}`;
      nodes.push(
        h(
          'span',
          { class: 'flag' },
          h(
            'mark',
            { ...attrs, tabindex: '0', 'aria-describedby': tipId, title: f.finding.message },
            word,
          ),
          h('span', { class: 'tip', role: 'tooltip', id: tipId }, f.finding.message),
        ),
      );
    }
    at = f.end;
  });
  nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}

/** The letters panel, wired to its elements; `update` gives it the current record and locale. */
export function lettersPanel() {
  const select = byId<HTMLSelectElement>('letter-interviewer');
  const editor = byId<HTMLTextAreaElement>('letter');
  const backdrop = byId('letter-backdrop');
  const status = byId('letter-status');
  const copy = byId('letter-marked');
  const list = byId('letter-findings');
  let record: InterviewRecord | undefined;
  let options: EvaluateOptions = {};
  let locale = 'en-US';
  let addressees: Addressee[] = [];
  let run = 0;

  const context = (who: Addressee): LetterContext => {
    const r = record as InterviewRecord;
    const round = r.interviews.find((i) => i.id === who.roundId);
    return {
      interviewer: { name: who.name, ...(who.title ? { title: who.title } : {}) },
      candidate: { name: r.candidate.name },
      employer: { name: r.employer.name },
      position: { title: r.position.title },
      otherInterviewers: addressees.filter((a) => a.name !== who.name).map((a) => a.name),
      otherNotes: (r.thankYouNotes ?? [])
        .filter((n) => n.interviewId === who.roundId && n.interviewerId !== who.interviewerId)
        .flatMap((n) => {
          const to = round?.interviewers.find((i) => i.id === n.interviewerId);
          return n.body && to ? [{ body: n.body, interviewerName: to.name }] : [];
        }),
    };
  };

  const check = async () => {
    const mine = ++run;
    const who = addressees[select.selectedIndex];
    const text = editor.value;
    if (!who || !record) return;
    const entry = await lettersEntry();
    if (!loaded.has(locale)) {
      status.textContent = `Loading the ${locale} dictionary…`;
      status.setAttribute('aria-busy', 'true');
      const started = performance.now();
      try {
        await entry.loadSpellChecker(locale);
      } catch (error) {
        status.textContent = `Could not load the dictionary: ${String(error)}`;
        return;
      } finally {
        status.removeAttribute('aria-busy');
      }
      loaded.add(locale);
      status.textContent = `The ${locale} dictionary loaded in ${Math.round(performance.now() - started)} ms.`;
    }
    let findings: LetterFinding[];
    try {
      findings = await entry.checkLetter(text, context(who), { locale });
    } catch (error) {
      if (mine !== run) return;
      const issues = entry.isInterviewFollowupError(error)
        ? error.issues.map((i) => `${i.path}: ${i.message}`).join('; ')
        : String(error);
      status.textContent = `Could not check the note: ${issues}`;
      return;
    }
    if (mine !== run) return;
    const found = flags(findings);
    backdrop.replaceChildren(...marked(text, found, false), document.createTextNode('\n'));
    copy.replaceChildren(...marked(text, found, true));
    list.replaceChildren(
      ...findings.map((f) =>
        h(
          'li',
          { class: f.severity, 'data-code': f.code },
          `${f.severity} · ${f.code}: ${f.message}`,
        ),
      ),
    );
    status.textContent =
      findings.length === 0
        ? `No findings (${locale}).`
        : `${findings.length} finding${findings.length === 1 ? '' : 's'} (${locale}).`;
    status.dataset.checked = String(run);
  };
  const later = debounce(() => void check(), 250);

  const fill = () => {
    const who = addressees[select.selectedIndex];
    if (!who || !record) return;
    const note = record.thankYouNotes?.find(
      (n) => n.interviewId === who.roundId && n.interviewerId === who.interviewerId,
    );
    editor.value =
      note?.body ??
      `Dear ${who.name},\n\nThank you for taking the time to talk with me about the ${record.position.title} role at ${record.employer.name}.\n\nBest regards,\n${record.candidate.name}`;
    void check();
  };

  /** Comma-separated entries of a field, trimmed; `undefined` when there are none. */
  const entries = (id: string) => {
    const list = byId<HTMLInputElement>(id)
      .value.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    return list.length > 0 ? list : undefined;
  };
  const draft = async () => {
    const who = addressees[select.selectedIndex];
    if (!who || !record) return;
    const tone = byId<HTMLSelectElement>('draft-tone').value;
    const entry = await lettersEntry();
    try {
      const note = await entry.draftThankYou(
        record,
        {
          interviewId: who.roundId,
          interviewerId: who.interviewerId,
          topics: entries('draft-topics'),
          strengths: entries('draft-strengths'),
          ...(tone === 'formal' || tone === 'warm' ? { tone } : {}),
        },
        options,
      );
      editor.value = note.body;
      backdrop.replaceChildren(document.createTextNode(`${note.body}\n`));
      const timeZone = options.timeZone ?? record.candidate.timeZone ?? 'UTC';
      const sendBy = new Date(note.sendBy).toLocaleString(locale, {
        timeZone,
        dateStyle: 'full',
        timeStyle: 'short',
      });
      draftNote.textContent = `Drafted: by ${note.medium}, to send by ${sendBy}. Subject: ${note.subject}`;
      await check();
    } catch (error) {
      draftNote.textContent = entry.isInterviewFollowupError(error)
        ? `Could not draft: ${error.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`
        : `Could not draft: ${String(error)}`;
    }
  };
  const draftNote = byId('draft-status');
  byId('draft').addEventListener('click', () => void draft());

  editor.addEventListener('input', () => {
    // Underlines at the old offsets would sit on the wrong words: the editor's copy is plain
    // text until the check catches up, once typing pauses.
    backdrop.replaceChildren(document.createTextNode(`${editor.value}\n`));
    later();
  });
  editor.addEventListener('scroll', () => {
    backdrop.scrollTop = editor.scrollTop;
  });
  select.addEventListener('change', fill);

  return {
    /** A new valid record, locale or options: new addressees, and the note checked again. */
    update(next: InterviewRecord, nextLocale: string, nextOptions: EvaluateOptions) {
      options = nextOptions;
      const changed = next !== record;
      const same = changed && record?.id === next.id;
      record = next;
      const localeChanged = nextLocale !== locale;
      locale = nextLocale;
      if (changed) {
        const previous = select.value;
        addressees = next.interviews
          .filter((i) => i.status !== 'cancelled')
          .flatMap((round) =>
            round.interviewers.map((p) => ({
              roundId: round.id,
              interviewerId: p.id,
              name: p.name,
              ...(p.title ? { title: p.title } : {}),
            })),
          );
        select.replaceChildren(
          ...addressees.map((a) =>
            h('option', { value: `${a.roundId}/${a.interviewerId}` }, `${a.name} (${a.roundId})`),
          ),
        );
        if (same && addressees.some((a) => `${a.roundId}/${a.interviewerId}` === previous)) {
          select.value = previous;
          void check();
        } else {
          fill();
        }
      } else if (localeChanged) {
        void check();
      }
    },
  };
}
