/**
 * The sample plans beside «Открыть .xlsx…», in Chromium: choosing the school council's plan opens it
 * on its own day, the add-in reads its «Тема | Сроки проведения | Ответственный» table, and the
 * sidebar shows its measures.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { type Browser, launch } from './browser';
import { openPlaygroundPage, prepareAndCheck } from './playground-page';
import { type Playground, startPlayground } from './playground-server';

let playground: Playground;
let browser: Browser;
let page: Page;
let sidebar: FrameLocator;
const dialogs: string[] = [];

beforeAll(async () => {
  playground = await startPlayground();
  browser = await launch();
  ({ page, sidebar } = await openPlaygroundPage(browser, playground.url, dialogs, 'main.sidebar:not(.state-loading)'));
});
afterAll(async () => {
  await browser?.close();
  await playground?.stop();
});

test('lists the four samples and opens the school council\u2019s plan on 20.10.2021', async () => {
  const options = await page.locator('#samples option').allTextContents();
  expect(options.slice(1)).toEqual([
    'Дорожная карта кластера на 2021 год',
    'План работы попечительского совета школы, 2021/2022 (Тема · Сроки · Ответственный)',
    'Муниципальная программа «Развитие образования», 2015–2020 (начало · завершение)',
    'Мероприятия программы города Котельнича, 2010–2011 (начало · окончание · финансирование)',
  ]);
  await page.locator('#samples').selectOption('school-council-2021.xlsx');
  await page.getByRole('tab', { name: 'План работы', exact: true }).waitFor();
  expect(await page.locator('#today').inputValue()).toBe('2021-10-20');
  await page.locator('table.grid[data-sheet="План работы"]').waitFor();
  expect(await page.locator('table.grid[data-sheet="План работы"]').textContent()).toContain('Сроки проведения');
  // The add-in reads the table: eight questions; September's three questions overdue on 20.10.2021.
  await sidebar.getByTestId('today').filter({ hasText: '20.10.2021' }).waitFor();
  const chips = await prepareAndCheck(sidebar);
  expect(chips.reduce((sum, chip) => sum + Number(/^(\d+)/.exec(chip)?.[1] ?? 0), 0)).toBe(8);
  expect(await sidebar.locator('[data-testid="urgent-list"] button').count()).toBe(3);
  expect(dialogs).toEqual([]);
});
