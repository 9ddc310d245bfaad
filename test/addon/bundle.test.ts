import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'acorn';
import { SERVER_FUNCTIONS } from '../../src/addon/api-types';
import { DIAGNOSTIC_TEXTS, ROLE_LABELS, SETTING_TEXTS, say } from '../../src/core/i18n';
import { Runtime } from '../../src/local/emulator/runtime';
import { EmulatedSpreadsheet } from '../../src/local/emulator/spreadsheet';
import type { RecordedMenuItem } from '../../src/local/emulator/ui';
import { Host } from '../../src/local/host';

/**
 * The pipeline end to end: the BUILT dist/Code.js runs in the offline host (a fresh V8
 * context whose globals are the emulator), and every menu item names a top-level function.
 * The clock stands at 2021-06-15 09:00 in Tomsk.
 */
const codePath = path.join(__dirname, '../../dist/Code.js');

function loadBundle(source?: string, addOn = false) {
  const runtime = new Runtime();
  runtime.clock.set(Date.UTC(2021, 5, 15, 2, 0));
  const spreadsheet = new EmulatedSpreadsheet(runtime, { name: 'Дорожная карта' });
  return new Host({ runtime, spreadsheet, codePath, source, addOn });
}

/** Functions declared at the top level of the script: what Apps Script lists and lets menus and triggers call. */
function topLevelFunctions(source: string): Set<string> {
  const program = parse(source, { ecmaVersion: 2022, sourceType: 'script' });
  return new Set(
    program.body.flatMap((node) => (node.type === 'FunctionDeclaration' && node.id ? [node.id.name] : [])),
  );
}

function handlers(items: RecordedMenuItem[]): string[] {
  return items.flatMap((i) => (i.kind === 'item' ? [i.handler] : i.kind === 'submenu' ? handlers(i.menu.items) : []));
}

function missingHandlers(source: string, items: RecordedMenuItem[]): string[] {
  const declared = topLevelFunctions(source);
  return handlers(items).filter((h) => !declared.has(h));
}

describe('the built bundle', () => {
  const source = readFileSync(codePath, 'utf8');

  it('adds the «Дорожная карта» menu on open, even before the add-on is used in the file (AuthMode.NONE)', () => {
    const host = loadBundle();
    const [result] = host.open({ authMode: 'NONE' });
    expect(result?.error).toBeUndefined();
    expect(host.ui.visibleMenus).toHaveLength(1);
    const items = host.ui.visibleMenus[0]?.items ?? [];
    expect(items.flatMap((i) => (i.kind === 'item' ? [i.label] : []))).toContain('Открыть панель');
    expect(missingHandlers(source, items)).toEqual([]);
    for (const handler of handlers(items)) expect(host.hasFunction(handler)).toBe(true);
  });

  it('a script bound to the file gets a top-level «Дорожная карта» menu; an installed add-on, the add-on menu', () => {
    const bound = loadBundle();
    bound.open();
    expect(bound.ui.visibleMenus.map((m) => ({ title: m.title, addon: m.addon }))).toEqual([
      { title: 'Дорожная карта', addon: false },
    ]);
    const addOn = loadBundle(undefined, true);
    addOn.open({ authMode: 'NONE' });
    expect(addOn.ui.visibleMenus.map((m) => ({ title: m.title, addon: m.addon }))).toEqual([
      { title: '', addon: true },
    ]);
    expect(handlers(addOn.ui.visibleMenus[0]?.items ?? [])).toEqual(handlers(bound.ui.visibleMenus[0]?.items ?? []));
    // Installed and used (FULL): the installation source decides, not the auth mode.
    const installed = loadBundle(undefined, true);
    installed.install();
    expect(installed.ui.visibleMenus.map((m) => m.addon)).toEqual([true]);
  });

  it('builds the same menu on install', () => {
    const host = loadBundle();
    expect(host.install().ok).toBe(true);
    expect(host.ui.visibleMenus[0]?.items.length).toBeGreaterThan(0);
  });

  it('opens dist/Sidebar.html titled «Дорожная карта»', () => {
    const host = loadBundle();
    host.run('openSidebar');
    expect(host.ui.sidebars).toEqual([expect.objectContaining({ file: 'Sidebar', title: 'Дорожная карта' })]);
  });

  it('reports a menu handler that is not a top-level function (the check can fail)', () => {
    const broken = source.replace(/^function openSidebar\(\) \{\n\}/m, '');
    expect(broken).not.toBe(source);
    const host = loadBundle(broken);
    host.open({ authMode: 'NONE' });
    const items = host.ui.visibleMenus[0]?.items ?? [];
    expect(missingHandlers(broken, items)).toEqual(['openSidebar']);
    expect(missingHandlers(source, items)).toEqual([]);
  });
});

/**
 * google.script.run can call every top-level function whose name does not end in `_` (Google's
 * "private functions"), from any editor's browser, with any arguments. Each such function must
 * be one a person may run anyway, or refuse to act without its trigger's event. The sidebar's
 * are the contract's (SERVER_FUNCTIONS, src/addon/api-types.ts).
 */
/** What they do a person does by opening or editing the file. */
const SIMPLE_TRIGGERS = ['onOpen', 'onInstall', 'onEdit'];
/** Refuse without the recorded trigger's event (test/addon/reminders/nightly.test.ts). */
const GUARDED = ['nightlyCheck'];
/** The executors' web app: acts only on a signed token (test/addon/answers/loop.test.ts). */
const WEB_APP = ['doGet', 'doPost'];

function reachableFromBrowser(source: string): string[] {
  return [...topLevelFunctions(source)].filter((name) => !name.endsWith('_'));
}

describe('functions reachable with google.script.run (issue 14)', () => {
  const source = readFileSync(codePath, 'utf8');
  const host = loadBundle();
  host.open();
  const menu = handlers(host.ui.visibleMenus[0]?.items ?? []);
  const allowed = new Set<string>([...SERVER_FUNCTIONS, ...SIMPLE_TRIGGERS, ...GUARDED, ...WEB_APP, ...menu]);

  it('are only menu items, the sidebar’s API, simple triggers and the guarded nightly handler', () => {
    expect(reachableFromBrowser(source).filter((name) => !allowed.has(name))).toEqual([]);
  });

  it('are exactly the sidebar contract’s functions and the known others (menu, triggers, web app, the CLI’s report)', () => {
    const known = new Set([...allowed, 'getCheckReport_']);
    expect([...topLevelFunctions(source)].sort()).toEqual([...known].sort());
    for (const name of SERVER_FUNCTIONS) expect(host.hasFunction(name)).toBe(true);
  });

  it('the exactness check can fail: a contract function missing from the bundle is reported', () => {
    const without = source.replace(/^function revokeAnswerLinks\(\) \{\n\}\n/m, '');
    expect(without).not.toBe(source);
    const declared = topLevelFunctions(without);
    expect(SERVER_FUNCTIONS.filter((name) => !declared.has(name))).toEqual(['revokeAnswerLinks']);
  });

  it('the CLI-only report is private (trailing underscore) and still runs in the offline host', () => {
    expect(topLevelFunctions(source).has('getCheckReport_')).toBe(true);
    expect(topLevelFunctions(source).has('getCheckReport')).toBe(false);
  });

  it('the check can fail: a public function nobody classified is reported', () => {
    const widened = `${source}\nfunction getCheckReport() { return getCheckReport_(); }\n`;
    expect(reachableFromBrowser(widened).filter((name) => !allowed.has(name))).toEqual(['getCheckReport']);
  });

  it('the nightly handler called from the sidebar refuses and records nothing', () => {
    const called = loadBundle();
    expect(called.callFromSidebar('nightlyCheck', [])).toEqual({ error: expect.stringContaining('триггером') });
    expect(called.properties.document?.data.size).toBe(0);
  });
});

describe('the built sidebar', () => {
  const html = readFileSync(path.join(__dirname, '../../dist/Sidebar.html'), 'utf8');

  it('is one self-contained file: no external scripts, styles or URLs', () => {
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+href=/i);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/i);
  });

  it('carries its own labels but not the add-in’s sentences (i18n/ru-labels.ts, not ru.ts)', () => {
    expect(html).toContain(ROLE_LABELS.deadline);
    expect(html).toContain(SETTING_TEXTS.nightlyHour);
    // Sentences only the server says: the sidebar shows them as the server sends them.
    expect(html).not.toContain(say({ code: 'nightly-not-trigger' }));
    expect(html).not.toContain(DIAGNOSTIC_TEXTS.cleanup[0]);
  });
});

/**
 * Issue 18: the bundle may only shrink. Webpack is run unminified (readable stack traces), so it
 * keeps every function of a module it includes, called or not: code only the CLI, the tests or
 * the benchmarks use lives in modules the add-in does not import (deadline/describe.ts,
 * i18n/ru-cli.ts, calendar/sources.ts).
 */
type AstNode = { type: string; [key: string]: unknown };

/** The names an AST node reads: identifiers, but not property names after `.` or before `:`. */
function namesIn(node: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    for (const child of node) namesIn(child, into);
  } else if (node && typeof node === 'object' && typeof (node as AstNode).type === 'string') {
    const n = node as AstNode;
    if (n.type === 'Identifier') into.add(n.name as string);
    for (const [key, child] of Object.entries(n)) {
      const propertyName =
        key === 'property' && n.type === 'MemberExpression' && !n.computed
          ? true
          : key === 'key' && ['Property', 'MethodDefinition', 'PropertyDefinition'].includes(n.type) && !n.computed;
      if (!propertyName && key !== 'id') namesIn(child, into);
    }
  }
  return into;
}

/** The names a top-level statement declares (function, class, const/let/var, destructured too). */
function declaredBy(statement: AstNode): string[] {
  if (statement.type === 'FunctionDeclaration' || statement.type === 'ClassDeclaration')
    return [((statement.id as AstNode).name as string) ?? ''];
  if (statement.type !== 'VariableDeclaration') return [];
  const patternNames = (pattern: unknown): string[] => {
    const p = pattern as AstNode;
    if (p.type === 'Identifier') return [p.name as string];
    if (p.type === 'ObjectPattern')
      return (p.properties as AstNode[]).flatMap((q) => patternNames(q.value ?? q.argument));
    if (p.type === 'ArrayPattern') return (p.elements as AstNode[]).flatMap((q) => (q ? patternNames(q) : []));
    if (p.type === 'AssignmentPattern') return patternNames(p.left);
    if (p.type === 'RestElement') return patternNames(p.argument);
    return [];
  };
  return (statement.declarations as AstNode[]).flatMap((d) => patternNames(d.id));
}

/**
 * The module-level functions and constants inside webpack's wrapper that nothing reachable
 * reads: reachability starts at the statements that are not declarations (the export table the
 * Apps Script globals call, the module's own top-level code) and follows the names each
 * reachable declaration reads. So a helper called only by another uncalled helper is found too.
 * Names are matched as text, never by scope: a local of the same name keeps a helper alive, so
 * the check can miss dead code but never calls live code dead.
 */
function unreachable(source: string): string[] {
  const program = parse(source, { ecmaVersion: 2022, sourceType: 'script' }) as unknown as AstNode;
  const wrapper = (program.body as AstNode[]).find(
    (s) =>
      s.type === 'ExpressionStatement' &&
      ((s.expression as AstNode).callee as AstNode)?.type === 'ArrowFunctionExpression',
  );
  if (!wrapper) throw new Error('no webpack wrapper in the bundle');
  const body = (((wrapper.expression as AstNode).callee as AstNode).body as AstNode).body as AstNode[];
  const declarations = new Map<string, AstNode[]>();
  const queue: string[] = [];
  for (const statement of body) {
    const names = declaredBy(statement);
    for (const name of names) declarations.set(name, [...(declarations.get(name) ?? []), statement]);
    if (names.length === 0) queue.push(...namesIn(statement));
  }
  // Webpack inlines a constant export where it is used and leaves its declaration: that counts as a use.
  for (const m of source.matchAll(/\/\* inlined export \.([\w$]+) \*\//g)) queue.push(m[1] as string);
  const reached = new Set<string>();
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    if (reached.has(name)) continue;
    reached.add(name);
    for (const statement of declarations.get(name) ?? []) queue.push(...namesIn(statement));
  }
  return [...declarations.keys()].filter((name) => !reached.has(name) && !name.startsWith('__webpack')).sort();
}

describe('the built bundle carries no function it never calls', () => {
  const source = readFileSync(codePath, 'utf8');

  it('every module-level function or constant of dist/Code.js is reachable from the add-in’s globals', () => {
    expect(declarationCount(source)).toBeGreaterThan(500);
    expect(unreachable(source)).toEqual([]);
  });

  it('the check can fail: an uncalled helper, and the helper only it calls, are both reported', () => {
    const marker = '// EXPORTS\n';
    expect(source).toContain(marker);
    const withDead = source.replace(
      marker,
      `function onlyCalledByDead(x) {\n  return cellText(x);\n}\nconst neverRead = (x) => onlyCalledByDead(x);\n${marker}`,
    );
    expect(unreachable(withDead)).toEqual(['neverRead', 'onlyCalledByDead']);
  });

  it('a helper is reached through the globals’ export table and through top-level code', () => {
    const marker = '// EXPORTS\n';
    const withUsed = source.replace(
      marker,
      `const usedAtLoad = (x) => x;\nconst LOADED = [usedAtLoad(1)];\nconsole.log(LOADED);\n${marker}`,
    );
    expect(unreachable(withUsed)).toEqual([]);
  });
});

function declarationCount(source: string): number {
  return [...source.matchAll(/^ {0,2}(?:function\*? |const |let |class )([A-Za-z_$][\w$]*)/gm)].length;
}
