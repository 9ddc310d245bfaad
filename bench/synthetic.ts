/**
 * Synthetic roadmaps for the benchmark: the shape of the cluster's plan scaled up —
 * title rows, the header, a «Задача N» row every 250 measures, mixed deadline phrasing as
 * people write it, several executors per cell, some statuses and completion dates, and an
 * «Исполнители» directory with an address for every executor.
 */
const DEADLINES = [
  'февраль-март 2021 г.',
  'март 2021г.',
  'в течение года',
  'ежемесячно',
  'II квартал 2021 г.',
  'до 15.06.2021',
  'декабрь 2021 г.',
  'июнь-декабрь 2021',
  'ежеквартально',
  '1 полугодие',
  'до 1 сентября 2021 года',
  'октябрь 2021',
  'постоянно',
  '10.11 -12.11.2021',
  'ноябрь 2021',
  'по мере необходимости',
];
const EXECUTORS = [
  'Руководители ПОО',
  'Координационный совет',
  'Рабочая группа',
  'Столяров В.В.',
  'Председатель Координационного совета',
  'Отраслевые предприятия',
  'Рабочая группа ЦОПП',
  'Специалисты отраслевых предприятий',
];
const STATUSES = ['', '', '', 'В работе', 'Выполнено', 'Не начато'];

export const MEASURES_PER_SECTION = 250;

export interface SyntheticRoadmap {
  /** The roadmap sheet's cells as a person would type them (strings), header included. */
  rows: string[][];
  /** First data row (1-based). */
  firstDataRow: number;
  directory: string[][];
}

/**
 * synthetic(100) → 100 measures in 1 section under 4 title/header rows; `perSection` sets how
 * many measures a «Задача» holds (default 250, so 10,000 measures make 40 tasks).
 */
export function synthetic(measures: number, perSection = MEASURES_PER_SECTION): SyntheticRoadmap {
  const rows: string[][] = [
    ['Утверждаю', '', '', '', ''],
    ['Дорожная карта образовательно-отраслевого кластера строительства на 2021 год', '', '', '', ''],
    ['', '', '', '', ''],
    ['№ п/п', 'Наименование мероприятия', 'Исполнители', 'Срок исполнения', 'Результат'],
  ];
  const firstDataRow = rows.length + 1;
  let section = 0;
  for (let i = 0; i < measures; i++) {
    if (i % perSection === 0) {
      section += 1;
      rows.push([`Задача ${section}. Направление работы кластера № ${section}`, '', '', '', '']);
    }
    const n = (i % perSection) + 1;
    const executors =
      i % 3 === 0
        ? `${EXECUTORS[i % EXECUTORS.length]}, ${EXECUTORS[(i + 3) % EXECUTORS.length]}`
        : (EXECUTORS[i % EXECUTORS.length] as string);
    rows.push([
      `${section}.${n}`,
      `Мероприятие ${section}.${n}: разработка и согласование документов кластера`,
      executors,
      DEADLINES[i % DEADLINES.length] as string,
      'Протокол, отчёт',
    ]);
  }
  const directory = [
    ['Исполнитель', 'E-mail', 'Копия', 'Примечание'],
    ...EXECUTORS.map((name, i) => [name, `executor${i + 1}@example.org`, '', '']),
  ];
  return { rows, firstDataRow, directory };
}

/** Статус and Дата выполнения for some rows (after «Подготовить таблицу» added the columns). */
export function statusFor(i: number): [string, string] {
  const status = STATUSES[i % STATUSES.length] as string;
  return [status, status === 'Выполнено' ? '01.06.2021' : ''];
}
