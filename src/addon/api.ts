import { CALENDAR_SHEET_NAME } from '../core/calendar';
import { formatRu } from '../core/dates';
import { settingText } from '../core/i18n';
import { countRu } from '../core/plural';
import { measureLabels } from '../core/reminders';
import type { Settings } from '../core/settings';
import { validateSettings } from '../core/settings';
import { answersApi } from './answers-api';
import type {
  ReminderPreview,
  ReportPeriod,
  SaveSettingsResult,
  SaveTableResult,
  SendResult,
  ServerApi,
  SidebarState,
  TableChoiceInput,
  TableView,
} from './api-types';
import { ensureCalendarSheet } from './calendar-sheet';
import { type CheckOutcome, checkDeadlinesLocked, judgeLoaded } from './check';
import { diagnose } from './diagnostics';
import { activeSpreadsheet } from './env';
import { loadHeader } from './header-cache';
import { withDocumentLock } from './lock';
import { prepareRoadmapTable } from './prepare';
import { toPreview } from './preview';
import { planToday, sendDue } from './reminders';
import { loadRoadmap, NoRoadmapError } from './roadmap-sheet';
import { sidebarState } from './state';
import { loadSettings, storeSettings } from './store';
import { refreshSummarySheets, writeCouncilReport } from './summaries/refresh';
import { chooseTable, tableViewOf } from './table-view';
import { disableNightly, enableNightly, loadOwner } from './triggers';

/**
 * Runs an action and returns the fresh state (from the action's own reading when it made one,
 * so the sheet is read once); a missing table is a state, not an exception.
 */
function stateAfter(action: () => { notice?: string; outcome?: CheckOutcome } | undefined): SidebarState {
  // The action's notice stays when the table is then not found (the columns choice was just reset).
  let extra: { notice?: string } = {};
  try {
    const { outcome, ...rest } = action() ?? {};
    extra = rest;
    return sidebarState(outcome ?? judgeLoaded(), extra);
  } catch (error) {
    if (error instanceof NoRoadmapError) return sidebarState(null, { ...extra, error: error.message }, error);
    throw error;
  }
}

/** After «Взять на себя»: the previous owner's trigger cannot be deleted from this account. */
function takeOverNotice(previous: string): string {
  return (
    `Проверка теперь идёт от вашего имени. Триггер ${previous} удалить отсюда нельзя (Google показывает ` +
    `триггер только его владельцу); его запуски пропускаются, но пусть ${previous} выключит ночную ` +
    'проверку в своей панели.'
  );
}

/** The sidebar's server: every function here is also an Apps Script global (see index.ts). */
export const api: ServerApi = {
  getSidebarState(): SidebarState {
    return stateAfter(() => undefined);
  },

  prepareTable(): SidebarState {
    return stateAfter(() => {
      const prepared = prepareRoadmapTable();
      const added =
        prepared.added.length > 0 ? `добавлены столбцы: ${prepared.added.join(', ')}` : 'столбцы уже на месте';
      return { notice: `Таблица подготовлена: ${added}.`, outcome: prepared.check };
    });
  },

  checkDeadlines(): SidebarState {
    return stateAfter(() => {
      const outcome = checkDeadlinesLocked();
      if (outcome.missing.length > 0) {
        return {
          notice: 'Сроки прочитаны, но записать их некуда: сначала выполните «Подготовить таблицу».',
          outcome,
        };
      }
      const n = outcome.states.length;
      return {
        notice: `Сроки проверены: ${countRu(n, ['мероприятие', 'мероприятия', 'мероприятий'])}.`,
        outcome,
      };
    });
  },

  refreshSummaries(): SidebarState {
    return stateAfter(() => {
      const outcome = judgeLoaded();
      const result = withDocumentLock(() => refreshSummarySheets(outcome.loaded, outcome.states));
      const n = result.sheets.length;
      return { notice: `Сводки обновлены: ${countRu(n, ['лист', 'листа', 'листов'])}.`, outcome };
    });
  },

  buildCouncilReport(period: ReportPeriod): SidebarState {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(period.from) || !/^\d{4}-\d{2}-\d{2}$/.test(period.to) || period.from > period.to) {
      return sidebarState(null, { error: 'Период отчёта: укажите даты «с» и «по», «с» не позже «по».' });
    }
    return stateAfter(() => {
      const outcome = judgeLoaded();
      withDocumentLock(() => writeCouncilReport(outcome.loaded, period, outcome.states));
      return { notice: 'Отчёт для совета обновлён.', outcome };
    });
  },

  previewReminders(options: { includeAllOverdue: boolean }): ReminderPreview {
    return toPreview(planToday({ includeAllOverdue: Boolean(options?.includeAllOverdue) }));
  },

  sendReminders(options: { includeAllOverdue: boolean; limit: number }): SendResult {
    const limit = Number.isInteger(options?.limit) && options.limit > 0 ? options.limit : 10;
    const outcome = sendDue({ includeAllOverdue: Boolean(options?.includeAllOverdue), limit, how: 'manual' });
    if (outcome.heldUntil !== null) {
      return {
        sent: 0,
        remaining: 0,
        failed: [],
        quotaLeft: outcome.quotaLeft,
        done: true,
        heldUntil: outcome.heldUntil,
        state: stateAfter(() => ({
          notice:
            `Сегодня нерабочий день: напоминания будут отправлены ${formatRu(outcome.heldUntil as string)}. ` +
            'Чтобы отправлять и в выходные, снимите в настройках «Отправлять напоминания только в рабочие дни».',
          outcome: judgeLoaded(outcome.loaded),
        })),
      };
    }
    const done = outcome.remaining === 0 || outcome.postponed.length > 0;
    const result: SendResult = {
      sent: outcome.sent.length,
      remaining: done ? 0 : outcome.remaining,
      failed: outcome.failed.map((f) => ({ to: [f.digest.to], measures: measureLabels(f.digest), message: f.message })),
      quotaLeft: outcome.quotaLeft,
      done,
    };
    if (done) {
      const postponed = outcome.postponed.length;
      result.state = stateAfter(() => ({
        notice:
          `Отправлено писем: ${outcome.sent.length}` +
          (outcome.failed.length ? `, ошибок: ${outcome.failed.length}` : '') +
          (postponed ? `, отложено до завтра из-за лимита: ${postponed}` : '') +
          '.',
        outcome: judgeLoaded(outcome.loaded),
      }));
    }
    return result;
  },

  setNightly(enabled: boolean, takeOver = false): SidebarState {
    const spreadsheet = activeSpreadsheet();
    if (enabled) {
      const outcome = enableNightly(spreadsheet, loadSettings().nightlyHour, takeOver === true);
      if (outcome.kind === 'owned-by-other') {
        return stateAfter(() => ({
          notice:
            `Ночная проверка уже включена пользователем ${outcome.owner.email}: второй триггер не нужен. ` +
            'Если он больше не работает с таблицей, включите проверку у себя («Взять на себя»).',
        }));
      }
      let notice = `Ночная проверка включена: каждый день в ${outcome.owner.hour}:00.`;
      if (outcome.kind === 'enabled' && outcome.previous) notice += ` ${takeOverNotice(outcome.previous.email)}`;
      return stateAfter(() => ({ notice }));
    }
    const outcome = disableNightly(spreadsheet);
    if (outcome.kind === 'owned-by-other') {
      const removed = outcome.removedMine > 0 ? 'Ваш прежний триггер ночной проверки в этой таблице удалён. ' : '';
      return stateAfter(() => ({
        notice: `${removed}Выключить ночную проверку может только ${outcome.owner.email}: триггер принадлежит ему.`,
      }));
    }
    return stateAfter(() => ({ notice: 'Ночная проверка выключена.' }));
  },

  saveSettings(settings: Settings): SaveSettingsResult {
    const result = validateSettings(settings ?? {});
    if (!result.ok) {
      const issues = result.issues.map((issue) => ({ ...issue, message: settingText(issue) }));
      return { ok: false, issues, state: stateAfter(() => undefined) };
    }
    const before = loadSettings();
    storeSettings(result.value);
    let notice = 'Настройки сохранены.';
    const owner = loadOwner();
    if (owner && before.nightlyHour !== result.value.nightlyHour) {
      const moved = enableNightly(activeSpreadsheet(), result.value.nightlyHour);
      notice =
        moved.kind === 'owned-by-other'
          ? `Настройки сохранены. Час ночной проверки изменит ${moved.owner.email}: триггер принадлежит ему.`
          : `Настройки сохранены. Ночная проверка перенесена на ${result.value.nightlyHour}:00.`;
    }
    return { ok: true, issues: [], state: stateAfter(() => ({ notice })) };
  },

  createCalendarSheet(): SidebarState {
    return stateAfter(() => {
      const loaded = loadRoadmap();
      const created = withDocumentLock(() => ensureCalendarSheet(loaded));
      return {
        notice: created
          ? `Создан лист «${CALENDAR_SHEET_NAME}»: впишите дни, когда организация работает не по производственному календарю.`
          : `Лист «${CALENDAR_SHEET_NAME}» уже есть.`,
        outcome: judgeLoaded(loaded),
      };
    });
  },

  describeTable(sheetId: number | null): TableView {
    return tableViewOf(typeof sheetId === 'number' ? sheetId : null);
  },

  saveTableChoice(choice: TableChoiceInput | null): SaveTableResult {
    const { issues, notice } = chooseTable(choice ?? null);
    if (issues.length > 0) return { ok: false, issues, state: stateAfter(() => undefined) };
    return { ok: true, issues: [], state: stateAfter(() => ({ notice })) };
  },

  runDiagnostics() {
    return diagnose();
  },

  selectCell(row: number, column: number): void {
    const cached = loadHeader();
    const spreadsheet = activeSpreadsheet();
    const sheet =
      (cached && spreadsheet.getSheets().find((s) => s.getSheetId() === cached.sheetId)) || loadRoadmap().sheet;
    sheet.activate();
    sheet.setActiveSelection(sheet.getRange(Math.max(1, row), Math.max(1, column)));
  },

  ...answersApi,
};
