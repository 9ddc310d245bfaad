/**
 * Russian words only the CLI prints (`bin/roadmap diagnose`), apart from ru.ts so that the
 * add-in's bundle, which keeps every function of a module it includes, does not carry them.
 */
import type { DiagnosticsReport } from '../diagnostics';
import { DIAGNOSTIC_LABELS } from './ru';

/** The report as Russian lines for the CLI: «ок    Блокировка документа доступна — получена и снята». */
export function diagnosticsLines(report: DiagnosticsReport): string[] {
  const { ok, bad, meaning, action } = DIAGNOSTIC_LABELS;
  const lines = report.checks.map((c) => {
    const head = `${c.ok ? ok.padEnd(5) : bad.toUpperCase()} ${c.title} — ${c.detail}`;
    return c.ok ? head : `${head}\n      ${meaning}: ${c.meaning}\n      ${action}: ${c.action}`;
  });
  const failed = report.checks.filter((c) => !c.ok).length;
  lines.push(
    '',
    failed === 0
      ? `Все проверки пройдены (${report.checks.length}).`
      : `Не пройдено проверок: ${failed} из ${report.checks.length}. Пришлите эту таблицу разработчикам.`,
  );
  return lines;
}
