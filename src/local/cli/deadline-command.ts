import { describeDeadline } from '../../core/deadline/describe';
import { parseArgs, parseIsoDateFlag, parsePlanYearsFlag } from './args';
import type { Io } from './io';

/**
 * `roadmap deadline [--year YYYY | YYYY-YYYY | YYYY/YYYY] [--today YYYY-MM-DD] [TEXT ...]`: one
 * JSON line per text (stdin, one text per line, when no TEXT is given). «2023/2024» reads the
 * texts as in a plan for that school year: «октябрь» → 2023, «март» → 2024.
 * Example: roadmap deadline --year 2021 --today 2021-06-15 "II квартал"
 *   → {"text":"II квартал","kind":"period","start":"2021-04-01","due":"2021-06-30",…}
 */
export async function deadlineCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, { year: 'value', today: 'value' });
  const today = args.values.today !== undefined ? parseIsoDateFlag('today', args.values.today) : io.today();
  const thisYear = Number(today.slice(0, 4));
  const plan =
    args.values.year !== undefined
      ? parsePlanYearsFlag(args.values.year)
      : { year: thisYear, endYear: thisYear, schoolYear: false };
  const texts =
    args.positionals.length > 0
      ? args.positionals
      : (await io.readStdin()).split(/\r?\n/).filter((l) => l.trim() !== '');
  for (const text of texts) io.out(JSON.stringify(describeDeadline(text, { ...plan, today })));
  return 0;
}
