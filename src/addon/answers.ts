import {
  ANSWER_LIMITS,
  type AnswerKind,
  type AnswerProblem,
  type AnswerRequest,
  answerId,
  answersSince,
  checkAnswer,
  cleanComment,
  DECIDED_BY,
  decisionMail,
} from '../core/answers';
import { formatRu } from '../core/dates';
import { type AnswerMessage, STATUS_LABELS, say } from '../core/i18n';
import type { AddinColumn, CellValue, Measure } from '../core/model';
import { stableMeasureIds } from '../core/reminders';
import { judgeRows } from '../core/roadmap';
import { appendRequest, readStoredRequests, type StoredRequest, updateRequest } from './answers-sheet';
import { toSheetValue } from './env';
import { withDocumentLock } from './lock';
import { type LoadedRoadmap, loadRoadmap } from './roadmap-sheet';
import { refreshSummarySheets } from './summaries/refresh';

/**
 * The request life cycle: an executor's answer becomes a request («новый»); the coordinator
 * accepts («принят») or rejects («отклонён») it. Accepting writes only the add-in's columns of
 * that measure's row — Статус, Дата выполнения, Новый срок, Отметка об исполнении and the
 * computed cells, judged by the same core function as onEdit (judgeRows) — then refreshes
 * «Сводка». Everything runs under the document lock.
 */

/** 'yyyy-MM-dd HH:mm:ss' in the spreadsheet's zone (sortable; the rate limit compares these). */
function wallTime(timeZone: string, at: Date = new Date()): string {
  return Utilities.formatDate(at, timeZone, 'yyyy-MM-dd HH:mm:ss');
}

export interface AnswerSubmission {
  recipient: string;
  measure: Measure;
  measureId: string;
  /** linkId of the token it came with. */
  link: string;
  kind: AnswerKind;
  date: string;
  comment: string;
}

export type SubmitOutcome =
  | { ok: true; duplicate: boolean; accepted: boolean }
  | { ok: false; problems: AnswerProblem[] };

/**
 * Keeps an answer as a request: checked, deduplicated (the same answer twice is one request),
 * limited per link per hour; accepted at once when it says «выполнено» and the coordinator has
 * turned automatic acceptance on.
 */
export function submitAnswer(loaded: LoadedRoadmap, input: AnswerSubmission): SubmitOutcome {
  const comment = cleanComment(input.comment);
  const problems = checkAnswer({ kind: input.kind, date: input.date, comment }, loaded.today);
  if (problems.length > 0) return { ok: false, problems };
  return withDocumentLock(() => {
    const stored = readStoredRequests(loaded);
    const id = answerId({
      recipient: input.recipient,
      measureId: input.measureId,
      kind: input.kind,
      date: input.date,
      comment,
    });
    if (stored.some((s) => s.request.id === id)) return { ok: true, duplicate: true, accepted: false };
    const hourAgo = wallTime(loaded.timeZone, new Date(Date.now() - 3600_000));
    if (
      answersSince(
        stored.map((s) => s.request),
        input.link,
        hourAgo,
      ) >= ANSWER_LIMITS.perLinkPerHour
    )
      return { ok: false, problems: ['rate-limit'] };
    const request: AnswerRequest = {
      id,
      receivedAt: wallTime(loaded.timeZone),
      recipient: input.recipient,
      measureId: input.measureId,
      number: input.measure.number,
      title: input.measure.title,
      kind: input.kind,
      date: input.date,
      comment,
      state: 'new',
      decidedBy: '',
      decidedAt: '',
      note: '',
      previousDeadline: '',
      link: input.link,
    };
    appendRequest(loaded, request);
    if (input.kind === 'done' && loaded.settings.answersAutoAccept) {
      const row = readStoredRequests(loaded).find((s) => s.request.id === id);
      if (row) {
        decide(loaded, row, { accept: true, note: '', by: DECIDED_BY.automatic });
        return { ok: true, duplicate: false, accepted: true };
      }
    }
    return { ok: true, duplicate: false, accepted: false };
  });
}

/** A decision that cannot be applied: the sidebar shows its sentence as a notice. */
export class AnswerError extends Error {
  constructor(message: AnswerMessage) {
    super(say(message));
    this.name = 'AnswerError';
  }
}

/**
 * The cells of `row` to write, as contiguous runs (one setValues a run); a text cell (Новый срок,
 * Отметка) is its own run, made plain text first so an executor's «=…» can never become a formula.
 */
function writeCells(loaded: LoadedRoadmap, row: number, cells: Map<number, CellValue>, textColumns: Set<number>): void {
  const columns = [...cells.keys()].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const column of columns) {
    const last = runs[runs.length - 1];
    const previous = last?.[last.length - 1];
    if (last && previous === column - 1 && !textColumns.has(column) && !textColumns.has(previous)) last.push(column);
    else runs.push([column]);
  }
  for (const run of runs) {
    const range = loaded.sheet.getRange(row, run[0] as number, 1, run.length);
    if (textColumns.has(run[0] as number)) range.setNumberFormat('@');
    range.setValues([run.map((c) => toSheetValue(cells.get(c) ?? ''))]);
  }
}

/** Applies an accepted request to its measure's row; returns the deadline in force before a new one. */
function applyToPlan(loaded: LoadedRoadmap, measure: Measure, request: AnswerRequest): string {
  const columns = loaded.roadmap.addinColumns;
  // The columns this answer needs (Отметка is optional: without it the comment stays in the request).
  const needed: AddinColumn[] = request.kind === 'done' ? ['status', 'completed'] : ['newDeadline'];
  if (needed.some((k) => columns[k] === undefined)) throw new AnswerError({ code: 'answer-no-columns' });
  const line: CellValue[] = [...(loaded.values[measure.row - 1] ?? [])];
  const cells = new Map<number, CellValue>();
  const text = new Set<number>();
  const set = (key: AddinColumn, value: CellValue, asText = false) => {
    const column = columns[key];
    if (column === undefined) return;
    while (line.length < column) line.push('');
    line[column - 1] = value;
    cells.set(column, value);
    if (asText) text.add(column);
  };
  let previous = '';
  if (request.kind === 'done') {
    set('status', STATUS_LABELS.done);
    set('completed', { date: request.date });
    if (request.comment !== '') {
      const before = measure.note.trim();
      set(
        'note',
        before === '' || before.includes(request.comment) ? request.comment : `${before}\n${request.comment}`,
        true,
      );
    }
  } else {
    previous = measure.newDeadlineText.trim() || measure.deadlineText.trim();
    set('newDeadline', formatRu(request.date), true);
  }
  const judged = judgeRows(loaded.header, [line], measure.row, loaded.today, loaded.settings);
  for (const block of judged.blocks)
    block.values[0]?.forEach((value, j) => {
      cells.set(block.column + j, value);
    });
  writeCells(loaded, measure.row, cells, text);
  return previous;
}

function decide(
  loaded: LoadedRoadmap,
  stored: StoredRequest,
  decision: { accept: boolean; note: string; by: string },
): void {
  const request = stored.request;
  let previous = '';
  if (decision.accept) {
    const ids = stableMeasureIds(loaded.roadmap.measures);
    const measure = loaded.roadmap.measures.find((m) => ids.get(m.row) === request.measureId);
    if (!measure) throw new AnswerError({ code: 'answer-measure-gone', heading: request.number || request.title });
    previous = applyToPlan(loaded, measure, request);
  }
  updateRequest(loaded, {
    row: stored.row,
    request: {
      ...request,
      state: decision.accept ? 'accepted' : 'rejected',
      decidedBy: decision.by,
      decidedAt: wallTime(loaded.timeZone),
      note: cleanComment(decision.note).slice(0, ANSWER_LIMITS.commentChars),
      previousDeadline: previous,
    },
  });
  if (decision.accept) refreshSummarySheets(loadRoadmap());
}

/** Sends the coordinator's note back to the executor, plain text only. */
function mailNote(loaded: LoadedRoadmap, request: AnswerRequest, accept: boolean, note: string): void {
  MailApp.sendEmail({
    to: request.recipient,
    ...decisionMail(request, accept, note),
    name: loaded.settings.senderName,
    ...(loaded.settings.coordinatorEmail ? { replyTo: loaded.settings.coordinatorEmail } : {}),
  });
}

/** The coordinator's decision from the sidebar; the note, when given, is e-mailed to the executor. */
export function applyDecision(id: string, accept: boolean, note: string, by: string): AnswerRequest {
  return withDocumentLock(() => {
    const loaded = loadRoadmap();
    const stored = readStoredRequests(loaded).find((s) => s.request.id === id);
    if (!stored) throw new AnswerError({ code: 'answer-not-found' });
    if (stored.request.state !== 'new') throw new AnswerError({ code: 'answer-already-decided' });
    decide(loaded, stored, { accept, note, by });
    const cleanNote = cleanComment(note);
    if (cleanNote !== '') mailNote(loaded, stored.request, accept, cleanNote);
    return stored.request;
  });
}

/** All requests, newest first. */
export function listRequests(loaded: LoadedRoadmap = loadRoadmap()): AnswerRequest[] {
  return readStoredRequests(loaded)
    .map((s) => s.request)
    .reverse();
}
