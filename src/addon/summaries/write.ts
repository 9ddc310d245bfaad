/**
 * Writing a batch of summary models: each sheet found (../own-sheets.ts), placed (./placement.ts),
 * drawn (./draw.ts) and remembered (./memory.ts); a full refresh also retires the sheets of
 * tasks that are gone.
 */
import { type SheetModel, SUMMARY_KEY, safeSheetName } from '../../core/summary';
import { OwnSheetLookup } from '../own-sheets';
import { prepare, rewriteCareful, rewriteKnown, type StampSource, stampOf, writeStampOnly } from './draw';
import { isUnchanged, loadMemory, type SheetMemory, saveMemory, unknownSheet } from './memory';
import { markStale, SheetPlacer } from './placement';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface WrittenSheet {
  key: string;
  name: string;
  created: boolean;
  /** An own task sheet whose section is gone: kept (the person may have notes there) and marked. */
  stale?: boolean;
  /** Left alone by a nightly write: its content had not changed. */
  unchanged?: boolean;
}

export interface WriteResult {
  sheets: WrittenSheet[];
}

/** Own sheets with these key prefixes are marked «устарело» when a full refresh no longer has them. */
const RETIRABLE_PREFIX = 'section:';

/**
 * Puts summary models in the spreadsheet. The add-in's sheets are found by developer metadata
 * (key 'roadmap-tracker:sheet', value = model.key), never by name:
 * - a missing sheet is inserted at the end under a name no sheet uses (a user's «Сводка» stays
 *   theirs; ours becomes «Сводка (дорожная карта)»), marked, given the model's column widths
 *   and frozen rows;
 * - an existing one keeps its name, position, column widths and frozen rows: only its
 *   contents (values, formats, merges) and its charts are cleared and rewritten;
 * - a user's sheet is never read or written;
 * - when the batch holds 'summary' (a full refresh), own task sheets ('section:…') whose task
 *   is gone are kept and marked «Устарело» with a grey tab rather than deleted, and the other
 *   sheets show the «Сводка»'s «Обновлено: …» by reference (='Сводка'!A2), so a sheet whose
 *   content has not changed stays true without being rewritten.
 * Calls per sheet are constant whatever the number of measures. A sheet written before is
 * found by the id remembered in document properties (./memory.ts) and rewritten without
 * re-discovering it: no metadata search, no size queries, its chart kept when unchanged.
 *
 * With `onlyChanged` (the nightly check), a sheet whose values, links, formats and charts are
 * what the add-in last wrote there costs no call at all, and a changed one gets its values and
 * only the format kinds that changed. What is remembered is trusted only while the file has as
 * many sheets as after the last write (one getNumSheets): a sheet a person deleted or added
 * makes every sheet be looked up again. A person's edits inside an own sheet are repaired by
 * «Обновить сводки» (without `onlyChanged`), not by the nightly check.
 */
export function writeSummaries(
  spreadsheet: Spreadsheet,
  models: SheetModel[],
  options: { onlyChanged?: boolean } = {},
): WriteResult {
  const { memory, stored, sheetCount } = loadMemory();
  const full = models.some((m) => m.key === SUMMARY_KEY);
  const lookup = new OwnSheetLookup(spreadsheet, memory);
  // Every write records the count, so that the next night can tell whether to trust the memory.
  let count = spreadsheet.getNumSheets();
  const trusted = options.onlyChanged === true && count === sheetCount;
  const placer = new SheetPlacer(spreadsheet);
  let stampSource: StampSource | null = null;
  const sheets: WrittenSheet[] = [];
  for (const model of models) {
    const prepared = prepare(model, model.key === SUMMARY_KEY ? null : stampSource);
    const remembered = memory.get(model.key);
    if (trusted && remembered && isUnchanged(remembered, prepared)) {
      const sheetOf = () => spreadsheet.getSheetById(remembered.id);
      // Only its own «Обновлено: …» to write (the «Сводка» on a quiet night): that one cell.
      const done = prepared.stampRef || !model.stamp || writeStampOnly(sheetOf(), model);
      if (done) {
        if (model.key === SUMMARY_KEY) stampSource = stampOf(model, remembered.id, sheetOf);
        sheets.push(written(model.key, sheetOf, false, { unchanged: true }));
        continue;
      }
    }
    let { sheet, byId } = lookup.find(model.key);
    if (!byId) memory.delete(model.key);
    sheet ??= lookup.adopt(model.key, safeSheetName(model.title), model.values[0] ?? []);
    const created = !sheet;
    if (!sheet) {
      sheet = placer.insert(model);
      lookup.add(model.key, sheet);
      count++;
    }
    const known = byId ? memory.get(model.key) : undefined;
    const next =
      (known && known.rows > 0 && rewriteKnown(sheet, prepared, known, trusted)) ||
      rewriteCareful(sheet, prepared, created, known?.id);
    memory.set(model.key, next);
    const own = sheet;
    if (model.key === SUMMARY_KEY) stampSource = stampOf(model, next.id, () => own);
    sheets.push(written(model.key, () => own, created));
  }
  placer.restoreActive();
  if (full) sheets.push(...retireGone(lookup, memory, new Set(models.map((m) => m.key)), trusted));
  saveMemory(memory, stored, count);
  return { sheets };
}

/**
 * Own task sheets whose task is gone: kept and marked «Устарело» once. Those remembered as
 * already marked cost nothing when the memory is trusted.
 */
function retireGone(
  lookup: OwnSheetLookup,
  memory: Map<string, SheetMemory>,
  keys: ReadonlySet<string>,
  trusted: boolean,
): WrittenSheet[] {
  const out: WrittenSheet[] = [];
  const remembered = [...memory.keys()].filter((key) => key.startsWith(RETIRABLE_PREFIX) && !keys.has(key));
  const found = new Map<string, Sheet>();
  for (const key of remembered) {
    const m = memory.get(key);
    if (trusted && m?.stale) {
      out.push(written(key, () => lookup.byRememberedId(key), false, { stale: true }));
      continue;
    }
    const { sheet, byId } = lookup.find(key);
    // What is remembered holds only for a sheet found by its remembered id.
    if (!byId) memory.delete(key);
    if (sheet) found.set(key, sheet);
  }
  for (const [key, sheet] of lookup.allFound()) if (!found.has(key)) found.set(key, sheet);
  for (const [key, sheet] of found) {
    if (!key.startsWith(RETIRABLE_PREFIX) || keys.has(key)) continue;
    const m = memory.get(key);
    if (!m?.stale) markStale(sheet);
    memory.set(key, { ...(m ?? unknownSheet(sheet.getSheetId())), stale: true });
    out.push(written(key, () => sheet, false, { stale: true }));
  }
  return out;
}

/** A result whose name is read from the sheet only when someone asks (the nightly check does not). */
function written(
  key: string,
  sheetOf: () => Sheet | null,
  created: boolean,
  flags: { stale?: true; unchanged?: true } = {},
): WrittenSheet {
  let name: string | undefined;
  return {
    key,
    created,
    ...flags,
    get name(): string {
      name ??= sheetOf()?.getName() ?? '';
      return name;
    },
  };
}
