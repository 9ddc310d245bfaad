/** The council report: a period (from/to, inclusive) and a button. */
import { useState } from 'preact/hooks';
import type { ReportPeriod } from '../../addon/api-types';
import { isIsoDate, parts, startOfMonth } from '../../core/dates';
import { Alert, Button } from './ui';

/** The default period: from the first day of today's month to today. */
export function defaultPeriod(today: string): ReportPeriod {
  const [year, month] = parts(today);
  return { from: startOfMonth(year, month), to: today };
}

export function CouncilReport(props: { today: string; busy: boolean; onBuild: (period: ReportPeriod) => void }) {
  const [period, setPeriod] = useState(() => defaultPeriod(props.today));
  const [error, setError] = useState<string | null>(null);

  function submit(e: Event) {
    e.preventDefault();
    if (!isIsoDate(period.from) || !isIsoDate(period.to)) return setError('Укажите обе даты периода.');
    if (period.from > period.to) return setError('Начало периода позже его конца.');
    setError(null);
    props.onBuild(period);
  }

  return (
    <form class="report" onSubmit={submit} noValidate>
      <div class="field-pair">
        <div class="field">
          <label for="report-from">С</label>
          <input
            id="report-from"
            type="date"
            value={period.from}
            onInput={(e) => setPeriod({ ...period, from: (e.currentTarget as HTMLInputElement).value })}
          />
        </div>
        <div class="field">
          <label for="report-to">По</label>
          <input
            id="report-to"
            type="date"
            value={period.to}
            onInput={(e) => setPeriod({ ...period, to: (e.currentTarget as HTMLInputElement).value })}
          />
        </div>
      </div>
      {error ? <Alert kind="error">{error}</Alert> : null}
      <div class="row">
        <Button type="submit" busy={props.busy}>
          Отчёт к заседанию совета
        </Button>
      </div>
    </form>
  );
}
