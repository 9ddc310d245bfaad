/**
 * readRoadmap: one getValues() of a sheet → the roadmap: header, columns, plan year, sections,
 * measures and problems. Never throws; a sheet with no recognisable header gives { error }.
 */
import type { IsoDate } from '../dates';
import type { MessageOf } from '../i18n/messages';
import { type CellValue, type Measure, type Problem, problemAt, type Roadmap, type Section } from '../model';
import type { Settings } from '../settings';
import { approvalDate } from './approval';
import { type AddinCells, type RowCells, readAddinCells, readRowCells } from './cells';
import { cellAt, findHeader, type HeaderInfo, isColumnNumbersRow, type MergedRange, optionalMark } from './header';
import { layoutHeader, type TableLayout } from './layout';
import { cellOf, lintRoadmap } from './lint';
import { spreadMerged } from './merges';
import { cleanNumberText, isDottedNumber, readNumber } from './numbers';
import { planYearsFromTitle } from './plan-year';
import { isTopLevelNumber, looksLikeHeading, makeSection, monthOfHeading, namesAPart } from './sections';
import { cellText, splitExecutors } from './text';

export interface RoadmapInput {
  sheetName: string;
  /** One getValues() of the whole sheet; date cells as { date: 'YYYY-MM-DD' }. */
  values: CellValue[][];
  /** Merged ranges (1-based), as getMergedRanges() reports them. */
  merges?: MergedRange[];
  settings: Pick<Settings, 'planYear'>;
  today: IsoDate;
  /** The person's header row and columns: used as given, the header is not searched for. */
  layout?: TableLayout;
}

export interface RoadmapError {
  /** i18n's say(error) words it. */
  error: MessageOf<'no-table'>;
}

export function isRoadmapError<T extends object>(value: T | RoadmapError): value is RoadmapError {
  return (value as RoadmapError).error !== undefined;
}

/** The header and the plan year: what re-judging a few edited rows needs (see judgeRows). */
export type RoadmapHeader = HeaderInfo &
  Pick<Roadmap, 'planYear' | 'planEndYear' | 'planYearSource' | 'title' | 'schoolYear' | 'approvedOn'> & {
    /** The measures are numbered with sub-levels («1.1»), as far as the given rows show. */
    dottedNumbers: boolean;
  };

/**
 * readHeader({ values: the first 30 rows or more, … }) → the header and plan year, or { error }.
 * The onEdit adapter reads only the top of the sheet and the edited rows.
 */
export function readHeader(input: RoadmapInput): RoadmapHeader | RoadmapError {
  const header = input.layout
    ? layoutHeader(input.values, input.merges ?? [], input.layout)
    : findHeader(input.values, input.merges ?? []);
  if (header === null) return { error: { code: 'no-table' } };
  const titleLines: string[] = [];
  for (let row = 1; row < header.headerRow; row += 1) {
    const line = (input.values[row - 1] ?? [])
      .map((v) => cellText(v))
      .filter((t) => t !== '')
      .join(' ');
    if (line) titleLines.push(line);
  }
  const title = titleLines.join('\n');
  const fromTitle = planYearsFromTitle(title);
  const todayYear = Number(input.today.slice(0, 4));
  const planYearSource: Roadmap['planYearSource'] = fromTitle
    ? 'title'
    : input.settings.planYear !== null
      ? 'settings'
      : 'today';
  const planYear = fromTitle?.planYear ?? input.settings.planYear ?? todayYear;
  const planEndYear = fromTitle?.planEndYear ?? planYear;
  const dottedNumbers = hasDottedNumbers(input.values, header);
  const schoolYear = fromTitle?.schoolYear === true;
  const approvedOn = approvalDate(title);
  return { ...header, title, planYear, planEndYear, planYearSource, schoolYear, approvedOn, dottedNumbers };
}

/** The header of a roadmap already read (no second pass over the values): headerOf(roadmap) for judgeRows. */
export function headerOf(roadmap: Roadmap): RoadmapHeader {
  return {
    headerRow: roadmap.headerRow,
    headerLastRow: roadmap.headerLastRow,
    firstDataRow: roadmap.firstDataRow ?? roadmap.headerLastRow + 1,
    columns: roadmap.columns,
    addinColumns: roadmap.addinColumns,
    lastUserColumn: roadmap.lastUserColumn,
    headerTexts: roadmap.headerTexts ?? {},
    ...optionalMark(roadmap.markColumn),
    title: roadmap.title,
    planYear: roadmap.planYear,
    planEndYear: roadmap.planEndYear,
    planYearSource: roadmap.planYearSource,
    schoolYear: roadmap.schoolYear === true,
    approvedOn: roadmap.approvedOn ?? null,
    dottedNumbers: roadmap.measures.some((m) => isDottedNumber(m.number)),
  };
}

/**
 * readRoadmap({ sheetName: 'Лист1', values, settings, today: '2021-06-15' }) → the Roadmap
 * (3 sections and 29 measures for the seed) or { error: { code: 'no-table' } }.
 */
export function readRoadmap(input: RoadmapInput): Roadmap | RoadmapError {
  const header = readHeader(input);
  if (isRoadmapError(header)) return header;
  const merges = input.merges ?? [];
  const problems: Problem[] = [];
  const sections: Section[] = [];
  const measures: Measure[] = [];
  const used = new Map<string, number>();
  const dotted = header.dottedNumbers;
  let lastRow = header.headerLastRow;
  // A cell merged down over several measures applies to each of them.
  const body = spreadMerged(input.values.slice(header.firstDataRow - 1), merges, header, header.firstDataRow, (r, c) =>
    cellAt(input.values, r, c),
  );

  // A part named just above the header («Модуль «Ключевые общешкольные дела»», each module its own
  // table) is the first section: its measures are not «above the first section».
  const above = headingAboveHeader(input.values, header.headerRow);
  if (above) sections.push(makeSection(above.text, above.row));
  const headerAgain = headerRepeats(input.values, header);
  /** The month the current heading names, if it is one month alone (read once per heading). */
  let sectionMonth: string | null = null;
  for (let row = header.firstDataRow; row <= input.values.length; row += 1) {
    const values = body[row - header.firstDataRow] ?? [];
    // The header again inside the table (a Word table's header on every page, or module tables
    // pasted one under another) and its «1 2 3» row: not measures.
    if (headerAgain(row)) continue;
    const cells = readRowCells(values, header);
    const kind = classifyRow(cells, row, header, merges, dotted, measures.length > 0);
    if (kind === 'blank') continue;
    lastRow = row;
    const previous = measures[measures.length - 1];
    if (kind === 'section') {
      const section = uniqueSection(makeSection(headingText(cells), row), sections);
      sections.push(section);
      sectionMonth = monthOfHeading(section.title);
      continue;
    }
    if (kind === 'continuation' && previous) {
      appendContinuation(previous, cells, row);
      continue;
    }
    const number = readNumber(cells.numberValue, previous?.number ?? null, used);
    if (number.ambiguous) {
      const { chosen, other } = number.ambiguous;
      const cell = cellOf(header, row, header.columns.number ?? null);
      problems.push(problemAt({ code: 'number-ambiguous', ...cell, chosen, other }, 'warning'));
    }
    if (number.text) used.set(number.text, used.get(number.text) ?? row);
    const addin = readAddinCells(values, header);
    const measure = makeMeasure(cells, addin, row, number.text, sections[sections.length - 1]?.id ?? null);
    if (sectionMonth) measure.sectionMonth = sectionMonth;
    measures.push(measure);
    problems.push(...addinProblemsOf(header, addin, row));
  }

  // Signatures under the table («Заместитель директора по УВР | А.П. Иванова»): not measures.
  while (measures.length > 0 && isSignature(measures[measures.length - 1] as Measure, measures[measures.length - 2])) {
    const signature = measures.pop() as Measure;
    for (let i = problems.length - 1; i >= 0; i -= 1) if (problems[i]?.row === signature.row) problems.splice(i, 1);
  }
  // Text under the table («Директор ____», footnotes) read as headings with no measures: not the table.
  const lastMeasureRow = measures[measures.length - 1]?.lastRow ?? 0;
  while (sections.length > 0) {
    const tail = sections[sections.length - 1] as Section;
    if (tail.row < lastMeasureRow || looksLikeHeading(tail.title)) break;
    sections.pop();
  }
  lastRow = Math.max(lastMeasureRow, sections[sections.length - 1]?.row ?? 0, header.firstDataRow - 1);

  const roadmap: Roadmap = {
    sheetName: input.sheetName,
    title: header.title,
    planYear: header.planYear,
    planEndYear: header.planEndYear,
    planYearSource: header.planYearSource,
    schoolYear: header.schoolYear,
    approvedOn: header.approvedOn,
    headerRow: header.headerRow,
    headerLastRow: header.headerLastRow,
    columns: header.columns,
    addinColumns: header.addinColumns,
    lastUserColumn: header.lastUserColumn,
    sections,
    measures,
    problems,
    firstDataRow: header.firstDataRow,
    lastRow,
    lastUsedColumn: lastUsedColumn(input.values, header),
    headerTexts: header.headerTexts,
    ...optionalMark(header.markColumn),
  };
  roadmap.problems = [...problems, ...lintRoadmap(roadmap)].sort(
    (a, b) => a.row - b.row || (a.column ?? 0) - (b.column ?? 0),
  );
  return roadmap;
}

/** The last line above the header when it names a part with a kind word, with its row. */
function headingAboveHeader(values: readonly (readonly CellValue[])[], headerRow: number) {
  for (let row = headerRow - 1; row >= 1; row -= 1) {
    const text = (values[row - 1] ?? [])
      .map((v) => cellText(v))
      .filter((t) => t !== '')
      .join(' ');
    if (text !== '') return namesAPart(text) ? { text, row } : null;
  }
  return null;
}

const headerWord = (value: CellValue | undefined): string =>
  cellText(value ?? '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s.:,-]+/g, ' ')
    .trim();

/**
 * Whether a row writes a header row again: two cells at least, each the same text as a header row
 * in the same column (case, spacing and stray dots aside), the measure's among them when that header
 * row has one; or the «1 2 3» row of column numbers. The header's words are read once; a row whose
 * measure cell is a title no header row has is turned away at once (the 10,000-row read).
 */
function headerRepeats(values: readonly (readonly CellValue[])[], header: RoadmapHeader): (row: number) => boolean {
  const width = header.lastUserColumn;
  const headerRows: string[][] = [];
  for (let r = header.headerRow; r <= header.headerLastRow; r += 1)
    headerRows.push(Array.from({ length: width }, (_, i) => headerWord(values[r - 1]?.[i])));
  const measure = header.columns.measure;
  const measureWords = new Set(headerRows.map((words) => (measure === undefined ? '' : (words[measure - 1] ?? ''))));
  return (row) => {
    const cells = values[row - 1] ?? [];
    if (measure !== undefined) {
      const title = headerWord(cells[measure - 1]);
      if (!measureWords.has(title) && !/^\d{1,2}$/.test(title)) return false;
    }
    if (isColumnNumbersRow(values, row)) return true;
    const filled: [number, string][] = [];
    for (let i = 0; i < width; i += 1) {
      const word = headerWord(cells[i]);
      if (word !== '') filled.push([i, word]);
    }
    if (filled.length < 2) return false;
    return headerRows.some(
      (words) =>
        (measure === undefined || words[measure - 1] === '' || words[measure - 1] === headerWord(cells[measure - 1])) &&
        filled.every(([i, word]) => words[i] === word),
    );
  };
}

export type RowKind = 'blank' | 'section' | 'continuation' | 'measure';

/** A footnote or a note under or inside the table: «* по согласованию», «Примечание: …». */
const NOTE = /^\s*(?:\*|примечани[ея]|прим\.)/iu;
/** Who signs a plan: a post, or a blank line to sign on. */
const SIGNER =
  /^(?:и\.\s*о\.\s*)?(?:директор|заместитель|зам\.|руководитель|председатель|секретарь|заведующ|начальник|глава|исполнитель|составил|подготовил|согласовано)|_{3,}/iu;

/**
 * The last row read as a measure is a signature when it has no deadline and no result, names a
 * post («Заместитель директора по УВР») and stands apart from the measure above (a blank row or a
 * section between them): signatures follow the table, measures do not.
 */
function isSignature(measure: Measure, above: Measure | undefined): boolean {
  if (measure.deadlineText || measure.startText || measure.result || measure.lastRow !== measure.row) return false;
  if (!SIGNER.test(measure.title.trim()) && !/_{3,}/.test(measure.executorsText)) return false;
  return above === undefined || measure.row > above.lastRow + 1;
}

/**
 * What a row is. A row with nothing in the executor, deadline and result cells is a section when
 * its text is a heading («Задача 1. …», «II. …», ALL CAPS), when it is merged across the row, when
 * it carries a top-level number («1.») in a table of dotted numbers, or when a numbered table
 * leaves it unnumbered. A row with no number and no title continues the measure above.
 */
export function classifyRow(
  cells: RowCells,
  row: number,
  header: Pick<HeaderInfo, 'columns' | 'lastUserColumn'>,
  merges: readonly MergedRange[],
  dotted: boolean,
  measureAbove: boolean,
): RowKind {
  const rest = cells.executors || cells.deadline || cells.start || cells.result;
  const number = cleanNumberText(cells.number);
  if (!rest && !number && !cells.title && cells.extra.length === 0) return 'blank';
  const text = headingText(cells);
  if (!rest && NOTE.test(text)) return 'blank';
  if (!number && !cells.title) {
    if (rest) return measureAbove ? 'continuation' : 'measure';
    if (mergedOverRow(row, header, merges) || looksLikeHeading(text)) return 'section';
    return measureAbove ? 'continuation' : 'blank';
  }
  if (rest) return 'measure';
  if (number && !cells.title && !/^\d+(\.\d+)*$/.test(number)) return 'section';
  if (mergedOverRow(row, header, merges)) return 'section';
  if (looksLikeHeading(text)) return 'section';
  if (number && cells.title && isTopLevelNumber(number) && dotted) return 'section';
  if (!number && cells.title && header.columns.number !== undefined) return 'section';
  return 'measure';
}

function headingText(cells: RowCells): string {
  const parts = [cells.number, cells.title].filter((t) => t !== '');
  return (parts.length > 0 ? parts : cells.extra.slice(0, 1)).join(' ');
}

/** A section title merged across the row (one cell over most of the table's columns). */
function mergedOverRow(row: number, header: Pick<HeaderInfo, 'lastUserColumn'>, merges: readonly MergedRange[]) {
  return merges.some(
    (m) => m.row === row && m.numRows >= 1 && m.numColumns >= Math.min(3, Math.max(2, header.lastUserColumn - 1)),
  );
}

/** Whether the table numbers its measures with sub-levels («1.1»), counting number cells Sheets made into dates. */
function hasDottedNumbers(values: readonly (readonly CellValue[])[], header: HeaderInfo): boolean {
  const column = header.columns.number;
  if (column === undefined) return false;
  for (let row = header.firstDataRow; row <= values.length; row += 1) {
    const value = cellAt(values, row, column);
    if (typeof value === 'object' || (typeof value === 'number' && !Number.isInteger(value))) return true;
    if (isDottedNumber(cleanNumberText(cellText(value)))) return true;
  }
  return false;
}

function makeMeasure(
  cells: RowCells,
  addin: AddinCells,
  row: number,
  number: string,
  sectionId: string | null,
): Measure {
  const measure: Measure = {
    row,
    lastRow: row,
    number,
    sectionId,
    title: cells.title,
    executors: splitExecutors(cells.executors),
    executorsText: cells.executors,
    deadlineText: cells.deadline,
    result: cells.result,
    status: addin.status,
    completedOn: addin.completedOn,
    newDeadlineText: addin.newDeadlineText,
    note: addin.note,
    lastReminder: addin.lastReminder,
  };
  if (cells.start) measure.startText = cells.start;
  return measure;
}

/** A row with only executors, a result (or a deadline) continues the measure above. */
function appendContinuation(measure: Measure, cells: RowCells, row: number): void {
  const join = (a: string, b: string) => (a && b ? `${a}\n${b}` : a || b);
  measure.lastRow = row;
  if (cells.executors) {
    measure.executorsText = join(measure.executorsText, cells.executors);
    measure.executors = splitExecutors(measure.executorsText);
  }
  measure.result = join(measure.result, cells.result);
  measure.deadlineText = join(measure.deadlineText, cells.deadline);
  if (cells.start) measure.startText = join(measure.startText ?? '', cells.start);
}

function uniqueSection(section: Section, existing: readonly Section[]): Section {
  return existing.some((s) => s.id === section.id) ? { ...section, id: `${section.id}-r${section.row}` } : section;
}

export function addinProblemsOf(
  header: Pick<HeaderInfo, 'addinColumns' | 'headerTexts'>,
  addin: AddinCells,
  row: number,
): Problem[] {
  const problems: Problem[] = [];
  const status = header.addinColumns.status ?? null;
  if (addin.statusUnknown !== null)
    problems.push(
      problemAt({ code: 'status-unknown', ...cellOf(header, row, status), text: addin.statusUnknown }, 'error'),
    );
  const completed = header.addinColumns.completed ?? null;
  if (addin.completedUnreadable !== null)
    problems.push(
      problemAt(
        { code: 'date-unreadable', ...cellOf(header, row, completed), text: addin.completedUnreadable },
        'error',
      ),
    );
  return problems;
}

/** The rightmost non-empty column that is not an add-in column. */
function lastUsedColumn(values: readonly (readonly CellValue[])[], header: HeaderInfo): number {
  const addin = new Set(Object.values(header.addinColumns));
  let last = header.lastUserColumn;
  for (const row of values) {
    for (let column = row.length; column > last; column -= 1) {
      if (!addin.has(column) && cellText(row[column - 1]) !== '') {
        last = column;
        break;
      }
    }
  }
  return last;
}
