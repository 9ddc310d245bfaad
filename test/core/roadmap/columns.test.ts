import { columnRole, normalizeHeader, subColumnKind } from '../../../src/core/roadmap';

const user = (text: string) => {
  const role = columnRole(text);
  return role?.kind === 'user' ? role.column : role?.kind === 'addin' ? `addin:${role.column}` : null;
};

describe('header names recognised by meaning', () => {
  test.each([
    ['№ п/п', 'number'],
    ['N', 'number'],
    ['№п/п', 'number'],
    ['N\nп/п', 'number'],
    ['Наименование мероприятия', 'measure'],
    ['Мероприятия', 'measure'],
    ['Содержание работы', 'measure'],
    ['Наименование', 'measure'],
    ['Исполнители', 'executors'],
    ['Ответственный исполнитель', 'executors'],
    ['Ответственные', 'executors'],
    ['Ис-полнители', 'executors'],
    ['Ответ-\nственный', 'executors'],
    ['Срок исполнения', 'deadline'],
    ['СРОКИ', 'deadline'],
    ['Срок реализации', 'deadline'],
    ['Период', 'deadline'],
    ['Дата проведения', 'deadline'],
    ['Сроки проведения:', 'deadline'],
    ['Результат', 'result'],
    ['Ожидаемый результат', 'result'],
    ['Форма отчётности', 'result'],
    ['Форма завершения', 'result'],
    ['Результат исполнения', 'result'],
    ['Результат. Вид документа', 'result'],
  ])('«%s» → %s', (text, role) => {
    expect(user(text)).toBe(role);
  });

  test.each([
    ['Статус', 'addin:status'],
    ['Дата выполнения', 'addin:completed'],
    ['Новый срок', 'addin:newDeadline'],
    ['Отметка об исполнении', 'addin:note'],
    ['Крайний срок', 'addin:due'],
    ['Состояние', 'addin:state'],
    ['Дней до срока', 'addin:daysLeft'],
    ['Последнее напоминание', 'addin:lastReminder'],
  ])('the add-in column «%s» is never taken for a user column', (text, role) => {
    expect(user(text)).toBe(role);
  });

  test.each(['Примечание', 'Объем финансирования, тыс. руб.', 'Наименование этапа', ''])(
    '«%s» is no known column',
    (text) => {
      expect(columnRole(text)).toBeNull();
    },
  );

  test('normalised names drop case, punctuation, soft hyphens and Word hyphenation', () => {
    expect(normalizeHeader('Ис-\nпол\u00adнители:')).toBe('исполнители');
    expect(normalizeHeader('№ п/п')).toBe('№ пп');
  });

  test('sub-columns of a split deadline', () => {
    expect(subColumnKind('начало')).toBe('start');
    expect(subColumnKind('Дата окончания')).toBe('end');
    expect(subColumnKind('всего')).toBeNull();
  });
});
