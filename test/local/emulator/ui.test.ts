import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHtmlService } from '../../../src/local/emulator/html';
import { Runtime } from '../../../src/local/emulator/runtime';
import { createUi, UiRecorder } from '../../../src/local/emulator/ui';

function setup() {
  const runtime = new Runtime();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'html-'));
  writeFileSync(path.join(dir, 'Sidebar.html'), '<h1>Панель</h1>');
  writeFileSync(
    path.join(dir, 'Hello.html'),
    '<p><?= name ?> <?!= raw ?></p><? for (var i = 0; i < 2; i++) { ?>*<? } ?>',
  );
  const recorder = new UiRecorder();
  return { recorder, ui: createUi(runtime, recorder), html: createHtmlService(runtime, { htmlDir: dir }) };
}

describe('Ui and HtmlService', () => {
  it('records an add-on menu with its items and handlers', () => {
    const { ui, recorder } = setup();
    ui.createAddonMenu()
      .addItem('Открыть панель', 'openSidebar')
      .addSeparator()
      .addItem('Справка', 'showHelp')
      .addToUi();
    expect(recorder.visibleMenus[0]).toMatchObject({ addon: true, added: true });
    expect(recorder.visibleMenus[0]?.items.map((i) => (i.kind === 'item' ? i.handler : i.kind))).toEqual([
      'openSidebar',
      'separator',
      'showHelp',
    ]);
  });

  it('shows a sidebar read from dist/<name>.html, and refuses an unknown or mis-cased name', () => {
    const { ui, html, recorder } = setup();
    ui.showSidebar(html.createHtmlOutputFromFile('Sidebar').setTitle('Дорожная карта'));
    expect(recorder.sidebars).toEqual([
      expect.objectContaining({ title: 'Дорожная карта', file: 'Sidebar', content: '<h1>Панель</h1>' }),
    ]);
    expect(() => html.createHtmlOutputFromFile('sidebar')).toThrow('No HTML file named sidebar was found.');
    expect(() => html.createHtmlOutputFromFile('Sidebar.html')).toThrow('No HTML file named Sidebar.html was found.');
  });

  it('evaluates templates: escaped, raw and code scriptlets', () => {
    const { html } = setup();
    const t = html.createTemplateFromFile('Hello');
    t.name = '<Иван>';
    t.raw = '<b>!</b>';
    expect(t.evaluate().getContent()).toBe('<p>&lt;Иван&gt; <b>!</b></p>**');
  });

  it('answers alerts and prompts from the script, and records them', () => {
    const { ui, recorder } = setup();
    recorder.answer('YES');
    expect(ui.alert('Отправить?', 'Отправить 4 письма?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    expect(ui.alert('Готово')).toBe(ui.Button.OK);
    // An unscripted question: the person closed the dialog.
    expect(ui.alert('Удалить?', ui.ButtonSet.YES_NO)).toBe(ui.Button.CLOSE);
    recorder.answer('OK', '9');
    const response = ui.prompt('Час проверки', 'Введите час', ui.ButtonSet.OK_CANCEL);
    expect([response.getSelectedButton(), response.getResponseText()]).toEqual([ui.Button.OK, '9']);
    expect(recorder.dialogs.map((d) => [d.kind, d.title, d.buttons, d.answer])).toEqual([
      ['alert', 'Отправить?', 'YES_NO', 'YES'],
      ['alert', '', 'OK', 'OK'],
      ['alert', '', 'YES_NO', 'CLOSE'],
      ['prompt', 'Час проверки', 'OK_CANCEL', 'OK'],
    ]);
  });
});
