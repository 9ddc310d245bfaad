import { existsSync } from 'node:fs';
import type { DiagnosticsReport } from '../../core/diagnostics';
import { diagnosticsLines } from '../../core/i18n/ru-cli';
import { Runtime } from '../emulator/runtime';
import type { EmulatedSpreadsheet } from '../emulator/spreadsheet';
import { Host, ScriptError } from '../host';
import { FileError, parseArgs, UsageError } from './args';
import { isXlsx } from './check-command';
import { checkReadable, fsReason, isFsError, withFileErrors } from './files';
import type { Io } from './io';

/**
 * `roadmap diagnose FILE.xlsx [--json]`: the add-in's «Диагностика» (runDiagnostics, the same
 * code as the menu item) on the workbook in the offline host. Reads the file, never writes it,
 * sends nothing. Exit 0 when every check passes, 1 when one fails (or the file cannot be used).
 * --json prints { checks: [{ id, title, ok, detail }] }.
 */
export async function diagnoseCommand(argv: readonly string[], io: Io, options: { codePath: string }): Promise<number> {
  const args = parseArgs(argv, { json: 'switch' });
  if (args.positionals.length !== 1) throw new UsageError('Укажите один файл: roadmap diagnose ФАЙЛ.xlsx [--json]');
  const file = args.positionals[0] ?? '';
  checkReadable(file);
  if (!/\.xlsx$/i.test(file) || !withFileErrors('Не удалось прочитать файл', file, () => isXlsx(file)))
    throw new FileError(`Файл ${file} — не книга Excel (.xlsx). Сохраните таблицу в формате .xlsx.`);
  if (!existsSync(options.codePath))
    throw new FileError(`Надстройка не собрана: нет ${options.codePath}. Выполните npm run build.`);

  const { readXlsx } = require('../xlsx') as typeof import('../xlsx');
  const runtime = new Runtime();
  runtime.clock.set(io.now?.() ?? Date.now());
  let spreadsheet: EmulatedSpreadsheet;
  try {
    spreadsheet = await readXlsx(file, { runtime });
  } catch (error) {
    const reason = isFsError(error) ? fsReason(error) : (error as Error).message;
    throw new FileError(`Не удалось прочитать книгу ${file}: ${reason}`);
  }
  const host = new Host({ runtime, spreadsheet, codePath: options.codePath });
  let report: DiagnosticsReport;
  try {
    report = host.run('runDiagnostics') as DiagnosticsReport;
  } catch (error) {
    if (error instanceof ScriptError) throw new FileError(`Диагностика не выполнена: ${error.message}`);
    throw error;
  }
  if (args.switches.has('json')) {
    const checks = report.checks.map(({ id, title, ok, detail }) => ({ id, title, ok, detail }));
    io.out(JSON.stringify({ checks }, null, 2));
  } else for (const line of diagnosticsLines(report)) io.out(line);
  return report.checks.every((c) => c.ok) ? 0 : 1;
}
