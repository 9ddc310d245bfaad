import { currentObligation, parseDeadline } from '../../../src/core/deadline';
import { warningText } from '../../../src/core/i18n';
import {
  ALL_CASES,
  CONSTRUCTED_CASES,
  type PhraseCase,
  PUBLISHED_CASES,
  SEED_CASES,
} from '../../fixtures/deadlines/phrases';

const label = (c: PhraseCase) =>
  `${JSON.stringify(c.text)} in a ${c.planYear}${c.planEndYear ? `-${c.planEndYear}` : ''}${c.schoolYear ? ' school-year' : ''} plan`;

function check(c: PhraseCase): void {
  const deadline = parseDeadline(c.text, {
    planYear: c.planYear,
    planEndYear: c.planEndYear,
    schoolYear: c.schoolYear,
  });
  expect({
    kind: deadline.kind,
    start: deadline.start,
    due: deadline.due,
    ...(c.expect.frequency ? { frequency: deadline.recurrence?.frequency } : {}),
    warnings: deadline.warnings.map((w) => w.code).sort(),
  }).toEqual({ ...c.expect, warnings: [...(c.expect.warnings ?? [])].sort() });
}

describe('the phrase table', () => {
  it('holds at least 250 phrases, most of them published, each with its source', () => {
    expect(ALL_CASES.length).toBeGreaterThanOrEqual(250);
    expect(SEED_CASES.length + PUBLISHED_CASES.length).toBeGreaterThan(CONSTRUCTED_CASES.length);
    for (const c of ALL_CASES) expect(c.source).toMatch(/^(https?:\/\/|seed: |constructed: )/);
  });
});

describe('seed roadmap deadlines (plan 2021)', () => {
  it.each(SEED_CASES.map((c) => [label(c), c] as const))('reads %s', (_name, c) => check(c));
});

describe('deadlines from published plans', () => {
  it.each(PUBLISHED_CASES.map((c) => [label(c), c] as const))('reads %s', (_name, c) => check(c));
});

describe.each([...new Set(CONSTRUCTED_CASES.map((c) => c.source))])('%s', (source) => {
  const cases = CONSTRUCTED_CASES.filter((c) => c.source === source);
  it.each(cases.map((c) => [label(c), c] as const))('reads %s', (_name, c) => check(c));
});

describe('every unreadable cell says why', () => {
  it.each(ALL_CASES.filter((c) => c.expect.kind === 'unknown').map((c) => [c.text, c] as const))(
    '%s has a warning quoting the cell',
    (_text, c) => {
      const deadline = parseDeadline(c.text, { planYear: c.planYear });
      expect(deadline.warnings.length).toBeGreaterThan(0);
      for (const w of deadline.warnings) {
        expect(w.detail).not.toBe('');
        expect(warningText(w)).toMatch(/[А-Яа-яЁё]/);
      }
    },
  );
});

describe('recurring phrases have an obligation on every day of the plan', () => {
  const recurring = ALL_CASES.filter((c) => c.expect.kind === 'recurring');
  it.each(recurring.map((c) => [c.text, c] as const))('%s on 15 June of the plan year', (_text, c) => {
    const today = `${c.planYear}-06-15`;
    const deadline = parseDeadline(c.text, { planYear: c.planYear, planEndYear: c.planEndYear });
    const obligation = currentObligation(deadline, today);
    expect(obligation).not.toBeNull();
    // The current obligation is still open, unless every obligation of the plan is already due.
    const allPast = (deadline.due as string) < today;
    expect(allPast ? obligation?.current.due === deadline.due : (obligation?.current.due as string) >= today).toBe(
      true,
    );
  });
});
