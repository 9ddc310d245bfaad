import {
  checkExecutors,
  type DirectoryEntry,
  distinctExecutors,
  matchExecutors,
  readDirectory,
} from '../../../src/core/directory';
import { eachPart, sliceAsWritten, tokenize } from '../../../src/core/directory/tokens';
import { SEED_DIRECTORY_VALUES, SEED_EXECUTOR_CELLS } from '../../fixtures/directory/seed';

const seed = readDirectory(SEED_DIRECTORY_VALUES);
const names = (cell: string | string[], dir: { entries: DirectoryEntry[] } | DirectoryEntry[] = seed) =>
  matchExecutors(cell, dir).matched.map((m) => m.entry.name);
const entry = (name: string, row = 2): DirectoryEntry => ({
  row,
  name,
  emails: [`r${row}@example.org`],
  cc: [],
  note: '',
});

describe('matchExecutors on the seed executors', () => {
  it.each([
    ['Руководители ПОО', ['Руководители ПОО']],
    ['Председатель Координационного совета', ['Председатель Координационного совета']],
    ['Координационный совет', ['Координационный совет']],
    ['Рабочая группа', ['Рабочая группа']],
    ['Рабочая группа ЦОПП', ['Рабочая группа ЦОПП']],
    ['Рабочая группа Специалисты отраслевых предприятий', ['Рабочая группа', 'Специалисты отраслевых предприятий']],
    ['Руководители ПОО Отраслевые предприятия', ['Руководители ПОО', 'Отраслевые предприятия']],
    ['Столяров В.В.', ['Столяров В.В.']],
  ])('«%s» names %j', (cell, expected) => {
    const result = matchExecutors(cell, seed);
    expect(result.matched.map((m) => m.entry.name)).toEqual(expected);
    expect(result.unmatched).toEqual([]);
  });

  it('covers every seed cell', () => {
    for (const cell of SEED_EXECUTOR_CELLS) expect(matchExecutors(cell, seed).unmatched).toEqual([]);
  });

  it('quotes each match as written in the cell', () => {
    expect(matchExecutors('руководители  поо, ОТРАСЛЕВЫЕ предприятия', seed).matched.map((m) => m.text)).toEqual([
      'руководители  поо',
      'ОТРАСЛЕВЫЕ предприятия',
    ]);
  });
});

describe('matchExecutors normalisation', () => {
  it.each([
    'Столяров В.В.',
    'Столяров В. В.',
    'В.В. Столяров',
    'В. В. Столяров',
    'Столяров ВВ',
    'СТОЛЯРОВ в.в.',
    '  Столяров   В.В.  ',
    'Столяров В.В. (по согласованию)',
  ])('«%s» is Столяров В.В.', (cell) => {
    expect(names(cell)).toEqual(['Столяров В.В.']);
  });

  it('ignores ё/е both ways', () => {
    const dir = [entry('Отдел учёбы'), entry('Семенов А.А.', 3)];
    expect(names('отдел учебы', dir)).toEqual(['Отдел учёбы']);
    expect(names('Семёнов А. А.', dir)).toEqual(['Семенов А.А.']);
  });

  it('matches a person written in full by the initials', () => {
    const dir = [entry('Столяров Владимир Викторович')];
    expect(names('Столяров В.В.', dir)).toEqual(['Столяров Владимир Викторович']);
    expect(names('В.В. Столяров', dir)).toEqual(['Столяров Владимир Викторович']);
    expect(names('Столяров Владимир Викторович', dir)).toEqual(['Столяров Владимир Викторович']);
  });

  it('does not confuse people with the same surname and other initials', () => {
    const dir = [entry('Столяров В.В.'), entry('Столяров А.П.', 3)];
    expect(names('Столяров А. П.', dir)).toEqual(['Столяров А.П.']);
    expect(matchExecutors('Столяров П.А.', dir)).toEqual({ matched: [], unmatched: ['Столяров П.А.'] });
  });

  it('splits at separators and skips a joining «и» and «(по согласованию)»', () => {
    expect(names('Руководители ПОО; Координационный совет\nСтоляров В.В.')).toEqual([
      'Руководители ПОО',
      'Координационный совет',
      'Столяров В.В.',
    ]);
    expect(names('Руководители ПОО и Отраслевые предприятия (по согласованию)')).toEqual([
      'Руководители ПОО',
      'Отраслевые предприятия',
    ]);
  });

  it('lets the longest entry win', () => {
    const dir = [entry('Рабочая группа'), entry('Рабочая группа ЦОПП', 3), entry('ЦОПП', 4)];
    expect(names('Рабочая группа ЦОПП', dir)).toEqual(['Рабочая группа ЦОПП']);
    expect(names('ЦОПП, Рабочая группа', dir)).toEqual(['ЦОПП', 'Рабочая группа']);
  });

  it('names an executor once even when repeated', () => {
    expect(names('Рабочая группа, рабочая группа')).toEqual(['Рабочая группа']);
  });

  it('accepts the reader’s list of executors', () => {
    expect(names(['Руководители ПОО', 'Отраслевые предприятия'])).toEqual([
      'Руководители ПОО',
      'Отраслевые предприятия',
    ]);
  });
});

describe('matchExecutors leftovers', () => {
  it('reports what it cannot match, as written, and never guesses', () => {
    const dir = [entry('Руководители ПОО')];
    expect(matchExecutors('Руководители ПОО Отраслевые предприятия', dir)).toEqual({
      matched: [{ entry: dir[0], text: 'Руководители ПОО' }],
      unmatched: ['Отраслевые предприятия'],
    });
    expect(matchExecutors('Руководитель ПОО', dir).unmatched).toEqual(['Руководитель ПОО']);
    expect(matchExecutors('Столяров', seed)).toEqual({ matched: [], unmatched: ['Столяров'] });
  });

  it('keeps separate leftovers apart', () => {
    expect(matchExecutors('Департамент образования, Рабочая группа; Администрация ТО', seed)).toEqual({
      matched: [expect.objectContaining({ text: 'Рабочая группа' })],
      unmatched: ['Департамент образования', 'Администрация ТО'],
    });
  });

  it('returns nothing for an empty cell or an empty directory', () => {
    expect(matchExecutors('', seed)).toEqual({ matched: [], unmatched: [] });
    expect(matchExecutors('Рабочая группа', [])).toEqual({ matched: [], unmatched: ['Рабочая группа'] });
  });
});

/** The prefill's names (their addresses are tested in «addresses written in an executor cell»). */
const prefill = (measures: Parameters<typeof distinctExecutors>[0]) => distinctExecutors(measures).map((e) => e.name);

describe('distinctExecutors', () => {
  const measure = (executorsText: string) => ({ executorsText, executors: [] });

  it('prefills the directory from the seed cells', () => {
    expect(prefill(SEED_EXECUTOR_CELLS.map(measure))).toEqual([
      'Руководители ПОО',
      'Председатель Координационного совета',
      'Координационный совет',
      'Рабочая группа',
      'Специалисты отраслевых предприятий',
      'Рабочая группа ЦОПП',
      'Отраслевые предприятия',
      'Столяров В.В.',
    ]);
  });

  it('splits at separators and merges spellings', () => {
    expect(
      prefill([
        measure('Иванов И.И., Петров П.П.'),
        measure('иванов  и.и. (по согласованию)'),
        { executorsText: '', executors: ['Сидоров С.С.'] },
      ]),
    ).toEqual(['Иванов И.И.', 'Петров П.П.', 'Сидоров С.С.']);
  });

  it('keeps a list of numbers and a person’s post after a comma with the executor', () => {
    expect(
      prefill([
        measure('Классные руководители 9, 11 классов'),
        measure('Иванова А.П., зам. директора по УВР; Петров С.С., учитель математики'),
        measure('Иванов И.И., Петров П.П.'),
      ]),
    ).toEqual([
      'Классные руководители 9, 11 классов',
      'Иванова А.П., зам. директора по УВР',
      'Петров С.С., учитель математики',
      'Иванов И.И.',
      'Петров П.П.',
    ]);
  });

  it('keeps a cell whole when the rest is a single word', () => {
    expect(prefill([measure('Рабочая группа'), measure('Рабочая группа ЦОПП')])).toEqual([
      'Рабочая группа',
      'Рабочая группа ЦОПП',
    ]);
  });
});

describe('checkExecutors', () => {
  it('reports unknown executors and executors without an address at the executors column', () => {
    const dir = [entry('Рабочая группа'), { ...entry('Совет', 3), emails: [] }];
    const measures = [
      { row: 20, executorsText: 'Рабочая группа', executors: [] },
      { row: 21, executorsText: 'Совет; Министерство', executors: [] },
      { row: 22, executorsText: '', executors: [] },
    ];
    expect(
      checkExecutors({ measures, columns: { executors: 3 } }, { entries: dir }).map((p) => [p.row, p.column, p.code]),
    ).toEqual([
      [21, 3, 'executor-unknown'],
      [21, 3, 'executor-no-email'],
    ]);
  });
});

describe('matchExecutors separators inside parentheses', () => {
  it('does not split at a comma inside parentheses', () => {
    const dir = [entry('Рабочая группа (ЦОПП, ПОО)'), entry('Совет', 3)];
    expect(names('Рабочая группа (ЦОПП, ПОО), Совет', dir)).toEqual(['Рабочая группа (ЦОПП, ПОО)', 'Совет']);
    expect(matchExecutors('Совет, Рабочая группа (ЦОПП, ПОО)', [entry('Совет')]).unmatched).toEqual([
      'Рабочая группа (ЦОПП, ПОО)',
    ]);
  });
});

describe('distinctExecutors: names written one after another without a separator', () => {
  const measure = (executorsText: string) => ({ executorsText, executors: [] });

  it.each([
    // The seed (2021), each cell alone: no other cell names its parts.
    ['Рабочая группа Специалисты отраслевых предприятий', ['Рабочая группа', 'Специалисты отраслевых предприятий']],
    ['Руководители ПОО Отраслевые предприятия', ['Руководители ПОО', 'Отраслевые предприятия']],
    ['Руководители ПОО\nОтраслевые предприятия', ['Руководители ПОО', 'Отраслевые предприятия']],
    ['Иванов И.И. Петров П.П.', ['Иванов И.И.', 'Петров П.П.']],
    ['Заместитель директора по ВР Классные руководители', ['Заместитель директора по ВР', 'Классные руководители']],
    ['Социальный педагог Педагог-психолог', ['Социальный педагог', 'Педагог-психолог']],
  ])('%j → one entry each', (cell, expected) => {
    expect(prefill([measure(cell)])).toEqual(expected);
  });

  it.each([
    'Председатель Координационного совета',
    'Департамент образования Томской области',
    'Рабочая группа ЦОПП',
    'ОГБУ Томский областной институт',
    'Управление образования Администрации Томского района',
    'Центр «Рабочая площадка»',
    'Совет по Социальным вопросам',
  ])('%j stays one entry', (cell) => {
    expect(prefill([measure(cell)])).toEqual([cell]);
  });
});

describe('addresses written in an executor cell', () => {
  const measure = (executorsText: string) => ({ executorsText, executors: [] });

  it('prefills the directory with the address beside its executor, not as an executor', () => {
    expect(
      distinctExecutors([
        measure('Иванова А.П. (ivanova@school5.ru), Петров П.П. petrov@mail.ru'),
        measure('Сидоров С.С., e-mail: sidorov@yandex.ru\nКлассные руководители'),
        measure('Иванова А.П., эл. почта: a.ivanova@school5.ru'),
      ]),
    ).toEqual([
      { name: 'Иванова А.П.', emails: ['ivanova@school5.ru', 'a.ivanova@school5.ru'], phones: [] },
      { name: 'Петров П.П.', emails: ['petrov@mail.ru'], phones: [] },
      { name: 'Сидоров С.С.', emails: ['sidorov@yandex.ru'], phones: [] },
      { name: 'Классные руководители', emails: [], phones: [] },
    ]);
  });

  it('sets a phone apart the same way, into the prefill’s note, and never takes a year range or class numbers for one', () => {
    expect(
      distinctExecutors([
        measure('Иванова А.П., тел. 8-913-000-00-00'),
        measure('Петров П.П. (т. 22-33-44)'),
        measure('Классные руководители 9, 11 классов'),
        measure('Рабочая группа 2021-2022'),
      ]),
    ).toEqual([
      { name: 'Иванова А.П.', emails: [], phones: ['тел. 8-913-000-00-00'] },
      { name: 'Петров П.П.', emails: [], phones: ['т. 22-33-44'] },
      { name: 'Классные руководители 9, 11 классов', emails: [], phones: [] },
      { name: 'Рабочая группа 2021-2022', emails: [], phones: [] },
    ]);
    const dir = [{ row: 2, name: 'Иванова А.П.', emails: ['ivanova@school5.ru'], cc: [], note: '' }];
    expect(matchExecutors('Иванова А.П., тел. 8-913-000-00-00', dir).unmatched).toEqual([]);
  });

  it('does not report an address as an unknown executor when matching', () => {
    const dir = [{ row: 2, name: 'Иванова А.П.', emails: ['ivanova@school5.ru'], cc: [], note: '' }];
    expect(matchExecutors('Иванова А.П. (ivanova@school5.ru)', dir)).toEqual({
      matched: [{ entry: dir[0], text: 'Иванова А.П.' }],
      unmatched: [],
    });
    expect(matchExecutors('Петров П.П., e-mail: petrov@mail.ru', dir).unmatched).toEqual(['Петров П.П.']);
  });
});

describe('eachPart: a cell walked part by part (distinctExecutors and matchExecutors)', () => {
  const partsOf = (text: string, claimWord?: string) => {
    const tokens = tokenize(text);
    const parts: string[] = [];
    const claimed: string[] = [];
    eachPart(
      tokens,
      (first, last) => parts.push(sliceAsWritten(text, first, last)),
      (i) => {
        if (tokens[i]?.norm !== claimWord) return 0;
        claimed.push(tokens[i]?.raw ?? '');
        return 1;
      },
    );
    return { parts, claimed };
  };

  it('ends a part at a separator and at a filler phrase, which it drops', () => {
    expect(partsOf('Иванова А.П.; Отраслевые предприятия (по согласованию), Совет').parts).toEqual([
      'Иванова А.П.',
      'Отраслевые предприятия',
      'Совет',
    ]);
  });

  it('gives the claimed tokens to the claim, not to a part, and ends the part before them', () => {
    expect(partsOf('Рабочая группа ЦОПП Совет', 'цопп')).toEqual({
      parts: ['Рабочая группа', 'Совет'],
      claimed: ['ЦОПП'],
    });
  });
});
