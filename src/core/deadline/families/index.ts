/**
 * Every phrase family, in the order they read a cell: each match claims its
 * text, so the more specific families come first (recurring rules before dates,
 * full dates before bare months, school years and dates before bare years).
 */
import type { Family } from '../item';
import { byReference } from './by-reference';
import { months } from './months';
import { multiYear } from './multi-year';
import { numericDates, numericMonths } from './numeric-dates';
import { continuous, unscheduled } from './open-ended';
import { placeNotes } from './place-notes';
import { halves, monthsFromStart, quarters } from './quarters';
import { dueRules, nextYearMarker, recurring, weekdayOfMonth, weekdays } from './recurring';
import { reportingPeriod } from './reporting-period';
import { eachSchoolTerm, schoolTerms } from './school-terms';
import { schoolYearEdges, schoolYearStart, schoolYears } from './school-years';
import { holidays, monthLong, seasons } from './seasons';
import { decades, textualDates } from './textual-dates';
import { beforeMonth, partsOfMonth, weeksOfMonth } from './weeks';
import { planYear, years } from './years';

export const FAMILIES: readonly Family[] = [
  multiYear,
  reportingPeriod,
  eachSchoolTerm,
  recurring,
  dueRules,
  nextYearMarker,
  weekdayOfMonth,
  weekdays,
  continuous,
  monthLong,
  unscheduled,
  byReference,
  schoolYearStart,
  schoolYearEdges,
  schoolTerms,
  schoolYears,
  numericDates,
  numericMonths,
  decades,
  weeksOfMonth,
  beforeMonth,
  partsOfMonth,
  textualDates,
  months,
  holidays,
  seasons,
  quarters,
  halves,
  monthsFromStart,
  planYear,
  years,
  placeNotes,
];
