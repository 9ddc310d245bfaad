import { packRecent, recentToForget, sameKey, unpackRecent, utf8Bytes } from '../../../src/core/reminders';

/** The keys of recent sends in document properties: compact, bounded per value and in total. */
describe('packRecent / unpackRecent', () => {
  const keys = Array.from(
    { length: 1200 },
    (_, i) => `${Math.floor(i / 100) + 1}.${(i % 100) + 1}~h${i.toString(36)}|head@example.org|before-14|2021-06-28`,
  );

  it('keeps every key (numbers left out) in records of at most the given bytes', () => {
    const records = packRecent('2021-06-15', keys, 2000);
    expect(records.length).toBeGreaterThan(1);
    for (const r of records) expect(utf8Bytes(r)).toBeLessThanOrEqual(2000);
    const back = records.flatMap((r) => unpackRecent(r)?.keys ?? []);
    expect(back).toEqual(keys.map(sameKey));
    expect(unpackRecent(records[0] as string)).toMatchObject({ at: '2021-06-15', result: 'sent' });
  });

  it('takes about 8 bytes a reminder when recipient, step and period repeat', () => {
    const bytes = packRecent('2021-06-15', keys, 7000).reduce((sum, r) => sum + utf8Bytes(r), 0);
    expect(bytes / keys.length).toBeLessThan(8);
  });

  it('reads nothing from a damaged record', () => {
    expect(unpackRecent('not a day\nx')).toBeNull();
  });
});

describe('recentToForget', () => {
  const record = (name: string, day: string, bytes: number) => ({ name, day, bytes });

  it('forgets records older than the window, then the oldest until under the bound', () => {
    const records = [
      record('a', '2021-06-01', 10),
      record('b', '2021-06-10', 50),
      record('c', '2021-06-14', 50),
      record('d', '2021-06-15', 50),
    ];
    expect(recentToForget(records, '2021-06-15', 8, 1000)).toEqual(['a']);
    expect(recentToForget(records, '2021-06-15', 8, 100).sort()).toEqual(['a', 'b']);
    expect(recentToForget(records, '2021-06-15', 8, 49).sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});
