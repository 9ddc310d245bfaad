/**
 * «Столбцы таблицы»: which sheet, header row and columns the add-in reads, and the person's say
 * over them. Loads the full view (describeTable) when opened; the sheet picker asks for that
 * sheet's view; saving keeps the choice in document properties (saveTableChoice) and the
 * sidebar re-renders from the returned state (its notice shown above). Opens by itself when no
 * table was recognised.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SidebarState, TableSummary, TableView } from '../../addon/api-types';
import { columnLetter } from '../../core/a1';
import { ROLE_LABELS } from '../../core/i18n/ru-labels';
import { USER_COLUMNS, type UserColumn } from '../../core/model';
import { call, errorMessage } from '../server';
import { Alert, Button } from './ui';

type Form = { sheetId: number | null; headerRow: number | null; columns: Partial<Record<UserColumn, number>> };

const SOURCE_TEXT: Record<TableSummary['source'], string> = {
  manual: 'столбцы указаны вручную',
  auto: 'столбцы определены по заголовкам',
  guess: 'таблица не распознана — ниже предположение, проверьте его',
};

export function TableColumns(props: {
  table: TableSummary;
  disabled: boolean;
  onState: (state: SidebarState) => void;
}) {
  const [open, setOpen] = useState(props.table.source === 'guess' || props.table.note !== null);
  const [view, setView] = useState<TableView | null>(null);
  const [form, setForm] = useState<Form>({ sheetId: null, headerRow: null, columns: {} });
  const [busy, setBusy] = useState<'load' | 'save' | 'auto' | null>(null);
  const [issues, setIssues] = useState<string[]>([]);

  const load = (sheetId: number | null) => {
    setBusy('load');
    call('describeTable', sheetId).then(
      (v) => {
        setView(v);
        setForm({ sheetId: v.sheetId, headerRow: v.headerRow, columns: { ...v.columns } });
        setBusy(null);
      },
      (e) => {
        setIssues([errorMessage(e)]);
        setBusy(null);
      },
    );
  };
  // The view follows the table the state talks about: reloaded when the sheet or the source changes.
  useEffect(() => {
    if (open) load(null);
  }, [open, props.table.sheetName, props.table.source]);

  async function save(e?: Event, automatic = false) {
    e?.preventDefault();
    if (busy || props.disabled) return;
    setBusy(automatic ? 'auto' : 'save');
    setIssues([]);
    try {
      // The recognised header left as it is: only the sheet is chosen, its columns stay recognised.
      const asRecognised =
        view?.source === 'auto' && form.headerRow === view.headerRow && sameColumns(form.columns, view.columns);
      const choice = automatic
        ? null
        : asRecognised
          ? { sheetId: form.sheetId ?? undefined }
          : { sheetId: form.sheetId ?? undefined, headerRow: form.headerRow, columns: form.columns };
      const result = await call('saveTableChoice', choice);
      if (!result.ok) setIssues(result.issues);
      props.onState(result.state);
    } catch (error) {
      setIssues([errorMessage(error)]);
    } finally {
      setBusy(null);
    }
  }

  const header = view?.rows.find((r) => r.row === form.headerRow);
  const width = Math.max(0, ...(view?.rows.map((r) => r.cells.length) ?? [0]));
  const columnOptions = Array.from({ length: width }, (_, i) => {
    const text = header?.cells[i] ?? '';
    return { column: i + 1, label: `${columnLetter(i + 1)} — ${text || '(пусто)'}` };
  });
  const setColumn = (role: UserColumn, value: string) => {
    const columns = { ...form.columns };
    if (value === '') delete columns[role];
    else columns[role] = Number(value);
    setForm({ ...form, columns });
  };

  return (
    <details
      class="card settings-card"
      id="table-columns"
      open={open}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>
        <h2>Столбцы таблицы</h2>
      </summary>
      <p class="muted" data-testid="table-source">
        {props.table.sheetName ? `Лист «${props.table.sheetName}»: ` : ''}
        {SOURCE_TEXT[props.table.source]}
        {props.table.sheetChosen ? ' (лист выбран вручную)' : ''}.
      </p>
      {props.table.note ? <Alert kind="warning">{props.table.note}</Alert> : null}
      {props.table.source === 'guess' ? (
        <Alert kind="info">
          Надстройка не узнала заголовки таблицы. Укажите строку заголовка и столбцы — выбор сохранится в таблице для
          всех её редакторов и для ночной проверки.
        </Alert>
      ) : null}
      {!view ? (
        issues.length > 0 ? (
          <Alert kind="error">{issues.join(' ')}</Alert>
        ) : (
          <p class="muted">
            <span class="spinner" aria-hidden="true" /> Загрузка столбцов…
          </p>
        )
      ) : (
        <form class="settings" onSubmit={save} noValidate data-testid="table-form">
          <div class="field">
            <label for="table-sheet">Лист</label>
            <select
              id="table-sheet"
              value={String(form.sheetId ?? '')}
              onChange={(e) => load(Number((e.currentTarget as HTMLSelectElement).value))}
            >
              {view.sheets.map((s) => (
                <option key={s.id} value={String(s.id)}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="table-header-row">Строка заголовка</label>
            <select
              id="table-header-row"
              value={String(form.headerRow ?? '')}
              onChange={(e) => {
                setForm({ ...form, headerRow: Number((e.currentTarget as HTMLSelectElement).value) });
              }}
            >
              {form.headerRow === null ? <option value="">— выберите —</option> : null}
              {view.rows.map((r) => (
                <option key={r.row} value={String(r.row)}>
                  {`${r.row}: ${r.cells.filter((t) => t !== '').join(' | ') || '(пустая строка)'}`.slice(0, 70)}
                </option>
              ))}
            </select>
          </div>
          {USER_COLUMNS.map((role) => (
            <div class="field" key={role}>
              <label for={`table-column-${role}`}>{ROLE_LABELS[role]}</label>
              <select
                id={`table-column-${role}`}
                data-role={role}
                value={String(form.columns[role] ?? '')}
                onChange={(e) => setColumn(role, (e.currentTarget as HTMLSelectElement).value)}
              >
                <option value="">— нет —</option>
                {columnOptions.map((o) => (
                  <option key={o.column} value={String(o.column)}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
          ))}
          {view.addinColumns.length > 0 ? (
            <p class="muted" data-testid="addin-columns">
              Столбцы надстройки: {view.addinColumns.map((c) => `${c.name} (${columnLetter(c.column)})`).join(', ')}.
            </p>
          ) : null}
          {issues.length > 0 ? (
            <Alert kind="error">
              <ul class="issues">
                {issues.map((issue) => (
                  <li key={issue}>{issue}</li>
                ))}
              </ul>
            </Alert>
          ) : null}
          <div class="row">
            <Button type="submit" primary busy={busy === 'save'} disabled={props.disabled || busy !== null}>
              Сохранить столбцы
            </Button>
            {props.table.source === 'manual' || props.table.sheetChosen ? (
              <Button
                busy={busy === 'auto'}
                disabled={props.disabled || busy !== null}
                onClick={() => void save(undefined, true)}
              >
                Определять автоматически
              </Button>
            ) : null}
          </div>
        </form>
      )}
    </details>
  );
}

function sameColumns(a: Partial<Record<UserColumn, number>>, b: Partial<Record<UserColumn, number>>): boolean {
  return USER_COLUMNS.every((role) => a[role] === b[role]);
}
