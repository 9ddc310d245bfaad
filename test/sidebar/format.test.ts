import { dateText, hourText, shorten, timestampText } from '../../src/sidebar/format';

describe('dates and times', () => {
  it('shows a calendar date as dd.MM.yyyy and leaves anything else alone', () => {
    expect(dateText('2021-06-15')).toBe('15.06.2021');
    expect(dateText('не дата')).toBe('не дата');
  });
  it('shows a timestamp in the spreadsheet time zone (2021-06-14 20:05 UTC is 15.06 03:05 in Tomsk)', () => {
    expect(timestampText('2021-06-14T20:05:00.000Z', 'Asia/Tomsk')).toBe('15.06.2021, 03:05');
  });
  it('falls back to the raw text for an unreadable timestamp', () => {
    expect(timestampText('вчера', 'Asia/Tomsk')).toBe('вчера');
  });
  it('does not throw on an unknown time zone', () => {
    expect(timestampText('2021-06-14T20:05:00.000Z', 'Mars/Olympus')).toMatch(/^\d\d\.\d\d\.2021, \d\d:05$/);
  });
  it('shows an hour as HH:00', () => {
    expect(hourText(2)).toBe('02:00');
    expect(hourText(23)).toBe('23:00');
  });
});

describe('shorten', () => {
  it('keeps a short title and collapses whitespace', () => {
    expect(shorten('Проведение   мониторинга\n кадров', 90)).toBe('Проведение мониторинга кадров');
  });
  it('cuts a long title with an ellipsis within the limit', () => {
    const short = shorten('Организация стажировок педагогов на предприятиях', 20);
    expect(short).toBe('Организация стажиро…');
    expect(short.length).toBeLessThanOrEqual(20);
  });
});
