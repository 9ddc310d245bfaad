/**
 * «Столбцы таблицы» in Chromium: a workbook whose header the add-in does not recognise (Excel's
 * «Столбец1»…«Столбец5»), opened in the playground at 2021-06-15. The sidebar opens the section
 * instead of an error, the person maps the columns from the drop-downs, and the table is then
 * prepared and checked like any other — the choice kept in the document's properties. A second
 * such plan («План 2022») is then chosen from the sheet drop-down.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { unrecognised } from '../fixtures/roadmaps/unrecognised';
import { fixtureXlsx } from '../fixtures/roadmaps/xlsx';
import { artifact, type Browser, launch } from './browser';
import { openPlaygroundPage } from './playground-page';
import { type Playground, startPlayground } from './playground-server';

let playground: Playground;
let browser: Browser;
let page: Page;
let sidebar: FrameLocator;
const dialogs: string[] = [];

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'roadmap-columns-'));
  const file = path.join(dir, 'unnamed.xlsx');
  writeFileSync(
    file,
    await fixtureXlsx([
      { name: 'План', values: unrecognised.values },
      { name: 'План 2022', values: [['План работы кластера на 2022 год'], ...unrecognised.values.slice(1)] },
      {
        name: 'Исполнители',
        values: [
          ['Исполнитель', 'E-mail', 'Копия', 'Примечание'],
          ['Руководители ПОО', 'poo@example.org', '', ''],
          ['Рабочая группа', 'group@example.org', '', ''],
          ['Координационный совет', 'council@example.org', '', ''],
        ],
      },
    ]),
  );
  playground = await startPlayground(['--file', file, '--date', '2021-06-15']);
  browser = await launch();
  ({ page, sidebar } = await openPlaygroundPage(browser, playground.url, dialogs, 'main.sidebar:not(.state-loading)'));
});
afterAll(async () => {
  await browser?.close();
  await playground?.stop();
});

const section = () => sidebar.locator('#table-columns');

/** Picks the column whose option starts with the letter for a role. */
async function choose(role: string, letter: string): Promise<void> {
  const select = sidebar.locator(`#table-column-${role}`);
  const option = select.locator('option', { hasText: new RegExp(`^${letter} — `) });
  await select.selectOption(String(await option.getAttribute('value')));
}

test('opens «Столбцы таблицы» instead of an error, with the best guess of the header row', async () => {
  expect(await section().getAttribute('open')).not.toBeNull();
  await section().getByText('Надстройка не узнала заголовки таблицы').waitFor();
  await sidebar.getByTestId('table-form').waitFor();
  expect(await sidebar.getByLabel('Строка заголовка').inputValue()).toBe('2');
  expect(await sidebar.getByRole('button', { name: 'Подготовить таблицу' }).count()).toBe(0);
  await section().screenshot({ path: artifact('table-columns.png') });
});

test('maps the columns by hand, then prepares and checks the table', async () => {
  await choose('number', 'A');
  await choose('measure', 'B');
  await choose('executors', 'C');
  await choose('deadline', 'D');
  await choose('result', 'E');
  await sidebar.getByRole('button', { name: 'Сохранить столбцы' }).click();
  await sidebar.getByText(/Столбцы таблицы сохранены .*мероприятий — 4/).waitFor();

  await sidebar.getByRole('button', { name: 'Подготовить таблицу' }).click();
  await sidebar.getByRole('button', { name: 'Проверить сроки' }).click();
  await sidebar.getByTestId('last-check').filter({ hasNotText: 'ещё не проводилась' }).waitFor();
  const chips = await sidebar.locator('[data-testid="state-chips"] .chip').allTextContents();
  const total = chips.reduce((sum, chip) => sum + Number(/^(\d+)/.exec(chip)?.[1] ?? 0), 0);
  expect(total).toBe(4);
  // 1.1 «март 2021 г.» and 1.2 «до 01.06.2021» are overdue on 15.06.2021.
  expect(await sidebar.locator('[data-testid="urgent-list"] button').count()).toBeGreaterThanOrEqual(2);

  // The add-in wrote its columns into the person's sheet, right of the five chosen ones.
  const view = (await (await page.request.get(`${playground.url}/api/view`)).json()).view as {
    sheets: { name: string; cells: ({ text: string } | null)[][] }[];
  };
  const header = view.sheets.find((s) => s.name === 'План')?.cells[1]?.map((c) => c?.text ?? '') ?? [];
  expect(header.slice(0, 5)).toEqual(['Столбец1', 'Столбец2', 'Столбец3', 'Столбец4', 'Столбец5']);
  expect(header).toContain('Состояние');
});

test('after a reload the section says the columns are the person’s', async () => {
  await page.reload();
  sidebar = page.frameLocator('#sidebar');
  await sidebar.locator('[data-testid="state-chips"]').waitFor();
  await section().locator('summary').click();
  await sidebar.getByTestId('table-source').filter({ hasText: 'столбцы указаны вручную' }).waitFor();
  await sidebar.getByTestId('table-form').waitFor();
  expect(await sidebar.locator('#table-column-executors').inputValue()).toBe('3');
  expect(await sidebar.getByTestId('addin-columns').textContent()).toContain('Состояние');
  expect(dialogs).toEqual([]);
});

test('«Определять автоматически» forgets the choice: the table is unrecognised again', async () => {
  await sidebar.getByRole('button', { name: 'Определять автоматически' }).click();
  await sidebar.getByText('Таблица снова определяется автоматически').waitFor();
  await section().getByText('Надстройка не узнала заголовки таблицы').waitFor();
  expect(await section().getAttribute('open')).not.toBeNull();
  expect(await sidebar.getByRole('button', { name: 'Проверить сроки' }).count()).toBe(0);
});

test('another plan is chosen from the sheet drop-down and becomes the one read', async () => {
  const sheet = sidebar.getByLabel('Лист', { exact: true });
  const option = sheet.locator('option', { hasText: 'План 2022' });
  await sheet.selectOption(String(await option.getAttribute('value')));
  await sidebar
    .getByLabel('Строка заголовка')
    .locator('option', { hasText: 'План работы кластера на 2022 год' })
    .waitFor({ state: 'attached' });
  await choose('measure', 'B');
  await choose('executors', 'C');
  await choose('deadline', 'D');
  await sidebar.getByRole('button', { name: 'Сохранить столбцы' }).click();
  await sidebar.getByText(/Столбцы таблицы сохранены \(лист «План 2022»\)/).waitFor();
  await sidebar.getByText('План на 2022 год · лист «План 2022»').waitFor();
});
