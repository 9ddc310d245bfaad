/**
 * Working days: whether today is one, when held reminders go out, a year whose production calendar
 * the add-in does not know yet, and the sheet «Календарь» of the organisation's own days.
 */
import type { CalendarView } from '../../addon/api-types';
import { dateText } from '../format';
import { Alert, Button } from './ui';

/** Next to a due date that falls on a non-working day (the date is shown as written). */
export const DUE_OFF_NOTE = 'выпадает на выходной';

export function WorkingDays(props: {
  calendar: CalendarView;
  workingDaysOnly: boolean;
  busy: boolean;
  disabled: boolean;
  onCreateSheet: () => void;
}) {
  const { calendar } = props;
  return (
    <div class="working-days" data-testid="working-days">
      {calendar.yearKnown ? null : (
        <Alert kind="warning">
          Производственный календарь на {calendar.year} год дополнению ещё не известен (последний — на{' '}
          {calendar.lastKnownYear} год): нерабочими считаются суббота, воскресенье и праздники статьи 112 Трудового
          кодекса. Переносы выходных добавьте в лист «Календарь».
        </Alert>
      )}
      {calendar.workingDay ? (
        <p>Сегодня рабочий день.</p>
      ) : (
        <p>
          Сегодня нерабочий день.
          {props.workingDaysOnly
            ? ` Напоминания будут отправлены в ближайший рабочий день, ${dateText(calendar.nextWorkingDay)}.`
            : ' Напоминания отправляются и в выходные (так указано в настройках).'}
        </p>
      )}
      {calendar.sheet ? (
        <p class="muted">Свои выходные и рабочие дни организации — в листе «Календарь».</p>
      ) : (
        <div class="row">
          <Button busy={props.busy} disabled={props.disabled} onClick={props.onCreateSheet}>
            Добавить свои выходные (лист «Календарь»)
          </Button>
        </div>
      )}
    </div>
  );
}
