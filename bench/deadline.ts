/**
 * Parses 10,000 realistic «Срок исполнения» cells and reports the time taken.
 * The target is under 100 ms for the batch; `npm run bench` prints the result.
 *
 *   benchDeadlines() → { cells: 10000, ms: 12.3, unique: 611, coldMs: 180.4 }
 */
import { parseDeadline } from '../src/core/deadline';
import { deadlineMemory } from '../src/core/deadline/memo';

const MONTHS = [
  'январь',
  'февраля',
  'март',
  'апреле',
  'май',
  'июнь',
  'июля',
  'август',
  'сент.',
  'октябрь',
  'ноября',
  'декабрь',
];
const GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
const pad = (n: number) => String(n).padStart(2, '0');
const year = (i: number) => 2019 + (i % 5);
/** Cell shapes in the proportions seen in published plans; days, months and years vary with i. */
const TEMPLATES: Array<(i: number) => string> = [
  (i) => `${MONTHS[i % 12]} ${year(i)} г.`,
  (i) => `${MONTHS[i % 12]}-${MONTHS[(i + 1 + (i % 5)) % 12]} ${year(i)} г.`,
  (i) => `до ${pad((i % 28) + 1)}.${pad((i % 12) + 1)}.${year(i)}`,
  (i) => `${(i % 28) + 1}.${pad((i % 12) + 1)}.${year(i)}`,
  (i) => `до ${(i % 28) + 1} ${GENITIVE[i % 12]} ${year(i)} года`,
  (i) => `не позднее ${(i % 28) + 1} ${GENITIVE[(i * 7) % 12]}`,
  (i) => `${['I', 'II', 'III', 'IV', '1', '2'][i % 6]} ${['квартал', 'кв.'][i % 2]} ${year(i)} г.`,
  (i) => `${['1', '2', 'первое', 'второе'][i % 4]} полугодие ${year(i)}`,
  (i) => ['в течение года', 'В течение года', `в течение ${year(i)} года`, 'до конца года'][i % 4] as string,
  (i) => ['ежемесячно', 'Ежемесячно', 'ежеквартально', 'ежегодно', '2 раза в год'][i % 5] as string,
  (i) => `ежемесячно до ${(i % 25) + 1} числа месяца, следующего за отчетным`,
  (i) => `ежегодно, до ${(i % 28) + 1} ${GENITIVE[i % 12]}`,
  (i) =>
    ['постоянно', 'по мере необходимости', 'по графику министерства', '-', 'в течение всего срока реализации'][
      i % 5
    ] as string,
  (i) => `${pad((i % 20) + 1)}.${pad((i % 12) + 1)} - ${pad((i % 8) + 21)}.${pad((i % 12) + 1)}.${year(i)}`,
  (i) => `с ${(i % 10) + 1} по ${(i % 10) + 15} ${GENITIVE[i % 12]} ${year(i)} г.`,
  (i) => `${year(i)}-${year(i) + 2} гг.`,
  (i) => ['в течение учебного года', `${year(i)}/${year(i) + 1} учебный год`][i % 2] as string,
  (i) => `${(i % 28) + 1} ${GENITIVE[i % 12]} – ${['День учителя', 'заседание совета', 'отчет'][i % 3]}`,
  (i) => `${MONTHS[i % 12]} ${year(i) - 1}г.`,
  (i) => ['фервраль 2021', '31.02.2021', 'когда будет готово'][i % 3] as string,
];

export function benchCells(count = 10_000): string[] {
  const n = TEMPLATES.length;
  return Array.from({ length: count }, (_, i) => (TEMPLATES[i % n] as (i: number) => string)(Math.floor(i / n)));
}

/**
 * `ms`: the 10,000 cells as a sheet gives them (phrases repeat, parseDeadline remembers them);
 * `coldMs`: the same cells with the memory cleared before each one (every cell parsed in full).
 */
export function benchDeadlines(): { cells: number; ms: number; unique: number; coldMs: number } {
  const cells = benchCells();
  const round = (ms: number) => Math.round(ms * 10) / 10;
  // Warm-up (another plan year, then forgotten) so the timing measures parsing, not the JIT.
  for (const cell of cells.slice(0, 2000)) parseDeadline(cell, { planYear: 2020 });
  deadlineMemory.clear();
  let started = performance.now();
  for (const cell of cells) parseDeadline(cell, { planYear: 2021 });
  const ms = round(performance.now() - started);
  started = performance.now();
  for (const cell of cells) {
    deadlineMemory.clear();
    parseDeadline(cell, { planYear: 2021 });
  }
  const coldMs = round(performance.now() - started);
  return { cells: cells.length, ms, unique: new Set(cells).size, coldMs };
}
