/**
 * Every phrase family, in the order they read a cell: each match claims its
 * text, so the more specific families come first (recurring rules before dates,
 * full dates before bare months, school years and dates before bare years).
 */
import type { Family } from '../item';
import { months } from './months';
import { numericDates, numericMonths } from './numeric-dates';
import { continuous, unscheduled } from './open-ended';
import { halves, monthsFromStart, quarters } from './quarters';
import { dueRules, nextYearMarker, recurring, weekdays } from './recurring';
import { schoolYearStart, schoolYears } from './school-years';
import { decades, textualDates } from './textual-dates';
import { planYear, years } from './years';

export const FAMILIES: readonly Family[] = [
  recurring,
  dueRules,
  nextYearMarker,
  weekdays,
  continuous,
  unscheduled,
  schoolYearStart,
  schoolYears,
  numericDates,
  numericMonths,
  decades,
  textualDates,
  months,
  quarters,
  halves,
  monthsFromStart,
  planYear,
  years,
];
