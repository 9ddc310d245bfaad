import { formatRu } from '../core/dates';
import { escapeHtml } from '../core/reminders';
import { ensureCalendarSheet } from './calendar-sheet';
import { checkDeadlinesLocked } from './check';
import { diagnose } from './diagnostics';
import { activeSpreadsheet } from './env';
import { BusyError, withDocumentLock } from './lock';
import { prepareRoadmapTable } from './prepare';
import { sendDue } from './reminders';
import { loadRoadmap, NoRoadmapError } from './roadmap-sheet';
import { showSidebar } from './sidebar';
import { loadSettings } from './store';
import { refreshSummarySheets } from './summaries/refresh';
import { disableNightly, enableNightly, loadOwner } from './triggers';

/** Expected failures become a clear alert; anything else is thrown to the execution log. */
function withAlerts(action: () => void): void {
  try {
    action();
  } catch (error) {
    if (error instanceof NoRoadmapError || error instanceof BusyError) {
      const hint =
        error instanceof NoRoadmapError
          ? '\n\nОткройте панель (Дорожная карта → Открыть панель): в разделе «Столбцы таблицы» можно указать лист, строку заголовка и столбцы.'
          : '';
      SpreadsheetApp.getUi().alert('Дорожная карта', error.message + hint, SpreadsheetApp.getUi().ButtonSet.OK);
      return;
    }
    throw error;
  }
}

function toast(message: string): void {
  activeSpreadsheet().toast(message, 'Дорожная карта', 8);
}

export function menuPrepare(): void {
  withAlerts(() => {
    const outcome = prepareRoadmapTable();
    const added = outcome.added.length
      ? `Добавлены столбцы: ${outcome.added.join(', ')}.`
      : 'Все столбцы уже на месте.';
    const directory = outcome.directoryRowsAdded
      ? ` В лист «Исполнители» добавлено ${outcome.directoryRowsAdded}: впишите их адреса.`
      : '';
    toast(`${added}${directory}`);
  });
}

export function menuCheck(): void {
  withAlerts(() => {
    const { states, problems, missing } = checkDeadlinesLocked();
    if (missing.length > 0) {
      toast('Сроки прочитаны, но записать их некуда: сначала выполните «Подготовить таблицу».');
      return;
    }
    const overdue = states.filter((s) => s.state === 'overdue').length;
    const soon = states.filter((s) => s.state === 'due-soon').length;
    toast(`Проверено: ${states.length}. Просрочено: ${overdue}, скоро срок: ${soon}. Замечаний: ${problems.length}.`);
  });
}

export function menuRefreshSummaries(): void {
  withAlerts(() => {
    const result = withDocumentLock(() => refreshSummarySheets(loadRoadmap()));
    toast(`Сводки обновлены: ${result.sheets.map((s) => s.name).join(', ')}.`);
  });
}

export function menuSendReminders(): void {
  withAlerts(() => {
    const ui = SpreadsheetApp.getUi();
    const answer = ui.alert(
      'Отправить напоминания',
      'Отправить исполнителям напоминания, срок которых наступил сегодня? Предпросмотр — в боковой панели.',
      ui.ButtonSet.YES_NO,
    );
    if (answer !== ui.Button.YES) return;
    const outcome = sendDue({ includeAllOverdue: false, limit: Number.MAX_SAFE_INTEGER, how: 'manual' });
    const parts = [`Отправлено писем: ${outcome.sent.length}.`];
    if (outcome.failed.length)
      parts.push(`Ошибки: ${outcome.failed.map((f) => `${f.digest.to} — ${f.message}`).join('; ')}.`);
    if (outcome.postponed.length) parts.push(`Отложено до завтра из-за лимита писем: ${outcome.postponed.length}.`);
    if (outcome.heldUntil)
      parts.push(`Сегодня нерабочий день: напоминания будут отправлены ${formatRu(outcome.heldUntil)}.`);
    ui.alert('Напоминания', parts.join('\n'), ui.ButtonSet.OK);
  });
}

export function menuToggleNightly(): void {
  withAlerts(() => {
    const ui = SpreadsheetApp.getUi();
    const spreadsheet = activeSpreadsheet();
    const owner = loadOwner();
    if (owner) {
      const outcome = disableNightly(spreadsheet);
      const text =
        outcome.kind === 'owned-by-other'
          ? `Ночная проверка включена пользователем ${outcome.owner.email}; выключить её может только он.`
          : 'Ночная проверка выключена.';
      ui.alert('Ночная проверка', text, ui.ButtonSet.OK);
      return;
    }
    const outcome = enableNightly(spreadsheet, loadSettings().nightlyHour);
    ui.alert(
      'Ночная проверка',
      `Ночная проверка включена: каждый день около ${outcome.owner.hour}:00 (${outcome.owner.timeZone}).`,
      ui.ButtonSet.OK,
    );
  });
}

export function menuCreateCalendar(): void {
  withAlerts(() => {
    const loaded = loadRoadmap();
    const created = withDocumentLock(() => ensureCalendarSheet(loaded));
    toast(
      created
        ? 'Создан лист «Календарь»: впишите дни, когда организация работает не по производственному календарю.'
        : 'Лист «Календарь» уже есть: впишите в него свои выходные и рабочие дни.',
    );
  });
}

export function menuPreview(): void {
  showSidebar();
}

/** The Russian guide, shipped with the add-in's source (docs/guide.md, linked from the README). */
export const GUIDE = 'docs/guide.md в репозитории дополнения';

const HELP = [
  '1. «Подготовить таблицу» добавляет справа столбцы Статус, Дата выполнения, Новый срок, Отметка об исполнении и расчётные столбцы, а также лист «Исполнители». Ваши ячейки не меняются.',
  '2. Впишите адреса исполнителей на листе «Исполнители».',
  '3. «Проверить сроки» читает «Срок исполнения» (например, «февраль-март 2021 г.», «ежемесячно», «в течение года») и отмечает состояние каждого мероприятия.',
  '4. «Отправить напоминания» отправляет каждому исполнителю одно письмо о его просроченных и близких сроках; повторно то же напоминание не отправляется.',
  '5. Ночная проверка делает всё это каждый день сама; письма уходят только в рабочие дни производственного календаря, свои выходные и рабочие дни впишите в лист «Календарь».',
  '«Диагностика» проверяет, всё ли дополнение может делать в этой таблице; если есть «не ок», пришлите её таблицу разработчикам.',
  `Подробное руководство (для координатора и администратора): ${GUIDE}.`,
].join('\n\n');

export function menuHelp(): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert('Дорожная карта: справка', HELP, ui.ButtonSet.OK);
}

/** «Диагностика»: the table of checks in a dialog (no e-mail, no cell of the person's changed). */
export function menuDiagnostics(): void {
  const report = diagnose();
  const failed = report.checks.filter((c) => !c.ok).length;
  const rows = report.checks
    .map(
      (c) =>
        `<tr><td>${escapeHtml(c.title)}</td><td class="${c.ok ? 'ok' : 'bad'}">${c.ok ? 'ок' : 'не ок'}</td>` +
        `<td>${escapeHtml(c.detail)}${c.ok ? '' : `<br><b>Что это значит:</b> ${escapeHtml(c.meaning)}<br><b>Что сделать:</b> ${escapeHtml(c.action)}`}</td></tr>`,
    )
    .join('');
  const summary =
    failed === 0
      ? `Все проверки пройдены (${report.checks.length}).`
      : `Не пройдено: ${failed} из ${report.checks.length}. Пришлите эту таблицу разработчикам (например, снимком экрана).`;
  const html =
    '<style>body{font:13px Arial,sans-serif}table{border-collapse:collapse}td{border:1px solid #dadce0;padding:4px 6px;vertical-align:top}.ok{color:#0d652d}.bad{color:#a50e0e;font-weight:bold}</style>' +
    `<p>${escapeHtml(summary)}</p><table>${rows}</table>`;
  const output = HtmlService.createHtmlOutput(html).setWidth(720).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(output, 'Диагностика');
}
