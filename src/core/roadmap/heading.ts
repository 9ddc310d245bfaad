/**
 * The roadmap's own name out of the title rows, which also hold approval stamps
 * («Утверждаю», «Рассмотрено на заседании…», «Приложение 2 к приказу…»): the lines from the
 * first one that starts like a plan's name («Дорожная карта», «План мероприятий», «ПЛАН»,
 * «Программа», «Комплекс мер», «Перечень»), joined into one line, Word's ** marks dropped.
 *
 * @example
 * roadmapHeading('Утверждаю\nА. Брусилов\n**Дорожная карта\nкластера\nна 2021 год**')
 *   // 'Дорожная карта кластера на 2021 год'
 */
export function roadmapHeading(title: string): string {
  const lines = title
    .split(/\r?\n/)
    .map((line) => line.replace(/\*+/g, '').replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
  const start = lines.findIndex((line) => PLAN_NAME.test(line));
  if (start >= 0) return lines.slice(start).join(' ');
  // A stamp pasted on the same line as the name: «Утверждаю … 2021г. Дорожная карта …».
  const inner = lines.findIndex((line) => INNER_NAME.test(line));
  if (inner < 0) return lines.join(' ');
  const line = lines[inner] as string;
  return [line.slice(line.search(INNER_NAME) + 1), ...lines.slice(inner + 1)].join(' ').trim();
}

const INNER_NAME = /\s(?:дорожная\s+карта|план\s+мероприятий)(?=[\s(«"]|$)/iu;

/** Cyrillic has no \b in JS regexps: the name must be followed by a space, a bracket or the end. */
const PLAN_NAME = /^(?:дорожная\s+карта|план|программа|комплекс\s+мер|перечень)(?=[\s(«"]|$)/iu;
