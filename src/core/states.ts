import type { StateCode } from './model';

/** Russian labels written in the «Состояние» column (conditional formatting keys on them). */
export const STATE_LABELS: Readonly<Record<StateCode, string>> = {
  'done-on-time': 'Выполнено в срок',
  'done-late': 'Выполнено с нарушением срока',
  overdue: 'Просрочено',
  'due-soon': 'Скоро срок',
  'in-progress': 'В работе',
  'not-started': 'Не начато',
  'no-deadline': 'Без срока',
  unparsed: 'Срок не распознан',
  doubtful: 'Проверьте срок',
  cancelled: 'Отменено',
};

/**
 * One palette for the roadmap, the summaries and the sidebar: Google's Material tints
 * (light background, dark text of the same hue) so that every pair reads at WCAG AA.
 */
export const STATE_COLORS: Readonly<Record<StateCode, { background: string; text: string }>> = {
  overdue: { background: '#f4c7c3', text: '#a50e0e' },
  'due-soon': { background: '#fce8b2', text: '#7a4f01' },
  'in-progress': { background: '#c6dafc', text: '#174ea6' },
  'not-started': { background: '#f1f3f4', text: '#3c4043' },
  'done-on-time': { background: '#b7e1cd', text: '#0d652d' },
  'done-late': { background: '#d9ead3', text: '#35701c' },
  'no-deadline': { background: '#e8eaed', text: '#5f6368' },
  unparsed: { background: '#ead1f5', text: '#6a1b9a' },
  doubtful: { background: '#ffe0cc', text: '#8a3b00' },
  cancelled: { background: '#ffffff', text: '#5f6368' },
};

export function stateFromLabel(label: string): StateCode | null {
  const entry = Object.entries(STATE_LABELS).find(([, l]) => l === label.trim());
  return entry ? (entry[0] as StateCode) : null;
}
