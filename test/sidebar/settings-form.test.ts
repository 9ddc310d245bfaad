import { DEFAULT_SETTINGS, validateSettings } from '../../src/core/settings';
import { formFromSettings, issuesByField, parseSettingsForm } from '../../src/sidebar/settings-form';

const base = { ...DEFAULT_SETTINGS, coordinatorEmail: 'coordinator@example.org' };

describe('settings form', () => {
  it('round-trips the stored settings', () => {
    const parsed = parseSettingsForm(formFromSettings(base), base);
    expect(parsed.settings).toEqual(base);
  });

  it('has both working-day switches on by default and turns each off alone (issue 17)', () => {
    expect([base.workingDaysOnly, base.remindBeforeInWorkingDays]).toEqual([true, true]);
    const off = parseSettingsForm({ ...formFromSettings(base), workingDaysOnly: false }, base);
    expect(off.settings).toMatchObject({ workingDaysOnly: false, remindBeforeInWorkingDays: true });
    const calendarDays = parseSettingsForm({ ...formFromSettings(base), remindBeforeInWorkingDays: false }, base);
    expect(calendarDays.settings).toMatchObject({ workingDaysOnly: true, remindBeforeInWorkingDays: false });
    const stored = validateSettings({ ...base, workingDaysOnly: 'да' as unknown as boolean });
    expect(stored.issues.map((i) => i.field)).toEqual(['workingDaysOnly']);
    // Settings saved before issue 17 have neither field: both take their defaults.
    const { workingDaysOnly: _a, remindBeforeInWorkingDays: _b, ...older } = base;
    expect(validateSettings(older).value).toMatchObject({ workingDaysOnly: true, remindBeforeInWorkingDays: true });
  });

  it('reads reminder steps separated by commas, semicolons or spaces, largest first', () => {
    const parsed = parseSettingsForm({ ...formFromSettings(base), remindBeforeDays: '3; 14 7' }, base);
    expect(parsed.settings?.remindBeforeDays).toEqual([14, 7, 3]);
  });

  it('refuses words and fractions with the core wording, by field', () => {
    const parsed = parseSettingsForm(
      { ...formFromSettings(base), dueSoonDays: '7 дней', overdueRepeatDays: '1.5', nightlyHour: '24' },
      base,
    );
    expect(parsed.settings).toBeNull();
    expect(parsed.issues).toEqual({
      dueSoonDays: '«Скоро срок»: целое число дней от 0 до 90.',
      overdueRepeatDays: 'Повтор при просрочке: целое число дней от 1 до 60.',
      nightlyHour: 'Час ночной проверки: от 0 до 23.',
    });
  });

  it('refuses an invalid coordinator address but accepts an empty one', () => {
    const bad = parseSettingsForm({ ...formFromSettings(base), coordinatorEmail: 'координатор' }, base);
    expect(Object.keys(bad.issues)).toEqual(['coordinatorEmail']);
    const empty = parseSettingsForm({ ...formFromSettings(base), coordinatorEmail: '  ' }, base);
    expect(empty.settings?.coordinatorEmail).toBe('');
  });

  it('keeps the fields the form does not edit (plan year, sheet name)', () => {
    const stored = { ...base, planYear: 2021, sheetName: 'ДК 2021' };
    expect(parseSettingsForm(formFromSettings(stored), stored).settings).toMatchObject({
      planYear: 2021,
      sheetName: 'ДК 2021',
    });
  });

  it('groups server issues by field, first message wins', () => {
    expect(
      issuesByField([
        { field: 'senderName', message: 'первое' },
        { field: 'senderName', message: 'второе' },
      ]),
    ).toEqual({ senderName: 'первое' });
  });
});
