/**
 * The sample plans the playground offers beside «Открыть .xlsx…», each opened on a day that shows
 * it at work. The files live in samples/ with their source notes (samples/<name>.txt).
 */
export interface PlaygroundSample {
  file: string;
  title: string;
  /** The clock when the sample is opened. */
  today: string;
}

export const PLAYGROUND_SAMPLES: readonly PlaygroundSample[] = [
  { file: 'roadmap-2021.xlsx', title: 'Дорожная карта кластера на 2021 год', today: '2021-06-15' },
  {
    file: 'school-council-2021.xlsx',
    title: 'План работы попечительского совета школы, 2021/2022 (Тема · Сроки · Ответственный)',
    today: '2021-10-20',
  },
  {
    file: 'municipal-tynda-2018.xlsx',
    title: 'Муниципальная программа «Развитие образования», 2015–2020 (начало · завершение)',
    today: '2018-06-15',
  },
  {
    file: 'municipal-kotelnich-2010.xlsx',
    title: 'Мероприятия программы города Котельнича, 2010–2011 (начало · окончание · финансирование)',
    today: '2010-06-15',
  },
];
