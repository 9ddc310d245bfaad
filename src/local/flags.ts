/**
 * Command-line flags read by node:util parseArgs({ strict: true }) for the CLI and the playground:
 * `--name value`, `--name=value`, switches, `--` before positionals. Its error codes become the
 * caller's Russian words (a FlagError); each program keeps its own usage messages.
 * Example: readFlags(['a.xlsx', '--today', '2021-06-15', '--json'], { today: 'value', json: 'switch' }, words)
 *   → { positionals: ['a.xlsx'], values: { today: '2021-06-15' }, switches: Set { 'json' } }.
 * A value that starts with a dash is written `--name=-value` (parseArgs refuses `--name -value`).
 */
import { parseArgs } from 'node:util';

export type FlagSpec = Record<string, 'value' | 'switch'>;

export interface ParsedFlags {
  positionals: string[];
  values: Record<string, string>;
  switches: Set<string>;
}

/** The Russian messages of a program; `flag` is as written ('--today', '-x', or a positional). */
export interface FlagWords {
  unknown(flag: string): string;
  needsValue(flag: string): string;
  takesNoValue(flag: string): string;
}

/** A flag the program does not take, or one without its value: its message is the program's. */
export class FlagError extends Error {}

export function readFlags(
  argv: readonly string[],
  spec: FlagSpec,
  words: FlagWords,
  allowPositionals = true,
): ParsedFlags {
  const options = Object.fromEntries(
    Object.entries(spec).map(([name, kind]) => [
      name,
      { type: kind === 'value' ? ('string' as const) : ('boolean' as const) },
    ]),
  );
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals });
  } catch (error) {
    throw new FlagError(message(error, spec, words));
  }
  const flags: ParsedFlags = { positionals: parsed.positionals, values: {}, switches: new Set() };
  for (const [name, value] of Object.entries(parsed.values)) {
    if (typeof value === 'string') flags.values[name] = value;
    else if (value === true) flags.switches.add(name);
  }
  return flags;
}

/** parseArgs' error in the program's words; its messages name the flag in quotes: "Unknown option '--x'". */
function message(error: unknown, spec: FlagSpec, words: FlagWords): string {
  const { code, message: text } = error as { code?: string; message?: string };
  const quoted = /'([^']*)'/.exec(text ?? '')?.[1] ?? '';
  const flag = quoted.split(/[\s=]/)[0] ?? quoted;
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return words.unknown(flag);
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return words.unknown(quoted);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return spec[flag.replace(/^--/, '')] === 'switch' ? words.takesNoValue(flag) : words.needsValue(flag);
    default:
      throw error;
  }
}
