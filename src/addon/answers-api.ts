import { type AnswerRequest, DECIDED_BY } from '../core/answers';
import { say } from '../core/i18n';
import { AnswerError, applyDecision, listRequests } from './answers';
import { revokeLinks } from './answers-secret';
import type { AnswersView, AnswerView } from './api-types';
import { judgeLoaded } from './check';
import { activeSpreadsheet } from './env';
import { loadRoadmap } from './roadmap-sheet';
import { sidebarState } from './state';

function stamp(text: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}:\d{2})/.exec(text);
  return m ? `${m[3]}.${m[2]}.${m[1]} ${m[4]}` : text;
}

function view(r: AnswerRequest): AnswerView {
  return {
    id: r.id,
    receivedAt: stamp(r.receivedAt),
    recipient: r.recipient,
    number: r.number,
    title: r.title,
    kind: r.kind,
    date: r.date,
    comment: r.comment,
    state: r.state,
    decidedBy: r.decidedBy,
    note: r.note,
  };
}

function answersView(extra: Partial<AnswersView> = {}): AnswersView {
  const all = listRequests(loadRoadmap());
  return {
    enabled: ScriptApp.getService().getUrl() !== null,
    pending: all
      .filter((r) => r.state === 'new')
      .reverse()
      .map(view),
    decided: all
      .filter((r) => r.state !== 'new')
      .slice(0, 5)
      .map(view),
    ...extra,
  };
}

/**
 * The sidebar's «Ответы исполнителей». Every method needs the ACTIVE spreadsheet (activeSpreadsheet
 * throws 'no-spreadsheet' without one): the sidebar and the menu have one; the web app (where anyone
 * with a link runs the script as its deployer, and google.script.run could reach any global) has
 * none — the file it opens by id stands in only during its own request, never in these methods.
 */
export const answersApi = {
  getAnswers(): AnswersView {
    activeSpreadsheet();
    return answersView();
  },

  decideAnswer(id: string, accept: boolean, note: string): AnswersView {
    activeSpreadsheet();
    const by = Session.getActiveUser().getEmail() || DECIDED_BY.coordinator;
    try {
      const request = applyDecision(String(id), accept === true, typeof note === 'string' ? note : '', by);
      const heading = request.number || request.title;
      return answersView({
        notice: say({ code: 'answer-decided', heading, accepted: accept }),
        ...(accept ? { state: sidebarState(judgeLoaded()) } : {}),
      });
    } catch (error) {
      if (error instanceof AnswerError) return answersView({ notice: error.message });
      throw error;
    }
  },

  revokeAnswerLinks(): AnswersView {
    const spreadsheet = activeSpreadsheet();
    revokeLinks(spreadsheet.getId());
    return answersView({ notice: say({ code: 'answer-links-revoked' }) });
  },
};
