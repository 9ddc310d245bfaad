import { normalize, splitComment } from '../../../src/core/deadline/normalize';
import { alternation, MONTHS, ordinalValue } from '../../../src/core/deadline/vocabulary';

describe('normalize', () => {
  it('lower-cases, unifies dashes and drops «г.» after a year', () => {
    expect(normalize('Февраль–Март 2021 г.')).toBe('февраль - март 2021');
  });

  it('drops footnote marks, quotes and times of day', () => {
    expect(normalize('«15» мая 2021* г. 14.00 ч.')).toBe('15 мая 2021');
  });

  it('joins a date broken by spaces and line breaks', () => {
    expect(normalize('15. 06.\n2021')).toBe('15.06.2021');
  });

  it('parts a day glued to its month, never a quarter or a year glued to its word', () => {
    expect(normalize('10июля, 1-15мая')).toBe('10 июля, 1 - 15 мая');
    expect(normalize('2кв. 2021г.')).toBe('2кв. 2021');
  });

  it('keeps ordinal suffixes attached («1-го», «2-е»)', () => {
    expect(normalize('1-го сентября, 2-е полугодие')).toBe('1-го сентября, 2-е полугодие');
  });

  it('writes «ё» as «е»', () => {
    expect(normalize('отчётным')).toBe('отчетным');
  });
});

describe('splitComment', () => {
  const readsNothing = (tail: string) => !/\d|март/.test(tail);

  it('splits «5 октября - день учителя» into the date and the comment', () => {
    expect(splitComment('5 октября - день учителя', readsNothing)).toEqual({
      text: '5 октября',
      comment: 'день учителя',
    });
  });

  it('keeps a range whose tail is a date («январь - март»)', () => {
    expect(splitComment('январь - март', readsNothing)).toEqual({ text: 'январь - март', comment: null });
  });
});

describe('vocabulary', () => {
  it('knows every case and abbreviation of a month («марте» → 3, «сент» → 9)', () => {
    expect([MONTHS.get('марте'), MONTHS.get('сент'), MONTHS.get('мая'), MONTHS.get('декабрем')]).toEqual([3, 9, 5, 12]);
  });

  it('joins alternatives longest-first', () => {
    expect(alternation(['мар', 'марта', 'март'])).toBe('марта|март|мар');
  });

  it('reads ordinals in Roman, Arabic and words («iv», «2-й», «третьем»)', () => {
    expect([ordinalValue('iv'), ordinalValue('2-й'), ordinalValue('третьем'), ordinalValue('v')]).toEqual([
      4,
      2,
      3,
      null,
    ]);
  });
});
