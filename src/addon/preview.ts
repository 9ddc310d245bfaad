import type { DigestAnswerLinks } from '../core/answers';
import type { DigestItem } from '../core/reminders';
import { renderDigest } from '../core/reminders';
import { NO_EXECUTOR } from '../core/summary';
import { answerLinksFor } from './answers-links';
import type { DigestMeasure, DigestPreview, ReminderPreview, UnreachableExecutor } from './api-types';
import type { PlannedRun } from './reminders';

function stepOf(item: DigestItem): DigestMeasure['step'] {
  if (item.step === 'before') return 'before-due';
  if (item.step === 'escalation') return 'escalation';
  if (item.step === 'unparsed') return 'unparsed';
  return item.stepName === 'overdue-1' ? 'overdue' : 'overdue-repeat';
}

/** Exactly what «Отправить» would send now: the same plan, rendered subjects, the quota it needs. */
/** The preview of a digest with the links its e-mail carries (none without the web app). */
function withLinks(links: DigestAnswerLinks | undefined, preview: DigestPreview): DigestPreview {
  if (!links) return preview;
  return {
    ...preview,
    answersLink: links.all,
    measures: preview.measures.map((m) => {
      const answer = links.items.get(m.row);
      return answer ? { ...m, answerLinks: answer } : m;
    }),
  };
}

export function toPreview(run: PlannedRun): ReminderPreview {
  const { loaded, plan, states } = run;
  const stateByRow = new Map(states.map((s) => [s.row, s.state]));
  const planTitle = loaded.roadmap.title || loaded.roadmap.sheetName;
  const measuresByRow = new Map(loaded.roadmap.measures.map((m) => [m.row, m]));
  const unreachable = new Map<string, number[]>();
  for (const skipped of plan.skipped) {
    if (skipped.reason !== 'no-recipient') continue;
    const executors = measuresByRow.get(skipped.row)?.executorsText.trim() || NO_EXECUTOR;
    unreachable.set(executors, [...(unreachable.get(executors) ?? []), skipped.row]);
  }
  const answerLinks = answerLinksFor(loaded);
  return {
    today: loaded.today,
    heldUntil: run.heldUntil,
    digests: plan.digests.map((digest) =>
      withLinks(answerLinks(digest), {
        to: [digest.to],
        cc: [...digest.cc],
        names: [...new Set(digest.items.map((i) => measuresByRow.get(i.row)?.executorsText ?? ''))].filter(Boolean),
        subject: renderDigest(digest, { planTitle, today: loaded.today }).subject,
        measures: digest.items.map((item) => ({
          row: item.row,
          number: item.number,
          title: item.title,
          state: stateByRow.get(item.row) ?? 'unparsed',
          daysLeft: item.daysLeft,
          due: item.due,
          dueOff: item.dueOff,
          step: stepOf(item),
        })),
      }),
    ),
    unreachable: [...unreachable].map(([executor, rows]): UnreachableExecutor => ({ executor, rows })),
    quotaNeeded: plan.quotaNeeded,
    quotaLeft: run.quotaLeft,
  };
}
