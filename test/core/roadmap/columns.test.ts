import { columnRole, columnScores, guessHeader, normalizeHeader, SURE_SCORE } from '../../../src/core/roadmap';

/** Whether a deadline-like name is the start or the end column of a split deadline. */
const subColumnKind = (text: string) => {
  const { scores } = columnScores(text);
  return scores.start ? 'start' : scores.end ? 'end' : null;
};

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

  test.each([
    ['Примечание'],
    ['Объем финансирования, тыс. руб.'],
    ['Место проведения'],
    ['Участники мероприятия'],
    ['Количество участников'],
    ['Источник финансирования'],
    ['2021 г.'],
    ['2022 год'],
    ['1-й год'],
    ['Классы'],
    ['Целевые показатели'],
    ['Отметка о выполнении'],
    ['Кто привлекается'],
  ])('«%s» is the person\u2019s own column, recognised and ignored', (text) => {
    expect(columnRole(text)?.kind).toBe('foreign');
  });

  test.each(['', 'Палаты', 'в том числе:'])('«%s» names nothing', (text) => {
    expect(columnRole(text)).toBeNull();
  });

  test.each([
    ['Тема', 'measure'],
    ['Темы заседаний', 'measure'],
    ['Содержание деятельности', 'measure'],
    ['Вид деятельности', 'measure'],
    ['Направление работы', 'measure'],
    ['Дела, события, мероприятия', 'measure'],
    ['Событие', 'measure'],
    ['Этап подведения итогов рейтингования', 'measure'],
    ['Рассматриваемые вопросы', 'measure'],
    ['Наим. мероприятия', 'measure'],
    ['МЕРОПРИЯТИЯ', 'measure'],
    ['Кто проводит', 'executors'],
    ['Ответств.', 'executors'],
    ['Ответственные за проведение', 'executors'],
    ['ФИО ответственного', 'executors'],
    ['Время проведения', 'deadline'],
    ['Ориентировочное время проведения', 'deadline'],
    ['Сроки. проведения.', 'deadline'],
    ['Дата, место проведения', 'deadline'],
    ['Месяц', 'deadline'],
    ['Итоговый документ', 'result'],
    ['Форма отчёта', 'result'],
    ['Форма представления результата', 'result'],
    ['Ожидаемый эффект', 'result'],
    ['№ п\\п', 'number'],
    ['N\nп/п', 'number'],
    ['Дата начала', 'start'],
    ['Срок начала реализации', 'start'],
    ['Дата окончания', 'end'],
    ['окончание', 'end'],
  ])('«%s» → %s, whatever its word form, case, dots or line breaks', (text, role) => {
    expect(user(text)).toBe(role);
  });

  test('a name that only hints at a role scores below the sure mark, so the person is asked', () => {
    const role = columnRole('Наименование этапа');
    expect(role).toMatchObject({ kind: 'user', column: 'measure' });
    expect(role?.kind === 'user' && role.score).toBeLessThan(SURE_SCORE);
  });

  test('normalised names drop case, punctuation, soft hyphens and Word hyphenation', () => {
    expect(normalizeHeader('Ис-\nпол\u00adнители:')).toBe('исполнители');
    expect(normalizeHeader('№ п/п')).toBe('№ пп');
  });

  test('an amount for a named year is the person\u2019s column; a year beside our word is still data', () => {
    // Котельнич's programme (kirovsk-gov.ru/doc/22440): «Объем финанси-/рования/на 2010/год, тыс./руб.».
    expect(columnRole('Объем\nфинанси-\nрования\nна 2010\nгод, тыс.\nруб.')).toEqual({ kind: 'foreign', score: 6 });
    expect(columnRole('Сумма за 2023 г., руб.')?.kind).toBe('foreign');
    expect(columnRole('IV квартал 2018')).toBeNull();
    expect(columnRole('май 2021 г.')).toBeNull();
    expect(columnRole('бюджет 2010 г., 1500')).toBeNull();
  });

  test('sub-columns of a split deadline', () => {
    expect(subColumnKind('начало')).toBe('start');
    expect(subColumnKind('Дата окончания')).toBe('end');
    expect(subColumnKind('всего')).toBeNull();
  });

  // The header of Rosstat's state programme plan (open data set «7708234640-stateprogram»): start
  // and end columns beside the budget code and the amount, as municipal programme plans have them.
  const PROGRAMME_PLAN = [
    '№ п/п',
    'Наименование подпрограммы, ВЦП, основного мероприятия, мероприятия ФЦП, контрольного события программы',
    'Ответственный исполнитель (Ф.И.О., должность, организация)',
    'Ожидаемый результат реализации мероприятия',
    'Срок начала реализации',
    'Срок окончания реализации (дата контрольного события)',
    'Код бюджетной классификации',
    'Объем ресурсного обеспечения, тыс. руб.',
  ];

  test('a bracketed tail does not hide «окончание»: «Срок окончания реализации (дата контрольного события)» is the end', () => {
    expect(subColumnKind('Срок окончания реализации (дата контрольного события)')).toBe('end');
    expect(subColumnKind('Дата начала (план)')).toBe('start');
  });

  test('a long name listing the kinds of a programme’s rows is the measure column; a long measure text is not a name', () => {
    expect(user(PROGRAMME_PLAN[1] ?? '')).toBe('measure');
    expect(
      user(
        'Проведение совещаний, семинаров, конференций по вопросам развития малого и среднего предпринимательства в районе',
      ),
    ).toBeNull();
  });

  test('the programme plan’s header: measure, executors, result, start, end; the budget code and the amount are the person’s', () => {
    const guess = guessHeader([PROGRAMME_PLAN, ['1', 'Основное мероприятие 1.1', 'Отдел', '', '', '', '', '']], [], 1);
    const at = (role: 'number' | 'measure' | 'executors' | 'result' | 'start' | 'end' | 'deadline') =>
      guess?.roles[role].column ?? null;
    expect([
      at('number'),
      at('measure'),
      at('executors'),
      at('result'),
      at('start'),
      at('end'),
      at('deadline'),
    ]).toEqual([1, 2, 3, 4, 5, 6, null]);
    expect(guess?.found).toBe(true);
    expect(guess?.foreignColumns).toEqual([7, 8]);
  });
});
