import { DEFAULT_SETTINGS, validateSettings } from '../../src/core/settings';

describe('validateSettings', () => {
  it('returns each bad field with a code, no words (i18n words them)', () => {
    const result = validateSettings({ ...DEFAULT_SETTINGS, dueSoonDays: -1, coordinatorEmail: 'нет', autoSend: 'да' });
    expect(result).toEqual({
      ok: false,
      value: null,
      issues: [
        { field: 'dueSoonDays', code: 'out-of-range' },
        { field: 'coordinatorEmail', code: 'invalid-email' },
        { field: 'autoSend', code: 'not-boolean' },
      ],
    });
  });

  it('takes the defaults for missing fields and sorts the reminder steps', () => {
    expect(validateSettings({ remindBeforeDays: [3, 14, 3] })).toEqual({
      ok: true,
      value: { ...DEFAULT_SETTINGS, remindBeforeDays: [14, 3] },
      issues: [],
    });
  });
});
