/**
 * Flag parsing for the `roadmap` command (node:util parseArgs, strict, through ../flags.ts):
 * `--name value`, `--name=value` and boolean switches; anything unknown, a value missing or
 * empty, a value given to a switch is a usage error (exit 2) with a Russian message.
 * Example: parseArgs(['a.xlsx', '--today', '2021-06-15', '--json'], { today: 'value', json: 'switch' })
 *   → { positionals: ['a.xlsx'], values: { today: '2021-06-15' }, switches: Set { 'json' } }.
 */
import { columnNumber } from '../../core/a1';
import { dueColumn, USER_COLUMNS, type UserColumn } from '../../core/model';
import { FlagError, type FlagSpec, type FlagWords, type ParsedFlags, readFlags } from '../flags';

export class UsageError extends Error {
  readonly exitCode = 2;
}

/** A file the command cannot use (exit 1). */
export class FileError extends Error {
  readonly exitCode = 1;
}

export type { FlagSpec };
export type ParsedArgs = ParsedFlags;

const WORDS: FlagWords = {
  unknown: (flag) => `Неизвестный параметр: ${flag}`,
  needsValue: (flag) => `Для параметра ${flag} нужно значение`,
  takesNoValue: (flag) => `Параметр ${flag} не принимает значения`,
};

export function parseArgs(argv: readonly string[], spec: FlagSpec): ParsedArgs {
  let flags: ParsedFlags;
  try {
    flags = readFlags(argv, spec, WORDS);
  } catch (error) {
    throw error instanceof FlagError ? new UsageError(error.message) : error;
  }
  // parseArgs takes `--today=` (and `--today ''`) as an empty value; an empty value is a usage error here.
  const empty = Object.keys(flags.values).find((name) => flags.values[name]?.trim() === '');
  if (empty !== undefined) throw new UsageError(WORDS.needsValue(`--${empty}`));
  return flags;
}

/** A calendar date given on the command line: 'YYYY-MM-DD' that exists. */
export function parseIsoDateFlag(name: string, value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const ok =
    m !== null &&
    (() => {
      const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      return (
        d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() + 1 === Number(m[2]) && d.getUTCDate() === Number(m[3])
      );
    })();
  if (!ok) throw new UsageError(`Неверная дата в --${name}: «${value}» (нужно ГГГГ-ММ-ДД, например 2021-06-15)`);
  return value;
}

/**
 * The plan's years in --year: «2021» one year; «2021-2023» a plan over years; «2023/2024» a school
 * year (September–December in 2023, January–August in 2024).
 */
export function parsePlanYearsFlag(value: string): { year: number; endYear: number; schoolYear: boolean } {
  const m = /^(\d{4})(?:([-/])(\d{4}))?$/.exec(value);
  const year = Number(m?.[1]);
  const endYear = m?.[3] === undefined ? year : Number(m[3]);
  const schoolYear = m?.[2] === '/';
  if (!m || endYear < year || endYear - year > 10 || (schoolYear && endYear !== year + 1))
    throw new UsageError(`Неверный год в --year: «${value}» (нужно 2021, 2021-2023 или учебный год 2023/2024)`);
  return { year, endYear, schoolYear };
}

export function parseHeaderRowFlag(value: string): number {
  if (!/^\d{1,5}$/.test(value) || Number(value) < 1)
    throw new UsageError(`Неверная строка заголовка в --header-row: «${value}» (нужен номер строки, например 3)`);
  return Number(value);
}

/**
 * parseColumnsFlag('measure=B,executors=C,deadline=D') → { measure: 2, executors: 3, deadline: 4 }.
 * Roles: measure, number, executors, deadline (or start and end), result; columns as letters.
 */
export function parseColumnsFlag(value: string): Partial<Record<UserColumn, number>> {
  const out: Partial<Record<UserColumn, number>> = {};
  for (const part of value
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')) {
    const m = /^([a-z]+)\s*=\s*([A-Za-z]+)$/.exec(part);
    const role = USER_COLUMNS.find((r) => r === m?.[1]);
    if (!m || !role)
      throw new UsageError(
        `Неверное значение --columns: «${part}» (нужно роль=буква столбца; роли: ${USER_COLUMNS.join(', ')})`,
      );
    const column = letterColumn(m[2] as string);
    if (out[role] !== undefined) throw new UsageError(`Роль ${role} указана в --columns дважды`);
    out[role] = column;
  }
  if (out.measure === undefined || dueColumn(out) === undefined)
    throw new UsageError('В --columns нужны как минимум measure и deadline (или end), например measure=B,deadline=D');
  return out;
}

/** The column of letters in --columns: 'D' → 4; letters Sheets cannot have ('AAAA') are a usage error. */
function letterColumn(letters: string): number {
  try {
    return columnNumber(letters);
  } catch {
    throw new UsageError(`Неверная буква столбца в --columns: «${letters}»`);
  }
}
