/** axe-core (WCAG 2.0/2.1 A and AA) over a page: one line per failing node, so a failure lists them. */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './browser';

const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');

export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    type Node = { target: string[]; failureSummary?: string };
    type Violation = { id: string; impact: string; help: string; nodes: Node[] };
    const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return result.violations.flatMap((v) =>
      v.nodes.map(
        (n) =>
          `${v.id} (${v.impact}): ${v.help} — ${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`,
      ),
    );
  });
}
