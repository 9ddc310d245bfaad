import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { tokenizer } from 'acorn';
import { transformSync } from 'esbuild';

/**
 * Words in one place (issue 18): the add-in's modules write no Russian of their own — their
 * sentences come from core/i18n (MESSAGE_TEXTS, say) and their sheet words from the labels of the
 * core module that reads them. Every module of src/addon is checked, a new one too; comments do
 * not count, only string and template literals of the code.
 */
const ADDON = path.join(__dirname, '../../src/addon');

const MODULES = readdirSync(ADDON, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.split(path.sep).join('/'))
  .sort();

/** A token's text (acorn's type leaves `value` out). */
const tokenText = (token: object) => (token as { value?: unknown }).value ?? '';

/** The Russian string and template literals of a TypeScript module (its comments left out). */
function russianLiterals(file: string): string[] {
  const source = readFileSync(path.join(ADDON, file), 'utf8');
  const { code } = transformSync(source, { loader: 'ts', format: 'esm' });
  const found: string[] = [];
  for (const token of tokenizer(code, { ecmaVersion: 'latest', sourceType: 'module' })) {
    const text = String(tokenText(token));
    if ((token.type.label === 'string' || token.type.label === 'template') && /[А-Яа-яЁё]/.test(text)) found.push(text);
  }
  return found;
}

describe('the add-in’s modules take their words from core/i18n', () => {
  it.each(MODULES)('src/addon/%s has no Russian literal', (file) => {
    expect(russianLiterals(file)).toEqual([]);
  });

  it('checks every module', () => {
    expect(MODULES).toEqual(
      expect.arrayContaining(['api.ts', 'summaries/placement.ts', 'diagnostics.ts', 'menu-actions.ts', 'menu.ts']),
    );
    expect(MODULES.length).toBeGreaterThan(30);
  });

  it('sees a Russian literal where there is one (and not in a comment)', () => {
    const { code } = transformSync("/** «Сводка» */ const a = 'Сводка'; const b = `лист`;", { loader: 'ts' });
    const labels = [...tokenizer(code, { ecmaVersion: 'latest' })]
      .filter((t) => /[А-Яа-яЁё]/.test(String(tokenText(t))))
      .map((t) => t.type.label);
    expect(labels).toEqual(['string', 'template']);
  });
});
