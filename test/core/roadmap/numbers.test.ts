import { readNumber } from '../../../src/core/roadmap';

const none = new Set<string>();

describe('measure numbers turned back into text', () => {
  test('a date Sheets (ru_RU) made of «2.1» is 2.1 again', () => {
    expect(readNumber({ date: '2026-01-02' }, null, none)).toEqual({ text: '2.1', ambiguous: null });
  });

  test('a date Sheets made of «2.10» is 2.10, not 2.1', () => {
    expect(readNumber({ date: '2026-10-02' }, '2.9', none).text).toBe('2.10');
  });

  test('«12.1» typed → 12 January → 12.1', () => {
    expect(readNumber({ date: '2026-01-12' }, null, none).text).toBe('12.1');
  });

  test('text keeps its number without trailing dots or brackets', () => {
    expect(readNumber('1.1.', null, none).text).toBe('1.1');
    expect(readNumber(' 2) ', null, none).text).toBe('2');
    expect(readNumber('а)', null, none).text).toBe('а)');
  });

  test('whole numbers stay whole', () => {
    expect(readNumber(3, null, none)).toEqual({ text: '3', ambiguous: null });
  });

  test('the number 2.1 after 2.9 was «2.10»', () => {
    expect(readNumber(2.1, '2.9', none)).toEqual({ text: '2.10', ambiguous: null });
  });

  test('the number 2.2 after 2.1 is 2.2; after 2.19 it was «2.20»', () => {
    expect(readNumber(2.2, '2.1', none).text).toBe('2.2');
    expect(readNumber(2.2, '2.19', none).text).toBe('2.20');
  });

  test('the number 1.1 opening a section is 1.1', () => {
    expect(readNumber(1.1, '0.5', none)).toEqual({ text: '1.1', ambiguous: null });
  });

  test('when neighbours cannot tell, the reading is flagged', () => {
    expect(readNumber(2.5, '2.2', none)).toEqual({ text: '2.5', ambiguous: { chosen: '2.5', other: '2.50' } });
    expect(readNumber(2.1, '2.4', new Set(['2.1']))).toEqual({
      text: '2.10',
      ambiguous: { chosen: '2.10', other: '2.1' },
    });
  });

  test('floating-point noise does not leak into the text', () => {
    expect(readNumber(0.1 + 0.2, null, none).text).toBe('0.3');
  });
});
