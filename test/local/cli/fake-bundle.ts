/**
 * A stand-in for dist/Code.js with the globals `roadmap check` calls, so the CLI's own
 * behaviour is tested whatever stage the add-in is at. Its answers are fixed except where
 * they read the host (the sheet, the clock, MailApp).
 */
export const FAKE_BUNDLE = `
function prepareTable() {
  var sheet = SpreadsheetApp.getActiveSheet();
  var values = sheet.getDataRange().getValues();
  if (sheet.getRange('A1').getValue() === 'СЛОМАТЬ') throw new Error('Лист защищён: надстройка не может добавить столбцы.');
  var found = values.some(function (r) { return String(r[0]).indexOf('№') === 0; });
  if (!found) return { ready: false, error: 'На листе «' + sheet.getName() + '» не найдена таблица дорожной карты.' };
  sheet.getRange(2, 5).setValue('Состояние');
  PropertiesService.getDocumentProperties().setProperty('sheet', sheet.getName());
  return { ready: true };
}
function checkDeadlines() { return { ready: true }; }
function refreshSummaries() { SpreadsheetApp.getActiveSpreadsheet().insertSheet('Сводка'); return { ready: true }; }
function previewReminders(options) {
  return {
    today: '2021-06-15', unreachable: [], quotaNeeded: 2, quotaLeft: MailApp.getRemainingDailyQuota(),
    digests: [{ to: ['ivanov@example.org'], cc: ['boss@example.org'], names: ['Иванов'], subject: 'Напоминание',
      measures: [
        { row: 3, number: '1.1', title: 'Провести совещание', state: 'overdue', daysLeft: -76, due: '2021-03-31', step: 'overdue' },
        { row: 4, number: '1.2', title: 'Отчёт', state: 'overdue', daysLeft: -30, due: '2021-05-16', step: 'escalation' },
      ] }],
  };
}
function sendReminders(options) {
  MailApp.sendEmail({ to: 'ivanov@example.org', cc: 'boss@example.org', subject: 'Напоминание: 2 мероприятия',
    body: 'Срок истёк', htmlBody: '<p>Срок истёк</p>', name: 'Дорожная карта' });
  return { sent: 1, remaining: 0, failed: [], quotaLeft: MailApp.getRemainingDailyQuota(), done: true };
}
function getCheckReport_() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  return {
    sheet: PropertiesService.getDocumentProperties().getProperty('sheet'), planYear: 2021,
    today: Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), 'yyyy-MM-dd'),
    sections: [{ id: 'task-1', title: 'Задача 1', measures: 2 }],
    measures: [
      { row: 3, number: '1.1', section: 'task-1', title: 'Провести совещание', executors: ['Руководители ПОО'],
        deadlineText: 'март 2021 г.', start: '2021-03-01', due: '2021-03-31', recurrence: null, status: null,
        completed: null, state: 'overdue', daysLeft: -76 },
    ],
    problems: [{ row: 4, column: 3, code: 'deadline-unreadable', message: 'Строка 4: срок «когда-нибудь» не распознан' }],
  };
}
`;
