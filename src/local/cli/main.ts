import { existsSync } from 'node:fs';
import path from 'node:path';
import { answersCommand } from './answers-command';
import { FileError, UsageError } from './args';
import { checkCommand } from './check-command';
import { deadlineCommand } from './deadline-command';
import { diagnoseCommand } from './diagnose-command';
import { fsReason, isFsError } from './files';
import { type Io, processIo } from './io';

/**
 * The `roadmap` command. Exit codes: 0 ok, 2 usage error, 1 a file that cannot be used.
 * Errors are one Russian line on stderr, never a stack trace.
 */
export const USAGE = [
  'Использование:',
  '  roadmap check ФАЙЛ.xlsx [--today ГГГГ-ММ-ДД] [--sheet ЛИСТ] [--header-row N] [--columns measure=B,executors=C,deadline=D]',
  '                [--out ВЫХОД.xlsx] [--outbox ПАПКА] [--send] [--web-app URL] [--json]',
  '    --columns: роли measure, number, executors, deadline (или start и end), result — буквы столбцов',
  '  roadmap answers ФАЙЛ.xlsx [--json]   (ответы исполнителей из листа «Ответы исполнителей»)',
  '  roadmap diagnose ФАЙЛ.xlsx [--json]   («Диагностика»: проверки надстройки на книге; файл не меняется)',
  '  roadmap deadline [--year ГГГГ | ГГГГ-ГГГГ | ГГГГ/ГГГГ] [--today ГГГГ-ММ-ДД] [ТЕКСТ ...]   (без ТЕКСТА — по строке из stdin; ГГГГ/ГГГГ — учебный год)',
];

/** The repository root: the nearest folder above `from` with package.json and dist/. */
export function findRoot(from: string): string {
  let dir = from;
  for (let i = 0; i < 6; i++) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'dist'))) return dir;
    dir = path.dirname(dir);
  }
  return path.resolve(from, '../..');
}

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined) throw new UsageError('Укажите команду: check, diagnose, answers или deadline');
    if (command === 'help' || command === '--help' || command === '-h') {
      for (const line of USAGE) io.out(line);
      return 0;
    }
    if (command === 'deadline') return await deadlineCommand(rest, io);
    const codePath = () => process.env.ROADMAP_CODE_JS ?? path.join(findRoot(__dirname), 'dist', 'Code.js');
    if (command === 'check') return await checkCommand(rest, io, { codePath: codePath() });
    if (command === 'diagnose') return await diagnoseCommand(rest, io, { codePath: codePath() });
    if (command === 'answers') return await answersCommand(rest, io);
    throw new UsageError(`Неизвестная команда: ${command}`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`roadmap: ${error.message}`);
      io.err('Справка: roadmap help');
      return 2;
    }
    if (error instanceof FileError) {
      io.err(`roadmap: ${error.message}`);
      return 1;
    }
    if (isFsError(error)) {
      // A file effect no command wrapped: still one Russian sentence naming the path.
      io.err(`roadmap: не удалось обработать ${error.path ?? 'файл'}: ${fsReason(error)}`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`roadmap: внутренняя ошибка: ${message.split('\n')[0]}`);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
