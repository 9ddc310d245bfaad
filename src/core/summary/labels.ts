import { formatRu, type IsoDate } from '../dates';
import type { DoneShare } from './stats';

/** Everything a person reads on the summary sheets (Russian first). */
export const RU = {
  summaryTitle: 'Сводка',
  councilTitle: 'Отчёт для совета',
  roadmapFallbackTitle: 'Дорожная карта',
  updated: (at: string) => `Обновлено: ${at}`,
  stateHeader: ['Состояние', 'Мероприятий'],
  total: 'Всего',
  overdueCount: 'Просрочено мероприятий',
  mostOverdue: 'Больше всего просрочено',
  // The due date, not a count of days: the text stays true on the nights the sheet is not rewritten.
  mostOverdueText: (number: string, title: string, due: IsoDate) =>
    `${number ? `${number} ` : ''}${title} — срок был ${formatRu(due)}`,
  none: 'нет',
  byExecutor: 'По исполнителям',
  executorHeader: ['Исполнитель', 'Просрочено', 'Скоро срок', 'В работе', 'Выполнено', 'Всего'],
  byTask: 'По задачам',
  taskHeader: 'Задача',
  percentHeader: 'Выполнено, %',
  noTask: 'Без задачи',
  measures: 'Мероприятия по срочности',
  measureHeader: [
    '№',
    'Мероприятие',
    'Исполнители',
    'Срок исполнения',
    'Крайний срок',
    'Состояние',
    'Дней до срока',
    'Строка',
  ],
  rowLink: (row: number) => `стр. ${row}`,
  chartByTask: 'Состояния мероприятий по задачам',
  chartStates: 'Состояния мероприятий',
  // A2 of an own task sheet whose task is gone (its tab greyed).
  stale: 'Устарело: этой задачи больше нет в дорожной карте. Лист можно удалить.',
};

/**
 * doneLabel({ done: 6, withDeadline: 15, percent: 40 }) → 'Выполнено: 40 % (из мероприятий со сроком)'.
 * The denominator is said in the label: measures without a due date are not counted.
 */
export function doneLabel(share: DoneShare): string {
  return share.percent === null
    ? 'Выполнено: — (нет мероприятий со сроком)'
    : `Выполнено: ${share.percent} % (из мероприятий со сроком)`;
}

/** doneDetail({ done: 6, withDeadline: 15 }) → '6 из 15'. */
export function doneDetail(share: DoneShare): string {
  return `${share.done} из ${share.withDeadline}`;
}
