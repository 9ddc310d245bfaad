import { describeDeadline } from '../../core/deadline';
import { parseArgs, parseIsoDateFlag, parseYearFlag } from './args';
import type { Io } from './io';

/**
 * `roadmap deadline [--year YYYY] [--today YYYY-MM-DD] [TEXT ...]`: one JSON line per text
 * (stdin, one text per line, when no TEXT is given).
 * Example: roadmap deadline --year 2021 --today 2021-06-15 "II квартал"
 *   → {"text":"II квартал","kind":"period","start":"2021-04-01","due":"2021-06-30",…}
 */
export async function deadlineCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, { year: 'value', today: 'value' });
  const today = args.values.today !== undefined ? parseIsoDateFlag('today', args.values.today) : io.today();
  const year = args.values.year !== undefined ? parseYearFlag(args.values.year) : Number(today.slice(0, 4));
  const texts =
    args.positionals.length > 0
      ? args.positionals
      : (await io.readStdin()).split(/\r?\n/).filter((l) => l.trim() !== '');
  for (const text of texts) io.out(JSON.stringify(describeDeadline(text, { year, today })));
  return 0;
}
