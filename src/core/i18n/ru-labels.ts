/**
 * The Russian labels the sidebar shares with the add-in: each setting's rule and the column roles.
 * Apart from ru.ts, so that the sidebar's page does not carry every sentence of the add-in (a
 * bundler keeps a module's top-level templates, and with them the tables they sit in).
 */
import type { UserColumn } from '../model';
import type { Settings, SettingsIssue } from '../settings';

/** What each setting must be, shown next to its field when it does not validate (settings.ts). */
export const SETTING_TEXTS: Readonly<Record<keyof Settings, string>> = {
  dueSoonDays: '«Скоро срок»: целое число дней от 0 до 90.',
  remindBeforeDays: 'Напоминания до срока: до пяти чисел дней от 1 до 365, через запятую.',
  overdueRepeatDays: 'Повтор при просрочке: целое число дней от 1 до 60.',
  escalateAfterDays: 'Эскалация: целое число дней от 0 (выключена) до 365.',
  coordinatorEmail: 'Адрес координатора: укажите один корректный адрес e-mail.',
  senderName: 'Имя отправителя: от 1 до 100 символов, без кавычек, угловых скобок и переносов строк.',
  remindBeforeInWorkingDays: 'Напоминания до срока в рабочих днях: да или нет.',
  workingDaysOnly: 'Напоминания только в рабочие дни: да или нет.',
  autoSend: 'Автоматическая отправка: да или нет.',
  nightlyHour: 'Час ночной проверки: от 0 до 23.',
  planYear: 'Год плана: четыре цифры (2000–2100) или пусто.',
  sheetName: 'Лист дорожной карты: имя листа до 100 символов или пусто.',
  answersAutoAccept: 'Принимать «выполнено» автоматически: да или нет.',
};

/** settingText({ field: 'nightlyHour', code: 'out-of-range' }) → 'Час ночной проверки: от 0 до 23.' */
export function settingText(issue: SettingsIssue): string {
  return SETTING_TEXTS[issue.field];
}

/** The user's column roles as the sidebar and messages name them. */
export const ROLE_LABELS: Readonly<Record<UserColumn, string>> = {
  number: '№',
  measure: 'Мероприятие',
  executors: 'Исполнители',
  deadline: 'Срок исполнения',
  start: 'Начало срока',
  end: 'Окончание срока',
  result: 'Результат',
};
