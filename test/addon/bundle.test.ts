import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { parse } from 'acorn';

/**
 * The pipeline end to end: the BUILT dist/Code.js runs in a fresh V8 context with only
 * the Apps Script globals it touches, and every menu item names a top-level function.
 */
const codePath = path.join(__dirname, '../../dist/Code.js');

interface RecordedMenu {
  items: { label: string; handler: string }[];
  added: boolean;
}

function loadBundle(source: string) {
  const menus: RecordedMenu[] = [];
  const sidebars: { title: string; file: string }[] = [];
  const ui = {
    createAddonMenu() {
      const menu: RecordedMenu = { items: [], added: false };
      menus.push(menu);
      const builder = {
        addItem(label: string, handler: string) {
          menu.items.push({ label, handler });
          return builder;
        },
        addSeparator() {
          return builder;
        },
        addToUi() {
          menu.added = true;
        },
      };
      return builder;
    },
    showSidebar(output: { title: string; file: string }) {
      sidebars.push(output);
    },
  };
  const context = vm.createContext({
    SpreadsheetApp: { getUi: () => ui },
    HtmlService: {
      createHtmlOutputFromFile(file: string) {
        const output = { file, title: '', setTitle: (t: string) => Object.assign(output, { title: t }) };
        return output;
      },
    },
  });
  vm.runInContext(source, context, { filename: 'Code.js' });
  return { context: context as Record<string, unknown>, menus, sidebars };
}

/** Functions declared at the top level of the script: what Apps Script lists and lets menus and triggers call. */
function topLevelFunctions(source: string): Set<string> {
  const program = parse(source, { ecmaVersion: 2022, sourceType: 'script' });
  return new Set(
    program.body.flatMap((node) => (node.type === 'FunctionDeclaration' && node.id ? [node.id.name] : [])),
  );
}

function missingHandlers(source: string, items: { handler: string }[]): string[] {
  const declared = topLevelFunctions(source);
  return items.map((i) => i.handler).filter((h) => !declared.has(h));
}

describe('the built bundle', () => {
  const source = readFileSync(codePath, 'utf8');

  it('adds the «Дорожная карта» menu on open, with every handler a top-level function', () => {
    const { context, menus } = loadBundle(source);
    (context.onOpen as (e: unknown) => void)({ authMode: 'NONE' });
    expect(menus).toHaveLength(1);
    const menu = menus[0] as RecordedMenu;
    expect(menu.added).toBe(true);
    expect(menu.items.map((i) => i.label)).toContain('Открыть панель');
    expect(missingHandlers(source, menu.items)).toEqual([]);
    for (const item of menu.items) expect(typeof context[item.handler]).toBe('function');
  });

  it('builds the same menu on install', () => {
    const { context, menus } = loadBundle(source);
    (context.onInstall as (e: unknown) => void)({ authMode: 'FULL' });
    expect(menus[0]?.items.length).toBeGreaterThan(0);
  });

  it('opens dist/Sidebar.html titled «Дорожная карта»', () => {
    const { context, sidebars } = loadBundle(source);
    (context.openSidebar as () => void)();
    expect(sidebars).toEqual([expect.objectContaining({ file: 'Sidebar', title: 'Дорожная карта' })]);
  });

  it('reports a menu handler that is not a top-level function (the check can fail)', () => {
    const broken = source.replace(/^function openSidebar\(\) \{\n\}/m, '');
    expect(broken).not.toBe(source);
    const { context, menus } = loadBundle(broken);
    (context.onOpen as (e: unknown) => void)({ authMode: 'NONE' });
    expect(missingHandlers(broken, menus[0]?.items ?? [])).toEqual(['openSidebar']);
    expect(missingHandlers(source, menus[0]?.items ?? [])).toEqual([]);
  });
});

describe('the built sidebar', () => {
  const html = readFileSync(path.join(__dirname, '../../dist/Sidebar.html'), 'utf8');

  it('is one self-contained file: no external scripts, styles or URLs', () => {
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+href=/i);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/i);
  });
});
