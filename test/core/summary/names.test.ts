import { MAX_SHEET_NAME_LENGTH, safeSheetName, uniqueSheetName, uniqueSheetNames } from '../../../src/core/summary';

describe('sheet names', () => {
  it('keeps a free name as it is', () => {
    expect(uniqueSheetName('Задача 1', ['Дорожная карта'])).toBe('Задача 1');
  });

  it('never takes a user’s «Сводка»: the add-in’s sheet gets a suffix', () => {
    expect(uniqueSheetName('Сводка', ['Дорожная карта', 'Сводка'])).toBe('Сводка (дорожная карта)');
  });

  it('compares names case-insensitively and keeps counting', () => {
    expect(uniqueSheetName('Сводка', ['СВОДКА', 'сводка (дорожная карта)'])).toBe('Сводка (дорожная карта 2)');
  });

  it('makes several names unique among themselves', () => {
    expect(uniqueSheetNames(['Задача 1', 'Задача 1', 'Сводка'], ['Сводка'])).toEqual([
      'Задача 1',
      'Задача 1 (дорожная карта)',
      'Сводка (дорожная карта)',
    ]);
  });

  it('replaces the characters sheet names may not hold', () => {
    expect(safeSheetName('Задача 1: ввод [этап 2] a/b\\c*d?')).toBe('Задача 1- ввод (этап 2) a-b-c-d-');
    expect(safeSheetName("'Раздел II'")).toBe('Раздел II');
    expect(safeSheetName('Раздел\nII\t итоги')).toBe('Раздел II итоги');
    expect(safeSheetName('  ')).toBe('Лист');
  });

  it('cuts a long name to 100 characters, suffix included', () => {
    const long = 'Задача 1. '.padEnd(150, 'я');
    expect(Array.from(safeSheetName(long))).toHaveLength(MAX_SHEET_NAME_LENGTH);
    const clash = uniqueSheetName(long, [safeSheetName(long)]);
    expect(Array.from(clash)).toHaveLength(MAX_SHEET_NAME_LENGTH);
    expect(clash.endsWith(' (дорожная карта)')).toBe(true);
  });
});
