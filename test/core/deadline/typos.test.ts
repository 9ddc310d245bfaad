import { parseDeadline } from '../../../src/core/deadline';
import { monthOneSlipAway, withinOneSlip } from '../../../src/core/deadline/misspelt';
import { warningText } from '../../../src/core/i18n';

describe('a misspelt month (one slip from exactly one month, 5 letters or more)', () => {
  it.each([
    ['фервраль 2021', '2021-02-01', '2021-02-28', 'фервраль', 'февраль'],
    ['Сентбярь 2021', '2021-09-01', '2021-09-30', 'сентбярь', 'сентябрь'],
    ['до 15 декбря', '2021-12-15', '2021-12-15', 'декбря', 'декабря'],
    ['апрль - май', '2021-04-01', '2021-05-31', 'апрль', 'апрель'],
  ])('reads %s as %s..%s and warns', (text, start, due, detail, readAs) => {
    const d = parseDeadline(text, { planYear: 2021 });
    expect(d).toMatchObject({ start, due });
    expect(d.warnings).toEqual([{ code: 'misspelt-month', detail, readAs }]);
  });

  it('says which spelling it read and asks to check it', () => {
    expect(warningText({ code: 'misspelt-month', detail: 'фервраль', readAs: 'февраль' })).toBe(
      'Месяц «фервраль» прочитан как «февраль» — проверьте написание',
    );
  });

  it('keeps «июнля 2021» unreadable: one slip from «июня» and from «июля»', () => {
    const d = parseDeadline('июнля 2021', { planYear: 2021 });
    expect(d).toMatchObject({ kind: 'unknown', start: null, due: null });
    expect(d.warnings.map((w) => w.code)).toEqual(['possible-typo']);
  });

  it.each(['мрта 2021', 'янвр 2021', 'авгт 2021'])('keeps the short %s unreadable, never the year 2021', (text) => {
    const d = parseDeadline(text, { planYear: 2021 });
    expect(d).toMatchObject({ kind: 'unknown', start: null, due: null });
    expect(d.warnings.map((w) => w.code)).not.toContain('misspelt-month');
  });

  it('does not take two slips for one («фервряль 2021» stays unreadable)', () => {
    expect(parseDeadline('фервряль 2021', { planYear: 2021 }).kind).toBe('unknown');
  });

  it('counts a swap of neighbours, an insertion, a deletion and a replacement as one slip each', () => {
    expect(withinOneSlip('сентбярь', 'сентябрь')).toBe(true);
    expect(withinOneSlip('сентяабрь', 'сентябрь')).toBe(true);
    expect(withinOneSlip('сетябрь', 'сентябрь')).toBe(true);
    expect(withinOneSlip('сентябрб', 'сентябрь')).toBe(true);
    expect(withinOneSlip('стенябрь', 'сентябрь')).toBe(false);
    expect(withinOneSlip('декада', 'декабря')).toBe(false);
  });

  it('names the month a slip points to only when it points to one', () => {
    expect(monthOneSlipAway('декабр')).toBe('декабрь');
    expect(monthOneSlipAway('июнля')).toBeNull();
    expect(monthOneSlipAway('квартал')).toBeNull();
  });
});

describe('a deadline with a typo', () => {
  it('reads «ежемесчно» as unknown, not as no deadline', () => {
    const d = parseDeadline('ежемесчно', { planYear: 2021 });
    expect(d.kind).toBe('unknown');
    expect(d.warnings[0]?.code).toBe('possible-typo');
  });

  it('returns each typo as data, the written word and its likely word, worded by i18n', () => {
    const d = parseDeadline('ежемесчно, квратал', { planYear: 2021 });
    expect(d.warnings).toEqual([
      {
        code: 'possible-typo',
        detail: 'ежемесчно, квратал',
        typos: [
          { word: 'ежемесчно', suggestion: 'ежемесячно' },
          { word: 'квратал', suggestion: 'квартал' },
        ],
      },
    ]);
    expect(warningText(d.warnings[0] ?? { code: 'empty', detail: '' })).toBe(
      'Похоже на опечатку: «ежемесчно» (ежемесячно?), «квратал» (квартал?)',
    );
  });

  it('does not take an inflected form for a typo («по кварталам 2021»)', () => {
    const d = parseDeadline('по кварталам 2021', { planYear: 2021 });
    expect(d.warnings.map((w) => w.code)).not.toContain('possible-typo');
  });

  it('reads 31.02.2021 as unknown with impossible-date', () => {
    const d = parseDeadline('31.02.2021', { planYear: 2021 });
    expect(d).toMatchObject({ kind: 'unknown', start: null, due: null });
    expect(d.warnings[0]).toEqual({ code: 'impossible-date', detail: '31.02.2021' });
  });

  it('makes a cell unknown when more is left over than was read', () => {
    const d = parseDeadline('2021 после завершения строительства объекта и получения разрешения', { planYear: 2021 });
    expect(d.kind).toBe('unknown');
    expect(d.warnings[0]?.code).toBe('text-left-over');
  });

  it('keeps the date and warns when a little text is left over', () => {
    const d = parseDeadline('до 1 июня (предварительно)', { planYear: 2021 });
    expect(d).toMatchObject({ kind: 'date', due: '2021-06-01' });
    expect(d.warnings).toEqual([{ code: 'text-left-over', detail: 'предварительно' }]);
  });
});
