import {
  indexLog,
  LOG_HEADER,
  type LogEntry,
  logToRow,
  readLog,
  rowFromLog,
  sameKey,
  splitByQuota,
} from '../../../src/core/reminders';

const entry: LogEntry = {
  at: '2021-06-15T02:10:00',
  how: 'nightly',
  recipient: 'wg@example.org',
  cc: ['coordinator@example.org', 'secretary@example.org'],
  measures: '2.2, 2.4',
  keys: ['2.2~abc|wg@example.org|escalation-1|2021-05-31', '2.4~def|wg@example.org|before-3|2021-06-18'],
  steps: ['escalation', 'before'],
  result: 'sent',
};

describe('the «Журнал напоминаний» row format', () => {
  it('writes the columns in Russian', () => {
    expect(LOG_HEADER).toEqual(['Время', 'Как', 'Получатель', 'Копия', 'Мероприятия', 'Шаг', 'Результат', 'Ключи']);
    expect(logToRow(entry)).toEqual([
      '2021-06-15T02:10:00',
      'ночная проверка',
      'wg@example.org',
      'coordinator@example.org, secretary@example.org',
      '2.2, 2.4',
      'эскалация, до срока',
      'отправлено',
      '2.2~abc|wg@example.org|escalation-1|2021-05-31\n2.4~def|wg@example.org|before-3|2021-06-18',
    ]);
  });

  it('reads back what it wrote', () => {
    expect(rowFromLog(logToRow(entry))).toEqual(entry);
    const failed: LogEntry = { ...entry, how: 'manual', result: 'error', message: 'Invalid email: x\ny', cc: [] };
    expect(logToRow(failed)[6]).toBe('ошибка: Invalid email: x y');
    expect(rowFromLog(logToRow(failed))).toMatchObject({
      how: 'manual',
      result: 'error',
      message: 'Invalid email: x y',
    });
    expect(logToRow({ ...entry, result: 'postponed' })[6]).toBe('отложено: лимит писем');
    expect(rowFromLog(logToRow({ ...entry, result: 'postponed' }))?.result).toBe('postponed');
  });

  it('skips the header, blank rows and rows it did not write; reads a date cell as the day', () => {
    const values = [
      [...LOG_HEADER],
      ['', '', '', '', '', '', '', ''],
      ['x', 'вручную', 'a@b.c', '', '', '', 'что-то', ''],
      [{ date: '2021-06-16' }, 'вручную', 'wg@example.org', '', '2.2', 'просрочено', 'отправлено', 'k1 k2'],
    ];
    expect(readLog(values)).toEqual([
      {
        at: '2021-06-16',
        how: 'manual',
        recipient: 'wg@example.org',
        cc: [],
        measures: '2.2',
        keys: ['k1', 'k2'],
        steps: ['overdue'],
        result: 'sent',
      },
    ]);
  });
});

describe('indexLog', () => {
  it('counts only sent keys and keeps postponed ones until they are sent', () => {
    const postponed: LogEntry = { ...entry, at: '2021-06-14T02:00:00', result: 'postponed' };
    const error: LogEntry = {
      ...entry,
      result: 'error',
      keys: ['3.1~zz|wg@example.org|overdue-1|2021-06-01'],
    };
    const index = indexLog([postponed, error]);
    expect(index.sent.size).toBe(0);
    // Kept as compared: the measure's number left out (a renumbered plan still finds them).
    expect([...index.postponed]).toEqual([
      '~abc|wg@example.org|escalation-1|2021-05-31',
      '~def|wg@example.org|before-3|2021-06-18',
    ]);
    expect([...index.postponedRecipients]).toEqual(['wg@example.org']);

    const after = indexLog([postponed, error, entry]);
    expect(after.postponed.size).toBe(0);
    expect(after.postponedSince.size).toBe(0);
    expect(after.history.get('2.2~abc|wg@example.org|2021-05-31')).toEqual({
      before: new Set(),
      overdue: 0,
      escalation: 1,
      lastOverdueDay: '2021-06-15',
      unparsed: false,
    });
    expect(after.history.get('2.4~def|wg@example.org|2021-06-18')?.before).toEqual(new Set([3]));
  });
});

describe('indexLog: how long the postponed have waited', () => {
  const key1 = '2.2~abc|wg@example.org|escalation-1|2021-05-31';
  const key2 = '2.4~def|wg@example.org|before-3|2021-06-18';
  const at = (day: string, fields: Partial<LogEntry>): LogEntry => ({ ...entry, at: `${day}T02:10:00`, ...fields });

  it('keeps the oldest postponement of each key and recipient still waiting (2021-06-14 … 2021-06-16)', () => {
    const index = indexLog([
      at('2021-06-14', { result: 'postponed', keys: [key1] }),
      at('2021-06-15', { result: 'postponed', keys: [key1, key2] }),
      at('2021-06-15', { recipient: 'council@example.org', result: 'postponed', keys: [] }),
      at('2021-06-16', { recipient: 'council@example.org', result: 'error', keys: [] }),
    ]);
    expect(Object.fromEntries(index.postponedSince)).toEqual({
      [sameKey(key1)]: '2021-06-14T02:10:00',
      [sameKey(key2)]: '2021-06-15T02:10:00',
      'wg@example.org': '2021-06-14T02:10:00',
      'council@example.org': '2021-06-15T02:10:00',
    });
    expect([...index.postponedRecipients].sort()).toEqual(['council@example.org', 'wg@example.org']);
  });

  it('ends a recipient’s wait with the next e-mail sent to them, a key’s when it is sent (2021-06-14 … 2021-06-17)', () => {
    const index = indexLog([
      at('2021-06-14', { result: 'postponed', keys: [key1, key2] }),
      // 2021-06-15: part 1 of a long digest went, part 2 waits again.
      at('2021-06-15', { result: 'sent', keys: [key1] }),
      at('2021-06-15', { result: 'postponed', keys: [key2] }),
    ]);
    expect(Object.fromEntries(index.postponedSince)).toEqual({
      [sameKey(key2)]: '2021-06-14T02:10:00',
      'wg@example.org': '2021-06-15T02:10:00',
    });
    const done = indexLog([
      at('2021-06-14', { result: 'postponed', keys: [key1, key2] }),
      at('2021-06-17', { result: 'sent', keys: [key1, key2] }),
    ]);
    expect(done.postponedSince.size).toBe(0);
    expect(done.postponedRecipients.size).toBe(0);
  });
});

describe('splitByQuota', () => {
  const d = (name: string, recipients: number, hasPostponed = false) => ({ name, recipients, hasPostponed });

  it('sends what the remaining recipients allow, in order, and postpones the rest', () => {
    const digests = [d('a', 2), d('b', 1), d('c', 3), d('d', 1)];
    const split = splitByQuota(digests, 4);
    expect(split.now.map((x) => x.name)).toEqual(['a', 'b', 'd']);
    expect(split.postponed.map((x) => x.name)).toEqual(['c']);
  });

  it('lets nothing after a postponed digest that does not fit go first', () => {
    const digests = [d('p1', 2, true), d('b', 1), d('c', 1)];
    expect(splitByQuota(digests, 1)).toEqual({ now: [], postponed: digests });
    expect(splitByQuota(digests, 3).now.map((x) => x.name)).toEqual(['p1', 'b']);
    // A postponed one that fits does not block; a later one that does not fit blocks the rest.
    const mixed = [d('p1', 1, true), d('p2', 2, true), d('b', 1)];
    expect(splitByQuota(mixed, 2).now.map((x) => x.name)).toEqual(['p1']);
    // Digests not postponed before are still passed over for smaller ones.
    expect(splitByQuota([d('p1', 1, true), d('a', 2), d('b', 1)], 2).now.map((x) => x.name)).toEqual(['p1', 'b']);
  });

  it('postpones everything when the quota is spent or unknown', () => {
    expect(splitByQuota([d('a', 1)], 0)).toEqual({ now: [], postponed: [d('a', 1)] });
    expect(splitByQuota([d('a', 1)], Number.NaN).now).toEqual([]);
    expect(splitByQuota([d('a', 1)], -3).now).toEqual([]);
  });

  it('sends everything when the quota suffices', () => {
    expect(splitByQuota([d('a', 2), d('b', 2)], 4).postponed).toEqual([]);
  });
});
