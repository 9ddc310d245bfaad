import {
  type AnswerKind,
  answerPage,
  invalidLinkPage,
  linkId,
  measuresOf,
  PAGE_TITLE,
  type PageMeasure,
  type TokenPayload,
  tokenCovers,
} from '../core/answers';
import { answerProblemText, say } from '../core/i18n';
import { stableMeasureIds } from '../core/reminders';
import { judgeRoadmap } from '../core/roadmap';
import { submitAnswer } from './answers';
import { checkSignature } from './answers-secret';
import { readStoredRequests } from './answers-sheet';
import { loadDirectory } from './directory-sheet';
import { withOpenedSpreadsheet } from './env';
import { BusyError } from './lock';
import { loadRoadmap } from './roadmap-sheet';

/**
 * The executor's page: doGet shows it, doPost takes a form from it. A web app has no active
 * spreadsheet, so the file is opened by the id stored with the links' secret (never by an id
 * from the request); a refused token shows «Ссылка недействительна или устарела» and reads nothing.
 */
type WebEvent = { parameter?: Record<string, string | undefined> } | undefined;

function output(html: string): GoogleAppsScript.HTML.HtmlOutput {
  return HtmlService.createHtmlOutput(html)
    .setTitle(PAGE_TITLE)
    .addMetaTag('viewport', 'width=device-width, initial-scale=1');
}

const KINDS: readonly AnswerKind[] = ['done', 'postpone'];
const kindOf = (text: string | undefined): AnswerKind | null =>
  KINDS.includes(text as AnswerKind) ? (text as AnswerKind) : null;

/** doGet(e) and doPost(e) of the web app. */
export function answerRequest(e: WebEvent, post: boolean): GoogleAppsScript.HTML.HtmlOutput {
  const p = e?.parameter ?? {};
  const check = checkSignature(p.t);
  if (!check.ok || !check.spreadsheetId) return output(invalidLinkPage());
  const payload = check.payload;
  let spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  try {
    spreadsheet = SpreadsheetApp.openById(check.spreadsheetId);
  } catch {
    return output(invalidLinkPage());
  }
  try {
    return withOpenedSpreadsheet(spreadsheet, () => output(page(p, payload, post)));
  } catch (error) {
    // Busy: the lock's own sentence («…Повторите через минуту.»).
    return output(answerPageError(error instanceof BusyError ? error.message : say({ code: 'answer-page-failed' })));
  }
}

function answerPageError(text: string): string {
  return invalidLinkPage().replace(/<h1>[^<]*<\/h1>/, `<h1>${text}</h1>`);
}

function page(p: Record<string, string | undefined>, payload: TokenPayload, post: boolean): string {
  const loaded = loadRoadmap();
  if (payload.e < loaded.today) return invalidLinkPage();
  const ids = stableMeasureIds(loaded.roadmap.measures);
  const directory = loadDirectory(loaded) ?? { entries: [] };
  const mine = measuresOf(loaded.roadmap.measures, directory, payload.r).filter((m) =>
    tokenCovers(payload, ids.get(m.row) ?? ''),
  );
  const idOf = (row: number) => ids.get(row) ?? '';
  const asked = mine.find((m) => idOf(m.row) === p.m);
  const kind = kindOf(p.a);
  let message: { kind: 'ok' | 'error'; text: string } | null = null;
  let values: { measureId: string; kind: AnswerKind; date: string; comment: string } | undefined;

  if (post) {
    if (!asked || !kind) {
      message = { kind: 'error', text: say({ code: 'answer-not-yours' }) };
    } else {
      const submission = { date: String(p.date ?? ''), comment: String(p.comment ?? '') };
      const outcome = submitAnswer(loaded, {
        recipient: payload.r,
        measure: asked,
        measureId: idOf(asked.row),
        link: linkId(String(p.t)),
        kind,
        ...submission,
      });
      if (!outcome.ok) {
        message = { kind: 'error', text: outcome.problems.map(answerProblemText).join(' ') };
        values = { measureId: idOf(asked.row), kind, ...submission };
      } else {
        const received = outcome.duplicate ? 'duplicate' : outcome.accepted ? 'accepted' : 'passed';
        message = { kind: 'ok', text: say({ code: 'answer-received', outcome: received }) };
      }
    }
  }

  // After an accepted answer the row has changed: judge the plan as it is now.
  const current = message?.kind === 'ok' && post ? loadRoadmap() : loaded;
  const currentIds = current === loaded ? ids : stableMeasureIds(current.roadmap.measures);
  const states = new Map(judgeRoadmap(current.roadmap, current.today, current.settings).map((s) => [s.row, s]));
  const requests = readStoredRequests(current).map((s) => s.request);
  const measures: PageMeasure[] = current.roadmap.measures
    .filter((m) => mine.some((x) => idOf(x.row) === currentIds.get(m.row)))
    .map((m) => {
      const id = currentIds.get(m.row) ?? '';
      const state = states.get(m.row);
      return {
        id,
        number: m.number,
        title: m.title,
        deadlineText: m.deadlineText,
        newDeadlineText: m.newDeadlineText,
        due: state?.due ?? null,
        state: state?.state ?? null,
        result: m.result,
        answers: requests.filter((r) => r.measureId === id && r.recipient === payload.r).reverse(),
      };
    });
  return answerPage({
    planTitle: current.roadmap.title || current.roadmap.sheetName,
    recipient: payload.r,
    today: current.today,
    action: ScriptApp.getService().getUrl() ?? '',
    token: String(p.t),
    measures,
    focus: asked && kind && !post ? { measureId: idOf(asked.row), kind } : null,
    message,
    values,
  });
}
