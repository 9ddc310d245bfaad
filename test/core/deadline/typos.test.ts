import { parseDeadline } from '../../../src/core/deadline';

describe('a deadline with a typo', () => {
  it('reads «фервраль 2021» as unknown with the typo and its suggestion, never as the year 2021', () => {
    const d = parseDeadline('фервраль 2021', { planYear: 2021 });
    expect(d.kind).toBe('unknown');
    expect(d.start).toBeNull();
    expect(d.due).toBeNull();
    expect(d.warnings).toEqual([{ code: 'possible-typo', detail: '«фервраль» (февраль?)' }]);
  });

  it('reads «ежемесчно» as unknown, not as no deadline', () => {
    const d = parseDeadline('ежемесчно', { planYear: 2021 });
    expect(d.kind).toBe('unknown');
    expect(d.warnings[0]?.code).toBe('possible-typo');
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
