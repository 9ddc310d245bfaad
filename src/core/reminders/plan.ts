import { isWorkingDay, OFFICIAL, type WorkCalendar, workingDaysBetween } from '../calendar';
import { daysBetween, type IsoDate } from '../dates';
import { canonicalAddress, isSafeAddress } from '../directory/addresses';
import { executorsOf, matchProblems } from '../directory/check';
import { matchExecutors } from '../directory/match';
import type { Directory } from '../directory/read';
import type { Measure, MeasureState, Problem, Roadmap, Section } from '../model';
import type { Settings } from '../settings';
import { type MeasureId, measureIds, periodOf, reminderKey, sameKey } from './keys';
import { emptyHistory, historyKey, indexLog, type LogIndex, mergeHistories } from './log';
import { countsOf, fitToMail } from './parts';
import { decideStep } from './policy';
import type { Digest, DigestItem, LogEntry, SkippedMeasure, SkipReason } from './types';

export interface PlanInput {
  roadmap: Roadmap;
  /** judgeMeasure's states, one per measure (matched by row). */
  states: readonly MeasureState[];
  /** readDirectory's result (its problems are not repeated here). */
  directory: Pick<Directory, 'entries'>;
  /** «Журнал напоминаний» as read (readLog), or already indexed (indexLog) when planning repeatedly. */
  log: readonly LogEntry[] | LogIndex;
  settings: Settings;
  today: IsoDate;
  /** The manual send's «все просроченные» checkbox. */
  includeAllOverdue?: boolean;
  spreadsheetUrl: string;
  /** The roadmap sheet's id, for the row links. */
  sheetGid: number;
  /** The production calendar with the organisation's own days (default: the official one). */
  calendar?: WorkCalendar;
  /**
   * The non-working days since the last working day, each with the measures judged on it, when
   * reminders go out on working days only: what fell due on them and is no longer due today (a
   * recurring measure's period that has rolled over meanwhile) is sent today, once.
   */
  missed?: readonly { day: IsoDate; states: readonly MeasureState[] }[];
}

export interface ReminderPlan {
  /**
   * In sending order: postponed first (the longest waiting first), then escalations and overdue,
   * then due soon, the coordinator's report last; the parts of a long digest one after another.
   */
  digests: Digest[];
  skipped: SkippedMeasure[];
  /** executor-unknown, executor-no-email, coordinator-missing. */
  problems: Problem[];
  /** Recipients (to + cc) all digests need from MailApp's daily quota (every part counts). */
  quotaNeeded: number;
}

const STATE_SKIPS: Partial<Record<MeasureState['state'], SkipReason>> = {
  'done-on-time': 'done',
  'done-late': 'done',
  cancelled: 'cancelled',
  'no-deadline': 'no-deadline',
  unparsed: 'unparsed',
  doubtful: 'doubtful',
};

/** The row link: `${url}#gid=${gid}&range=A${row}` (any fragment of the URL replaced). */
export function rowLink(spreadsheetUrl: string, sheetGid: number, row: number): string {
  return `${spreadsheetUrl.replace(/#.*$/, '')}#gid=${sheetGid}&range=A${row}`;
}

interface Bucket {
  kind: Digest['kind'];
  to: string;
  cc: Set<string>;
  items: DigestItem[];
}

/**
 * Who gets which reminders today: one digest per recipient address, each item keyed for
 * exactly-once against the log (see keys.ts and policy.ts). Done, cancelled, «Без срока»,
 * unparsed and doubtful («Проверьте срок») measures are never reminded and are listed in `skipped`; unparsed deadlines also go,
 * once per measure and deadline text, to the coordinator in a 'coordinator-report' digest (when
 * settings.coordinatorEmail is set). Executors the directory does not know are problems
 * ('executor-unknown', the measure's row and the executors column), never guessed.
 *
 * planReminders({ roadmap, states, directory, log: [], settings, today: '2021-06-15', … })
 *   → { digests: [{ to: 'poo1@example.org', items: [...], … }], skipped, problems, quotaNeeded }
 */
export function planReminders(input: PlanInput): ReminderPlan {
  const { roadmap, settings, today } = input;
  const index: LogIndex = Array.isArray(input.log) ? indexLog(input.log as LogEntry[]) : (input.log as LogIndex);
  const statesByRow = new Map(input.states.map((s) => [s.row, s]));
  const sections = new Map<string, Section>(roadmap.sections.map((s) => [s.id, s]));
  const sectionOrder = new Map(roadmap.sections.map((s, i) => [s.id, i]));
  const ids = measureIds(roadmap.measures);
  const coordinator = isSafeAddress(settings.coordinatorEmail.trim())
    ? canonicalAddress(settings.coordinatorEmail)
    : '';
  const executorsColumn = roadmap.columns.executors ?? null;
  const calendar = input.calendar ?? OFFICIAL;

  const skipped: SkippedMeasure[] = [];
  const problems: Problem[] = [];
  const buckets = new Map<string, Bucket>();
  const bucket = (kind: Digest['kind'], to: string): Bucket => {
    const id = `${kind}|${to}`;
    let b = buckets.get(id);
    if (!b) {
      b = { kind, to, cc: new Set(), items: [] };
      buckets.set(id, b);
    }
    return b;
  };
  const skip = (m: Measure, reason: SkipReason) => skipped.push({ row: m.row, number: m.number, reason });

  const item = (
    m: Measure,
    state: MeasureState | null,
    fields: Pick<DigestItem, 'step' | 'stepName' | 'key' | 'forced'>,
  ) => {
    const section = m.sectionId === null ? undefined : sections.get(m.sectionId);
    return {
      number: m.number,
      row: m.row,
      sectionId: m.sectionId,
      sectionLabel: section?.label ?? '',
      sectionTitle: section?.title ?? '',
      title: m.title,
      deadlineText: m.newDeadlineText.trim() !== '' ? m.newDeadlineText : m.deadlineText,
      due: state?.due ?? null,
      daysLeft: state?.daysLeft ?? null,
      dueOff: state?.due ? !isWorkingDay(state.due, calendar) : false,
      result: m.result,
      link: rowLink(input.spreadsheetUrl, input.sheetGid, m.row),
      postponed: index.postponed.has(sameKey(fields.key)),
      ...fields,
    } satisfies DigestItem;
  };

  /** Sent before, under the measure's identity or the id it had before (see keys.ts). */
  const wasSent = (aliases: readonly string[], rest: string) => aliases.some((a) => index.sent.has(`${a}|${rest}`));

  /** `${id}|${recipient}|${period}` of every item planned: a missed day adds only what today lacks. */
  const planned = new Set<string>();
  const add = (b: Bucket, id: string, recipient: string, period: string, it: DigestItem) => {
    planned.add(`${id}|${recipient}|${period}`);
    b.items.push(it);
  };

  /** One day's reminders; for a missed day (`first` false) skips and problems are not repeated. */
  const visit = (day: IsoDate, states: ReadonlyMap<number, MeasureState>, first: boolean) => {
    for (const m of roadmap.measures) {
      const { id, aliases } = ids.get(m.row) as MeasureId;
      const judged = states.get(m.row);
      if (!judged) {
        if (first) skip(m, 'no-state');
        continue;
      }
      // Shown as of today: a missed day's item says how late it is now.
      const state: MeasureState =
        first || judged.due === null ? judged : { ...judged, daysLeft: daysBetween(today, judged.due) };
      const reason = STATE_SKIPS[state.state];
      if (reason) {
        if (first) skip(m, reason);
        if (reason === 'unparsed' && coordinator !== '') {
          const period = periodOf(null, m.newDeadlineText.trim() !== '' ? m.newDeadlineText : m.deadlineText);
          const key = reminderKey(id, coordinator, 'unparsed', period);
          if (
            !wasSent(aliases, `${coordinator}|unparsed|${period}`) &&
            !planned.has(`${id}|${coordinator}|${period}`)
          ) {
            add(
              bucket('coordinator-report', coordinator),
              id,
              coordinator,
              period,
              item(m, null, { step: 'unparsed', stepName: 'unparsed', key, forced: false }),
            );
          }
        }
        continue;
      }
      if (state.due === null || state.daysLeft === null || judged.daysLeft === null) {
        if (first) skip(m, 'no-due');
        continue;
      }
      const due = state.due;

      // Recipients: every address of every executor the directory knows, with the executor's copies.
      const matches = matchExecutors(executorsOf(m), input.directory);
      if (first) problems.push(...matchProblems(m.row, matches, executorsColumn));
      const recipients = new Map<string, Set<string>>();
      for (const { entry } of matches.matched) {
        for (const address of entry.emails) {
          const cc = recipients.get(address) ?? new Set<string>();
          for (const copy of entry.cc) cc.add(copy);
          recipients.set(address, cc);
        }
      }

      const decide = (recipient: string | null) =>
        decideStep({
          daysLeft: judged.daysLeft as number,
          beforeLeft: settings.remindBeforeInWorkingDays ? workingDaysBetween(day, due, calendar) : undefined,
          today: day,
          settings,
          history:
            recipient === null
              ? emptyHistory()
              : mergeHistories(aliases.map((a) => index.history.get(historyKey(a, recipient, due)))),
          includeAllOverdue: first && (input.includeAllOverdue ?? false),
        });
      if (recipients.size === 0) {
        if (first && decide(null)) skip(m, 'no-recipient');
        continue;
      }
      for (const [recipient, cc] of recipients) {
        if (planned.has(`${id}|${recipient}|${due}`)) continue;
        const decision = decide(recipient);
        if (!decision) continue;
        const key = reminderKey(id, recipient, decision.stepName, due);
        if (wasSent(aliases, `${recipient}|${decision.stepName}|${due}`)) continue;
        const b = bucket('executor', recipient);
        for (const copy of cc) b.cc.add(copy);
        if (decision.step === 'escalation' && coordinator !== '') b.cc.add(coordinator);
        add(b, id, recipient, due, item(m, state, { ...decision, key }));
      }
    }
  };
  visit(today, statesByRow, true);
  for (const missed of input.missed ?? []) {
    visit(missed.day, new Map(missed.states.map((st) => [st.row, st])), false);
  }

  // The coordinator who is an executor too gets one e-mail: their measures, then the report.
  const report = buckets.get(`coordinator-report|${coordinator}`);
  const own = buckets.get(`executor|${coordinator}`);
  if (report && own) {
    own.items.push(...report.items);
    buckets.delete(`coordinator-report|${coordinator}`);
  }

  const whole = [...buckets.values()].map((b) => toDigest(b, settings, coordinator, sectionOrder, index));
  if (coordinator === '' && whole.some((d) => d.items.some((i) => i.step === 'escalation'))) {
    problems.push({
      row: 0,
      column: null,
      code: 'coordinator-missing',
      message: { code: 'coordinator-missing' },
      severity: 'warning',
    });
  }
  whole.sort(byPriority);
  // Parts by count and by Google's body size (parts.ts).
  const digests = whole.flatMap((digest) => fitToMail(digest, today));
  return { digests, skipped, problems, quotaNeeded: digests.reduce((sum, d) => sum + d.recipients, 0) };
}

function toDigest(
  b: Bucket,
  settings: Settings,
  coordinator: string,
  sectionOrder: Map<string, number>,
  index: LogIndex,
): Digest {
  // The executor's own measures first, the coordinator's unparsed ones after; by task, then row.
  const items = [...b.items].sort(
    (x, y) =>
      Number(x.step === 'unparsed') - Number(y.step === 'unparsed') ||
      (x.sectionId === null ? -1 : (sectionOrder.get(x.sectionId) ?? 0)) -
        (y.sectionId === null ? -1 : (sectionOrder.get(y.sectionId) ?? 0)) ||
      x.row - y.row,
  );
  const cc = [...b.cc].filter((a) => a !== b.to).sort();
  const waits = [index.postponedSince.get(b.to), ...items.map((i) => index.postponedSince.get(sameKey(i.key)))].filter(
    (at): at is string => at !== undefined,
  );
  return {
    kind: b.kind,
    to: b.to,
    cc,
    replyTo: coordinator,
    senderName: settings.senderName,
    items,
    counts: countsOf(items),
    recipients: 1 + cc.length,
    hasPostponed: items.some((i) => i.postponed) || index.postponedRecipients.has(b.to),
    postponedSince: waits.length === 0 ? null : (waits.sort()[0] as string),
    part: null,
  };
}

/**
 * Postponed first, the longest waiting first (their oldest postponement in the log); then
 * escalations, overdue, due soon; the coordinator's report last; then by address.
 */
function byPriority(a: Digest, b: Digest): number {
  const rank = (d: Digest) =>
    d.hasPostponed
      ? 0
      : d.kind === 'coordinator-report'
        ? 4
        : d.items.some((i) => i.step === 'escalation')
          ? 1
          : d.counts.overdue > 0
            ? 2
            : 3;
  const since = (d: Digest) => (d.hasPostponed ? (d.postponedSince ?? '') : '');
  return (
    rank(a) - rank(b) ||
    (since(a) < since(b) ? -1 : since(a) > since(b) ? 1 : 0) ||
    (a.to < b.to ? -1 : a.to > b.to ? 1 : 0)
  );
}
