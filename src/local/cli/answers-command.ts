import { existsSync } from 'node:fs';
import { type AnswerRequest, KIND_LABELS, readRequests, STATE_LABELS } from '../../core/answers';
import { formatRu } from '../../core/dates';
import type { CellValue } from '../../core/model';
import { Runtime } from '../emulator/runtime';
import { FileError, parseArgs, UsageError } from './args';
import type { Io } from './io';

/**
 * `roadmap answers FILE.xlsx [--json]`: the executors' answers kept in the workbook's
 * «Ответы исполнителей» (found by the add-in's developer metadata, so a renamed sheet is found
 * too), oldest first.
 */
const FLAGS = { json: 'switch' } as const;
const OWN_SHEET_KEY = 'roadmap-tracker:sheet';

/** '2021-06-15 09:05:00' → '15.06.2021 09:05'. */
function stamp(text: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}:\d{2})/.exec(text);
  return m ? `${m[3]}.${m[2]}.${m[1]} ${m[4]}` : text;
}

export function answerLine(r: AnswerRequest): string {
  const what = `${KIND_LABELS[r.kind]} ${formatRu(r.date)}`;
  const decided = r.state === 'new' ? '' : ` (${r.decidedBy || '—'})`;
  const comment = r.comment ? ` — «${r.comment.replace(/\s+/g, ' ')}»` : '';
  return `${stamp(r.receivedAt)}  ${r.recipient}  ${r.number || r.title}: ${what}${comment} — ${STATE_LABELS[r.state]}${decided}`;
}

export async function answersCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, FLAGS);
  if (args.positionals.length !== 1) throw new UsageError('Укажите один файл: roadmap answers ФАЙЛ.xlsx [--json]');
  const file = args.positionals[0] ?? '';
  if (!existsSync(file)) throw new FileError(`Файл не найден: ${file}`);
  const { readXlsx } = require('../xlsx') as typeof import('../xlsx');
  let spreadsheet: Awaited<ReturnType<typeof readXlsx>>;
  try {
    spreadsheet = await readXlsx(file, { runtime: new Runtime() });
  } catch (error) {
    throw new FileError(`Не удалось прочитать книгу ${file}: ${(error as Error).message}`);
  }
  const [found] = spreadsheet.createDeveloperMetadataFinder().withKey(OWN_SHEET_KEY).withValue('answers').find();
  const sheet = found?.getLocation().getSheet() ?? null;
  const requests = sheet ? readRequests(sheet.getDataRange().getValues() as CellValue[][]).map((r) => r.request) : [];
  if (args.switches.has('json')) {
    io.out(JSON.stringify(requests, null, 2));
    return 0;
  }
  if (requests.length === 0) {
    io.out('Ответов исполнителей нет.');
    return 0;
  }
  const waiting = requests.filter((r) => r.state === 'new').length;
  io.out(`Ответов исполнителей: ${requests.length}, ждут решения: ${waiting}.`);
  for (const r of requests) io.out(answerLine(r));
  return 0;
}
