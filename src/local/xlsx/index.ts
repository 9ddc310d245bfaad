/**
 * The .xlsx bridge: a workbook file ↔ an EmulatedSpreadsheet (exceljs).
 *   const ss = await readXlsx('samples/roadmap-2021.xlsx', { runtime });
 *   await writeXlsx(ss, '/tmp/out.xlsx'); // also resolves to the bytes
 */
export { META_SHEET } from './meta-sheet';
export { type ReadOptions, readXlsx } from './read';
export { writeXlsx } from './write';
