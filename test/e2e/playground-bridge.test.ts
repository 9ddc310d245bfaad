/**
 * The playground's own machinery in Chromium, apart from the add-in: the real sidebar page
 * and the real shim, but a small stand-in Code.js (fixtures/Code.js). Covers the bridge
 * (success and failure handlers), the selection, the menu, onEdit from the grid, the
 * outbox, the clock, download and upload. Sample: roadmap-2021.xlsx on 2021-06-15.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { artifact, type Browser, launch, ROOT } from './browser';
import { openPlaygroundPage } from './playground-page';
import { type Playground, startPlayground } from './playground-server';

const XSS_TITLE = '<img src=x onerror=alert(1)>';

let dist: string;
let playground: Playground;
let browser: Browser;
let page: Page;
let sidebar: FrameLocator;
const dialogs: string[] = [];

/** A new tab on the playground, the sidebar in it loaded. */
async function openPage(): Promise<void> {
  ({ page, sidebar } = await openPlaygroundPage(browser, playground.url, dialogs, '[data-testid="state-chips"]'));
}

beforeAll(async () => {
  dist = mkdtempSync(path.join(tmpdir(), 'roadmap-dist-'));
  copyFileSync(path.join(__dirname, 'fixtures/Code.js'), path.join(dist, 'Code.js'));
  copyFileSync(path.join(ROOT, 'dist/Sidebar.html'), path.join(dist, 'Sidebar.html'));
  copyFileSync(path.join(ROOT, 'appsscript.json'), path.join(dist, 'appsscript.json'));
  playground = await startPlayground(['--dist', dist]);
  browser = await launch();
  await openPage();
});
afterAll(async () => {
  await browser?.close();
  await playground?.stop();
  rmSync(dist, { recursive: true, force: true });
});

const view = async () => (await (await page.request.get(`${playground.url}/api/view`)).json()).view;

test('the sidebar gets its state through google.script.run, with the simulated today', async () => {
  expect(await sidebar.getByTestId('today').textContent()).toBe('15.06.2021');
  expect(await sidebar.locator('[data-testid="urgent-list"] .item-title').textContent()).toContain(
    'Разработка и утверждение соглашения',
  );
});

test('the first google.script.run call is answered even when the page script runs after the iframe could load', async () => {
  // Issue 13: the sidebar iframe used to have src="/sidebar" in the markup, before the page's
  // script (the bridge's message listener) at the end of <body>. When the parser stalled
  // between the two (a busy machine), the sidebar loaded, posted getSidebarState and the
  // message was dropped: «Загрузка…» forever. Here the stall is made certain: a parser-blocking
  // script just before the page's own is held until the sidebar, if it loads at all, has loaded.
  const slow = await browser.context.newPage();
  try {
    const sidebarLoaded = slow
      .waitForEvent('framenavigated', { predicate: (f) => f.url().includes('/sidebar'), timeout: 5000 })
      .then((f) => f.waitForLoadState('load'))
      .catch(() => undefined);
    await slow.route(`${playground.url}/`, async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const at = html.lastIndexOf('<script>');
      await route.fulfill({ response, body: `${html.slice(0, at)}<script src="/stall.js"></script>${html.slice(at)}` });
    });
    await slow.route(`${playground.url}/stall.js`, async (route) => {
      await sidebarLoaded;
      await new Promise((resolve) => setTimeout(resolve, 500));
      await route.fulfill({ contentType: 'text/javascript', body: '' });
    });
    await slow.goto(playground.url);
    await slow.frameLocator('#sidebar').getByTestId('state-chips').waitFor();
    expect(await slow.frameLocator('#sidebar').getByTestId('today').textContent()).toBe('15.06.2021');
  } finally {
    await slow.close();
  }
});

test('a server error reaches the failure handler and is shown in Russian', async () => {
  await sidebar.getByRole('button', { name: 'Обновить сводки' }).click();
  await sidebar.getByText('Сводки не построены: нет листа «Сводка».').waitFor();
});

test('a server action updates the sidebar and the page', async () => {
  await sidebar.getByRole('button', { name: 'Проверить сроки' }).click();
  await sidebar.getByText('Сроки проверены.').waitFor();
  expect(await sidebar.getByTestId('last-check').textContent()).toBe('15.06.2021, 09:00');
});

test('selectCell highlights the cell in the grid', async () => {
  await sidebar.locator('[data-testid="urgent-list"] button').first().click();
  await page.locator('td.selected[data-row="12"][data-col="1"]').waitFor();
  expect((await view()).selection).toMatchObject({ row: 12, column: 1, numRows: 1, numColumns: 1 });
});

test('the add-in menu comes from onOpen and runs its handler', async () => {
  await page.getByRole('button', { name: 'Расширения ▾' }).click();
  const items = await page.locator('#menu-list [role=menuitem]').allTextContents();
  expect(items).toEqual(['Открыть панель', 'Проверить сроки']);
  await page.getByRole('menuitem', { name: 'Проверить сроки' }).click();
  await page.locator('#status', { hasText: '«Проверить сроки» выполнено.' }).waitFor();
});

test('editing a cell in the grid fires onEdit', async () => {
  const cell = page.locator('td[data-row="12"][data-col="4"]');
  await cell.dblclick();
  await cell.locator('input').fill('июль 2021 г.');
  await cell.locator('input').press('Enter');
  await page.locator('td[data-row="12"][data-col="5"]', { hasText: 'onEdit: июль 2021 г.' }).waitFor();
  expect(await cell.textContent()).toBe('июль 2021 г.');
});

test('sent e-mails show in the outbox as HTML, with the sheet text escaped', async () => {
  await page.request.post(`${playground.url}/api/edit`, {
    data: { sheet: (await view()).sheets[0].name, row: 12, column: 2, value: XSS_TITLE },
  });
  await sidebar.getByRole('button', { name: 'Предпросмотр напоминаний' }).click();
  await sidebar.getByRole('button', { name: 'Отправить', exact: true }).click();
  await sidebar.getByRole('button', { name: 'Да, отправить' }).click();
  await sidebar.getByTestId('send-outcome').waitFor();
  expect(await sidebar.getByTestId('send-outcome').textContent()).toContain('Отправлено: 2 письма.');
  await page.locator('#outbox-count', { hasText: '2' }).waitFor();
  await page.locator('#mail-list button').nth(1).click();
  expect(await page.locator('#mail-head').textContent()).toContain('council@example.org');
  expect(await page.frameLocator('#mail-body').locator('p').textContent()).toBe(`Просрочено: ${XSS_TITLE}`);
  expect(await page.locator(`td[data-row="12"][data-col="2"]`).textContent()).toBe(XSS_TITLE);
  await page.reload();
  sidebar = page.frameLocator('#sidebar');
  await sidebar.locator('[data-testid="urgent-list"] .item-title', { hasText: XSS_TITLE }).waitFor();
  expect(await sidebar.locator('img').count()).toBe(0);
  expect(await page.locator('img').count()).toBe(0);
  expect(dialogs).toEqual([]);
  await page.screenshot({ path: artifact('playground-bridge.png') });
});

test('the date field moves the simulated clock', async () => {
  await page.locator('#today').fill('2021-09-01');
  await page.getByRole('button', { name: 'Перевести часы' }).click();
  await sidebar.getByTestId('today').filter({ hasText: '01.09.2021' }).waitFor();
});

test('download gives an .xlsx that opens again with the edits', async () => {
  const response = await page.request.get(`${playground.url}/api/download`);
  expect(response.headers()['content-disposition']).toContain('roadmap-2021.xlsx');
  const bytes = await response.body();
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const copy = path.join(dist, 'copy.xlsx');
  writeFileSync(copy, bytes);
  await page.locator('#upload').setInputFiles(copy);
  await page.locator('#file', { hasText: 'copy.xlsx' }).waitFor();
  await sidebar.getByTestId('state-chips').waitFor();
  const v = await view();
  expect(v.file).toBe('copy.xlsx');
  expect(v.sheets[0].cells[11][1].text).toBe(XSS_TITLE);
});
