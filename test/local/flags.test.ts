import { FlagError, type FlagSpec, type FlagWords, readFlags } from '../../src/local/flags';

const SPEC: FlagSpec = { today: 'value', json: 'switch' };
const WORDS: FlagWords = {
  unknown: (flag) => `unknown ${flag}`,
  needsValue: (flag) => `needs ${flag}`,
  takesNoValue: (flag) => `no value ${flag}`,
};

describe('flags read by node:util parseArgs (strict), errors in the program words', () => {
  it('reads values, switches, positionals and everything after --', () => {
    const flags = readFlags(['a.xlsx', '--today', '2021-06-15', '--json', '-', '--', '--json'], SPEC, WORDS);
    expect(flags.positionals).toEqual(['a.xlsx', '-', '--json']);
    expect(flags.values).toEqual({ today: '2021-06-15' });
    expect([...flags.switches]).toEqual(['json']);
  });

  it('reads --name=value, the last of a repeated flag, a dash value written with =', () => {
    expect(readFlags(['--today=2021-06-15'], SPEC, WORDS).values).toEqual({ today: '2021-06-15' });
    expect(readFlags(['--today', 'a', '--today', 'b'], SPEC, WORDS).values).toEqual({ today: 'b' });
    expect(readFlags(['--today=-5'], SPEC, WORDS).values).toEqual({ today: '-5' });
  });

  it.each([
    // ERR_PARSE_ARGS_UNKNOWN_OPTION
    [['--frobnicate'], 'unknown --frobnicate'],
    [['--frobnicate=1'], 'unknown --frobnicate'],
    [['-x'], 'unknown -x'],
    // ERR_PARSE_ARGS_INVALID_OPTION_VALUE
    [['--today'], 'needs --today'],
    [['--today', '--json'], 'needs --today'],
    [['--today', '-5'], 'needs --today'],
    [['--json=yes'], 'no value --json'],
  ])('%j → «%s»', (argv, message) => {
    expect(() => readFlags(argv, SPEC, WORDS)).toThrow(new FlagError(message));
  });

  it('says a positional is unknown when the program takes none (ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL)', () => {
    expect(() => readFlags(['extra'], SPEC, WORDS, false)).toThrow(new FlagError('unknown extra'));
    expect(readFlags(['extra'], SPEC, WORDS).positionals).toEqual(['extra']);
  });
});
