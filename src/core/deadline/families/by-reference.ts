/**
 * Deadlines that say the date is set elsewhere or later, also abbreviated: «по отд. плану»,
 * «по отдельному графику», «по отдельному сезонному плану», «в установл. порядке», «в установленном порядке», «по положению»,
 * «согласно положению о конкурсе», «определяется приказом», «сроки определяются дополнительно»,
 * «дата уточняется», «(дата согласовывается)», «по согл.» — no date can exist, the measure is «Без срока» (kind
 * 'unscheduled'), not «Срок не распознан». Any date in the same cell wins (combine.ts).
 */
import { type Family, item } from '../item';
import { B, E, NO_DATE_TAIL } from '../vocabulary';
import { pattern } from './common';

const SEPARATE = 'по\\s+отд(?:ельн\\p{L}*|\\.)?\\s*(?:\\p{L}+\\s+)?(?:план\\p{L}*|график\\p{L}*|распис\\p{L}*)';
const ESTABLISHED =
  '(?:в|согласно)\\s+(?:установленн\\p{L}*|установл\\.|уст\\.)\\s*(?:порядк\\p{L}*|срок\\p{L}*)|в\\s+сроки\\s*,?\\s*(?:установленн|предусмотренн)\\p{L}*';
const REGULATION = '(?:по|согласно)\\s+(?:положени\\p{L}*|регламент\\p{L}*|приказ\\p{L}*|распоряжени\\p{L}*)';
const LATER =
  '(?:(?:срок\\p{L}*|дата|даты|время)\\s+)?(?:определя\\p{L}*|определ[её]н\\p{L}*|будут?\\s+определ\\p{L}*|уточня\\p{L}*|согласовыва\\p{L}*|будут?\\s+уточн\\p{L}*|по\\s+согл\\.)';

export const byReference: Family = {
  name: 'by-reference',
  hint: /отд|уст|полож|регламент|приказ|распоряж|определ|уточн|согл/,
  pattern: pattern(`${B}(?:${SEPARATE}|${ESTABLISHED}|${REGULATION}|${LATER})${NO_DATE_TAIL}${E}`),
  read: () => item('unscheduled', null, null),
};
