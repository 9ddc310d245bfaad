/// <reference types="google-apps-script" />
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SandboxMode, XFrameOptionsMode } from './enums';
import { gasError, type Runtime } from './runtime';

/**
 * HtmlService over a folder of built pages (dist/): createHtmlOutputFromFile('Sidebar')
 * reads dist/Sidebar.html. Templates support <? ?>, <?= ?> (escaped) and <?!= ?> (raw).
 */
export type EmulatedHtmlService = Pick<
  GoogleAppsScript.HTML.HtmlService,
  'createHtmlOutput' | 'createHtmlOutputFromFile' | 'createTemplate' | 'createTemplateFromFile' | 'SandboxMode'
>;

export class EmulatedHtmlOutput {
  title = '';
  /** addMetaTag: Google ignores <meta> in the content of a web app page; only these reach the page. */
  readonly metaTags: { name: string; content: string }[] = [];
  width = 0;
  height = 0;
  constructor(
    private readonly runtime: Runtime,
    public content: string,
    /** The file it came from ('Sidebar'), or null. */
    readonly file: string | null = null,
  ) {}
  private touch(method: string) {
    this.runtime.call('Builder', `HtmlOutput.${method}`);
  }
  setTitle(title: string): this {
    this.touch('setTitle');
    this.title = String(title);
    return this;
  }
  addMetaTag(name: string, content: string): this {
    this.touch('addMetaTag');
    // Google allows only a few names (viewport, apple-mobile-web-app-capable, mobile-web-app-capable).
    if (!['viewport', 'apple-mobile-web-app-capable', 'mobile-web-app-capable'].includes(name))
      throw gasError(`Meta tag name ${name} is not allowed.`);
    this.metaTags.push({ name: String(name), content: String(content) });
    return this;
  }
  getTitle(): string {
    this.touch('getTitle');
    return this.title;
  }
  setWidth(width: number): this {
    this.touch('setWidth');
    this.width = width;
    return this;
  }
  getWidth(): number {
    this.touch('getWidth');
    return this.width;
  }
  setHeight(height: number): this {
    this.touch('setHeight');
    this.height = height;
    return this;
  }
  getHeight(): number {
    this.touch('getHeight');
    return this.height;
  }
  getContent(): string {
    this.touch('getContent');
    return this.content;
  }
  setContent(content: string): this {
    this.touch('setContent');
    this.content = content;
    return this;
  }
  append(added: string): this {
    this.touch('append');
    this.content += added;
    return this;
  }
  clear(): this {
    this.touch('clear');
    this.content = '';
    return this;
  }
  /** Sandbox mode is always IFRAME on Google; the call is accepted and ignored. */
  setSandboxMode(_mode: unknown): this {
    this.touch('setSandboxMode');
    return this;
  }
  setXFrameOptionsMode(_mode: unknown): this {
    this.touch('setXFrameOptionsMode');
    return this;
  }
}

function escapeHtml(value: unknown): string {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Compiles scriptlets into JS source that appends to `__out`. */
function compileTemplate(source: string): string {
  let code = '';
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    code += `__out += ${JSON.stringify(source.slice(last, m.index))};\n`;
    if (m[1] === '=') code += `__out += __escape(${m[2]});\n`;
    else if (m[1] === '!=') code += `__out += String(${m[2]});\n`;
    else code += `${m[2]}\n`;
    last = re.lastIndex;
  }
  return `${code}__out += ${JSON.stringify(source.slice(last))};\n`;
}

export function createHtmlService(runtime: Runtime, options: { htmlDir: string }): EmulatedHtmlService {
  const readFile = (name: string): string => {
    const file = path.join(options.htmlDir, `${name}.html`);
    // Names are case-sensitive and given without ".html".
    if (typeof name !== 'string' || name.includes('/') || !existsSync(file))
      throw gasError(`No HTML file named ${name} was found.`);
    return readFileSync(file, 'utf8');
  };
  const makeTemplate = (raw: string) => {
    const template: Record<string, unknown> = {
      evaluate() {
        runtime.call('HtmlService', 'HtmlTemplate.evaluate');
        const scope: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(template)) if (typeof v !== 'function') scope[k] = v;
        // Scriptlets are code by definition, run server-side as on Google.
        const run = new Function(
          '__scope',
          '__escape',
          `let __out = ''; with (__scope) {\n${compileTemplate(raw)}}\nreturn __out;`,
        );
        return new EmulatedHtmlOutput(runtime, run(scope, escapeHtml) as string);
      },
      getRawContent: () => raw,
      getCode: () => compileTemplate(raw),
    };
    return template as unknown as GoogleAppsScript.HTML.HtmlTemplate;
  };
  const service = {
    SandboxMode,
    XFrameOptionsMode,
    createHtmlOutput(html?: unknown) {
      runtime.call('HtmlService', 'createHtmlOutput');
      return new EmulatedHtmlOutput(runtime, html === undefined ? '' : String(html));
    },
    createHtmlOutputFromFile(name: string) {
      runtime.call('HtmlService', 'createHtmlOutputFromFile');
      return new EmulatedHtmlOutput(runtime, readFile(name), name);
    },
    createTemplate(html: unknown) {
      runtime.call('HtmlService', 'createTemplate');
      return makeTemplate(String(html));
    },
    createTemplateFromFile(name: string) {
      runtime.call('HtmlService', 'createTemplateFromFile');
      return makeTemplate(readFile(name));
    },
  };
  return service as unknown as EmulatedHtmlService;
}
