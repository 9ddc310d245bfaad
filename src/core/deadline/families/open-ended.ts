/**
 * Deadlines without a date. Continuous work: «постоянно», «на постоянной основе»,
 * «в течение всего срока реализации дорожной карты», «ежедневно» — due at the end
 * of the plan period (31 December of its last year), start at its beginning.
 * Unscheduled: «по мере необходимости», «по графику министерства», «по согласованию»
 * — no date can exist.
 */
import { type Family, type Item, item } from '../item';
import { B, E, MONTH } from '../vocabulary';
import { pattern, planEnd, planStart } from './common';

const OBJECT = `(?:\\s+(?!${MONTH})(?:дорожной\\s+карты|программы|подпрограммы|проекта|плана|мероприяти\\p{L}*|соглашения|кластера|комплекса\\s+мер|концепции|стратегии|государственной|муниципальной|региональной|национального|федерального))*`;

export const continuous: Family = {
  name: 'continuous',
  hint: /постоян|ежедн|систем|регуляр|кругл|бессроч|срок|период/,
  pattern: pattern(
    `${B}(?:постоянн\\p{L}*|на\\s+постоянной\\s+основе|ежедневн\\p{L}*|систематически|регулярно|круглогодично|бессрочно` +
      `|(?:в\\s+течени[еи]|на\\s+протяжении|на|за)\\s+(?:всего\\s+|весь\\s+)?(?:срок\\p{L}*|период\\p{L}*)(?:\\s+(?:реализации|действия|исполнения))?${OBJECT}` +
      `|весь\\s+период(?:\\s+(?:реализации|действия))?${OBJECT})${E}`,
  ),
  read(_match, context): Item {
    return item('continuous', planStart(context), planEnd(context), {
      assumed: ['start-of-period', 'end-of-period'],
    });
  },
};

/** Words that may follow an unscheduled phrase («по мере поступления средств»), never a date word. */
const TAIL = `(?:\\s+(?!${MONTH})(?!квартал|кв\\.|полугод|еже|раз|течени|постоян|учебн)\\p{L}{3,}(?:-\\p{L}+)?){0,3}`;

export const unscheduled: Family = {
  name: 'unscheduled',
  hint: /мере|необход|график|план|запрос|требован|согласов|приглаш|факт|решени|заявк|соответств|установлен/,
  pattern: pattern(
    `${B}(?:по\\s+мере|по\\s+необходимости|при\\s+необходимости|по\\s+(?:отдельному\\s+|утвержденному\\s+|согласованному\\s+)?(?:графику|плану|запросу|запросам|требованию|согласованию|приглашению|факту|решению|заявкам|заявке)` +
      `|в\\s+соответствии\\s+с\\s+(?:графиком|планом)|в\\s+установленные\\s+сроки|в\\s+сроки,?\\s+установленные)${TAIL}${E}`,
  ),
  read: () => item('unscheduled', null, null),
};
