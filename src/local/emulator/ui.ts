/// <reference types="google-apps-script" />
import { Button, type ButtonName, ButtonSet, type EnumValue } from './enums';
import { EmulatedHtmlOutput } from './html';
import { gasError, type Runtime } from './runtime';

/**
 * The spreadsheet's Ui: menus, sidebars, dialogs, alerts and prompts, all recorded (toasts
 * are the Spreadsheet's own: EmulatedSpreadsheet.toasts).
 * Alerts and prompts take scripted answers (`ui.answer('YES')`, `ui.answer('OK', 'text')`);
 * an unscripted question is answered as if the person closed the dialog (CLOSE), a plain
 * OK alert with OK.
 */
export type EmulatedUi = Pick<
  GoogleAppsScript.Base.Ui,
  | 'Button'
  | 'ButtonSet'
  | 'alert'
  | 'prompt'
  | 'createMenu'
  | 'createAddonMenu'
  | 'showSidebar'
  | 'showModalDialog'
  | 'showModelessDialog'
>;

export type RecordedMenuItem =
  | { kind: 'item'; label: string; handler: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; menu: RecordedMenu };

export interface RecordedMenu {
  /** '' for the add-on menu, whose title is the add-on's name. */
  title: string;
  addon: boolean;
  items: RecordedMenuItem[];
  added: boolean;
}

export interface RecordedDialog {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: string;
  answer: ButtonName;
  text?: string;
  at: number;
}

export interface RecordedPanel {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  file: string | null;
  content: string;
  at: number;
}

/** Everything the person would have seen. */
export class UiRecorder {
  readonly menus: RecordedMenu[] = [];
  readonly panels: RecordedPanel[] = [];
  readonly dialogs: RecordedDialog[] = [];
  private readonly answers: { button: ButtonName; text: string }[] = [];

  /** Scripts the next alert/prompt answer. */
  answer(button: ButtonName, text = ''): void {
    this.answers.push({ button, text });
  }

  nextAnswer(): { button: ButtonName; text: string } | undefined {
    return this.answers.shift();
  }

  /** The menus that were added to the Ui, latest definition per title. */
  get visibleMenus(): RecordedMenu[] {
    return this.menus.filter((m) => m.added);
  }

  get sidebars(): RecordedPanel[] {
    return this.panels.filter((p) => p.kind === 'sidebar');
  }
}

type EmulatedMenu = GoogleAppsScript.Base.Menu & { readonly _recorded: RecordedMenu };

function buttonsOf(set: unknown): string {
  return set === undefined ? 'OK' : String(set);
}

export function createUi(runtime: Runtime, recorder: UiRecorder): EmulatedUi {
  const makeMenu = (title: string, addon: boolean): EmulatedMenu => {
    const recorded: RecordedMenu = { title, addon, items: [], added: false };
    const menu: EmulatedMenu = {
      _recorded: recorded,
      addItem(caption: string, functionName: string) {
        runtime.call('Ui', 'Menu.addItem');
        recorded.items.push({ kind: 'item', label: String(caption), handler: String(functionName) });
        return menu;
      },
      addSeparator() {
        runtime.call('Ui', 'Menu.addSeparator');
        recorded.items.push({ kind: 'separator' });
        return menu;
      },
      addSubMenu(sub: GoogleAppsScript.Base.Menu) {
        runtime.call('Ui', 'Menu.addSubMenu');
        recorded.items.push({ kind: 'submenu', menu: (sub as EmulatedMenu)._recorded });
        return menu;
      },
      addToUi() {
        runtime.call('Ui', 'Menu.addToUi');
        recorded.added = true;
      },
    };
    recorder.menus.push(recorded);
    return menu;
  };

  const ask = (kind: 'alert' | 'prompt', args: unknown[]) => {
    // alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons)
    const [title, prompt, buttons] =
      args.length >= 3 ? [String(args[0]), String(args[1]), args[2]] : ['', String(args[0] ?? ''), args[1]];
    const set = buttonsOf(buttons);
    const scripted = recorder.nextAnswer();
    const fallback: ButtonName = set === 'OK' && kind === 'alert' ? 'OK' : 'CLOSE';
    const answer = scripted?.button ?? fallback;
    const dialog: RecordedDialog = { kind, title, prompt, buttons: set, answer, at: runtime.clock.now() };
    if (kind === 'prompt') dialog.text = scripted?.text ?? '';
    recorder.dialogs.push(dialog);
    return { answer: Button[answer] as EnumValue, text: scripted?.text ?? '' };
  };

  const show = (kind: RecordedPanel['kind'], output: unknown, title?: string) => {
    if (!(output instanceof EmulatedHtmlOutput)) throw gasError('Invalid argument: userInterface');
    recorder.panels.push({
      kind,
      title: title ?? output.title,
      file: output.file,
      content: output.content,
      at: runtime.clock.now(),
    });
  };

  const ui = {
    Button,
    ButtonSet,
    createMenu(caption: string) {
      runtime.call('Ui', 'createMenu');
      return makeMenu(String(caption), false);
    },
    createAddonMenu() {
      runtime.call('Ui', 'createAddonMenu');
      return makeMenu('', true);
    },
    alert(...args: unknown[]) {
      runtime.call('Ui', 'alert');
      return ask('alert', args).answer;
    },
    prompt(...args: unknown[]) {
      runtime.call('Ui', 'prompt');
      const { answer, text } = ask('prompt', args);
      return { getResponseText: () => text, getSelectedButton: () => answer };
    },
    showSidebar(output: GoogleAppsScript.HTML.HtmlOutput) {
      runtime.call('Ui', 'showSidebar');
      show('sidebar', output);
    },
    showModalDialog(output: GoogleAppsScript.HTML.HtmlOutput, title: string) {
      runtime.call('Ui', 'showModalDialog');
      show('modal', output, String(title));
    },
    showModelessDialog(output: GoogleAppsScript.HTML.HtmlOutput, title: string) {
      runtime.call('Ui', 'showModelessDialog');
      show('modeless', output, String(title));
    },
  };
  return ui as unknown as EmulatedUi;
}
