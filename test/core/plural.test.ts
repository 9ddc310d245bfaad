import { countRu, daysRu, dueInWords, pluralRu } from '../../src/core/plural';

const DAYS = ['день', 'дня', 'дней'] as const;

describe('Russian plurals (one module for the e-mails, the sidebar and the CLI)', () => {
  it.each([
    [0, 'дней'],
    [1, 'день'],
    [2, 'дня'],
    [4, 'дня'],
    [5, 'дней'],
    [11, 'дней'],
    [12, 'дней'],
    [14, 'дней'],
    [21, 'день'],
    [22, 'дня'],
    [25, 'дней'],
    [101, 'день'],
    [111, 'дней'],
    [-1, 'день'],
    [-22, 'дня'],
  ])('%i → %s', (n, form) => {
    expect(pluralRu(n, DAYS)).toBe(form);
  });

  it.each([
    [1, '1 письмо'],
    [4, '4 письма'],
    [5, '5 писем'],
    [12, '12 писем'],
    [21, '21 письмо'],
  ])('counts %i as «%s»', (n, text) => {
    expect(countRu(n, ['письмо', 'письма', 'писем'])).toBe(text);
  });

  it('counts days', () => {
    expect(daysRu(14)).toBe('14 дней');
    expect(daysRu(21)).toBe('21 день');
  });
});

describe('how a due date stands, in one wording everywhere', () => {
  it.each([
    [-22, 'просрочено на 22 дня'],
    [-15, 'просрочено на 15 дней'],
    [-5, 'просрочено на 5 дней'],
    [-1, 'просрочено на 1 день'],
    [0, 'срок сегодня'],
    [1, 'срок завтра'],
    [2, 'осталось 2 дня'],
    [3, 'осталось 3 дня'],
    [5, 'осталось 5 дней'],
    [11, 'осталось 11 дней'],
    [21, 'остался 21 день'],
    [22, 'осталось 22 дня'],
  ])('%i days left → «%s»', (days, text) => {
    expect(dueInWords(days)).toBe(text);
  });
});
