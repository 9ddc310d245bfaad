/**
 * The built dist/Sidebar.html against a fake google.script.run (fixture state of 2021-06-15):
 * the sidebar alone, without the offline host.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { artifact, type Browser, launch, ROOT } from './browser';
import { type FakeCall, type FakeSetup, installFakeServer } from './fixtures/fake-server';
import { sidebarState, XSS_TITLE } from './fixtures/sidebar-state';

const SIDEBAR = path.join(ROOT, 'dist/Sidebar.html');

let browser: Browser;
let page: Page;
let dialogs: string[];

beforeAll(async () => {
  if (!existsSync(SIDEBAR)) throw new Error('dist/Sidebar.html is missing: run npm run build first.');
  browser = await launch();
});
afterAll(async () => browser?.close());

async function openSidebar(setup: FakeSetup): Promise<void> {
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 300, height: 1400 });
  dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.addInitScript(installFakeServer, setup);
  await page.goto(pathToFileURL(SIDEBAR).href);
  await page.getByRole('heading', { name: 'Дорожная карта', level: 1 }).waitFor();
}

beforeEach(async () => openSidebar({ state: sidebarState() }));
afterEach(async () => page?.close());

const calls = (): Promise<FakeCall[]> => page.evaluate(() => (window as unknown as { __calls: FakeCall[] }).__calls);

test('shows the plan, today, the counts by state and the % done (2021-06-15)', async () => {
  await expect(page.getByText('План на 2021 год')).toBeTruthy();
  expect(await page.getByTestId('today').textContent()).toBe('15.06.2021');
  expect(await page.getByTestId('last-check').textContent()).toBe('ещё не проводилась');
  const overdueChip = page.locator('[data-state="overdue"]');
  expect(await overdueChip.textContent()).toBe('3 Просрочено');
  expect(await page.locator('.chip').count()).toBe(7); // the zero states are not shown
  expect(await page.getByTestId('percent-done').textContent()).toBe('39%');
  await page.screenshot({ path: artifact('sidebar-static.png'), fullPage: true });
});

test('renders a measure titled as HTML as plain text, firing nothing', async () => {
  const item = page.locator('[data-testid="urgent-list"] button[data-row="21"]');
  expect(await item.locator('.item-title').textContent()).toContain(XSS_TITLE);
  expect(await page.locator('img').count()).toBe(0);
  await page.waitForTimeout(200);
  expect(dialogs).toEqual([]);
});

test('clicking an overdue measure selects its row, column 1', async () => {
  await page.locator('[data-testid="urgent-list"] button[data-row="14"]').click();
  await page.waitForTimeout(100);
  expect((await calls()).filter((c) => c.name === 'selectCell')).toEqual([{ name: 'selectCell', args: [14, 1] }]);
  expect(await page.locator('button[data-row="14"] .item-meta').textContent()).toBe('просрочено на 15 дней');
});

test('works from the keyboard: Tab to a measure, Enter selects its row, the focus is visible', async () => {
  const item = page.locator('[data-testid="urgent-list"] button[data-row="14"]');
  for (let i = 0; i < 10 && !(await item.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  expect(await item.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await item.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(100);
  expect((await calls()).filter((c) => c.name === 'selectCell')).toEqual([{ name: 'selectCell', args: [14, 1] }]);
});

test('clicking a problem selects its cell', async () => {
  await page.locator('[data-testid="problem-list"] button[data-row="40"]').click();
  await page.waitForTimeout(100);
  expect((await calls()).filter((c) => c.name === 'selectCell')).toEqual([{ name: 'selectCell', args: [40, 4] }]);
});

test('«Проверить сроки» shows the time of the check and the server notice', async () => {
  await page.getByRole('button', { name: 'Проверить сроки' }).click();
  await page.getByText('Сроки проверены: 33 мероприятия.').waitFor();
  expect(await page.getByTestId('last-check').textContent()).toBe('15.06.2021, 10:00'); // 03:00Z in Tomsk (+7)
});

test('previews, confirms and sends reminders with progress', async () => {
  await page.getByRole('button', { name: 'Предпросмотр напоминаний' }).click();
  await page.getByTestId('reminder-preview').waitFor();
  expect(await page.getByTestId('quota').textContent()).toBe('Нужно квоты: 3 из оставшихся 100 на сегодня');
  expect(await page.locator('.digest-to').allTextContents()).toEqual(['poo@example.org', 'industry@example.org']);
  await page.getByRole('button', { name: 'Отправить', exact: true }).click();
  await page.getByText('Отправить 2 письма (3 получателя)?').waitFor();
  await page.getByRole('button', { name: 'Да, отправить' }).click();
  await page.getByTestId('send-outcome').waitFor();
  expect(await page.getByTestId('send-outcome').textContent()).toContain('Отправлено: 2 письма.');
  expect((await calls()).filter((c) => c.name === 'sendReminders')).toHaveLength(2);
  expect(dialogs).toEqual([]); // the confirmation is inline, not window.confirm
});

test('turns the nightly check on and shows its owner', async () => {
  await page.getByRole('switch', { name: /Ночная проверка/ }).check();
  await page.getByTestId('nightly-owner').waitFor();
  expect(await page.getByTestId('nightly-owner').textContent()).toBe('me@example.org (вы)');
  expect(await page.getByRole('switch').isChecked()).toBe(true);
});

test('settings: client-side messages by field, then saved; server issues shown by field', async () => {
  await page.getByText('Настройки', { exact: true }).click();
  await page.getByLabel('«Скоро срок» за, дней').fill('семь');
  await page.getByLabel('Адрес координатора').fill('не адрес');
  await page.getByRole('button', { name: 'Сохранить настройки' }).click();
  await page.getByText('«Скоро срок»: целое число дней от 0 до 90.').waitFor();
  await page.getByText('Адрес координатора: укажите один корректный адрес e-mail.').waitFor();
  expect(await page.getByLabel('«Скоро срок» за, дней').getAttribute('aria-invalid')).toBe('true');
  expect((await calls()).some((c) => c.name === 'saveSettings')).toBe(false);

  await page.getByLabel('«Скоро срок» за, дней').fill('10');
  await page.getByLabel('Адрес координатора').fill('boss@example.org');
  await page.getByRole('button', { name: 'Сохранить настройки' }).click();
  await page.getByText('Настройки сохранены.').waitFor();
  const saved = (await calls()).find((c) => c.name === 'saveSettings')?.args[0] as Record<string, unknown>;
  expect(saved).toMatchObject({ dueSoonDays: 10, coordinatorEmail: 'boss@example.org', remindBeforeDays: [14, 3] });

  await page.getByLabel('Имя отправителя').fill('Отклонить');
  await page.getByRole('button', { name: 'Сохранить настройки' }).click();
  await page.getByText('Сервер отклонил имя.').waitFor();
});

test('every form control has an accessible name', async () => {
  await page.getByText('Настройки', { exact: true }).click();
  const unnamed = await page.evaluate(() =>
    Array.from(document.querySelectorAll('input, select, button'))
      .filter((el) => {
        const id = el.getAttribute('id');
        const label = id ? document.querySelector(`label[for="${id}"]`) : null;
        return !(el.closest('label') || label || el.getAttribute('aria-label') || el.textContent?.trim());
      })
      .map((el) => el.outerHTML),
  );
  expect(unnamed).toEqual([]);
});

test('a failed first load shows the error and «Повторить» loads the state', async () => {
  await page.close();
  await openSidebar({ state: sidebarState(), failLoads: 1 });
  await page.getByText('Не удалось загрузить данные: Сервер недоступен').waitFor();
  await page.getByRole('button', { name: 'Повторить' }).click();
  await page.getByTestId('state-chips').waitFor();
});

test('a table not yet prepared offers «Подготовить таблицу» and nothing else but the settings', async () => {
  await page.close();
  await openSidebar({ state: { ...sidebarState(), ready: false, plan: null, urgent: [], problems: [] } });
  expect(await page.getByRole('button', { name: 'Проверить сроки' }).count()).toBe(0);
  await page.getByRole('button', { name: 'Подготовить таблицу' }).click();
  await page.getByText('Таблица подготовлена.').waitFor();
  await page.getByRole('button', { name: 'Проверить сроки' }).waitFor();
});

test('empty lists say so', async () => {
  await page.close();
  await openSidebar({ state: { ...sidebarState(), urgent: [], problems: [] } });
  await page.getByText('Просроченных нет, и ни у одного мероприятия срок не наступает в ближайшие 7 дней.').waitFor();
  await page.getByText('Таблица читается полностью: проблем не найдено.').waitFor();
});

test('says «выпадает на выходной» next to a due date on a day off, and when the year’s calendar is unknown', async () => {
  const item = page.locator('[data-testid="urgent-list"] button[data-row="21"] .item-meta');
  expect(await item.textContent()).toBe('просрочено на 2 дня · 13.06.2021 выпадает на выходной');
  expect(await page.locator('[data-testid="urgent-list"] button[data-row="14"] .item-meta').textContent()).toBe(
    'просрочено на 15 дней',
  );
  await page.close();
  const base = sidebarState();
  await openSidebar({
    state: {
      ...base,
      today: '2031-01-04',
      calendar: {
        workingDay: false,
        nextWorkingDay: '2031-01-09',
        yearKnown: false,
        year: 2031,
        lastKnownYear: 2026,
        sheet: false,
      },
    },
  });
  const card = page.getByTestId('working-days');
  const text = await card.textContent();
  expect(text).toContain('Производственный календарь на 2031 год дополнению ещё не известен');
  expect(text).toContain('Сегодня нерабочий день. Напоминания будут отправлены в ближайший рабочий день, 09.01.2031.');
  expect(await card.getByRole('button', { name: 'Добавить свои выходные (лист «Календарь»)' }).count()).toBe(1);
});
