/**
 * Issue 16 end to end, in Chromium: the playground on the 2021 sample at 15.06.2021. The
 * reminders go out; «Отметить выполненным» in the e-mail to «Рабочая группа» opens the executor's
 * page in a new tab against the same emulated spreadsheet; the coordinator accepts in the sidebar;
 * 2.2 becomes «Выполнено с нарушением срока» (and 2.9, answered from «Все мои мероприятия»,
 * «Выполнено в срок»), «Сводка» changes, the next reminders leave 2.2 out; a tampered link is refused.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { axeViolations } from './axe';
import { artifact, type Browser, launch, ROOT } from './browser';
import { remindedNumbers } from './fixtures/reminded';
import { openPlaygroundPage } from './playground-page';
import { type Playground, startPlayground } from './playground-server';

let playground: Playground;
let browser: Browser;
let page: Page;
let sidebar: FrameLocator;
const dialogs: string[] = [];
const WORKING_GROUP = 'rabochaya-gruppa@example.org';

interface View {
  outbox: { to: string[]; html: string }[];
  sheets: { name: string; cells: ({ text: string } | null)[][] }[];
}
const view = async (): Promise<View> => (await (await page.request.get(`${playground.url}/api/view`)).json()).view;
const run = async (name: string, ...args: unknown[]) =>
  (await (await page.request.post(`${playground.url}/api/run`, { data: { name, args } })).json()) as {
    ok: boolean;
    value: unknown;
  };

/** The text of the roadmap row whose first cell is `number`. */
function rowText(v: View, number: string): string[] {
  const roadmap = v.sheets.find((s) => s.name === 'Дорожная карта');
  const row = roadmap?.cells.find((r) => (r[0]?.text ?? '').replace(/\.$/, '') === number);
  return (row ?? []).map((c) => c?.text ?? '');
}
const sheetText = (v: View, name: string) =>
  JSON.stringify(v.sheets.find((s) => s.name === name)?.cells.map((r) => r.map((c) => c?.text ?? '')));

async function openPlayground(): Promise<void> {
  await page?.close();
  ({ page, sidebar } = await openPlaygroundPage(browser, playground.url, dialogs, 'main.sidebar:not(.state-loading)'));
}

/** Opens the e-mail to `to` in the outbox pane and clicks `label` in it; resolves with the new tab. */
async function followFromMail(to: string, label: string, measure?: string): Promise<Page> {
  await openPlayground();
  await page.locator('#mail-list button', { hasText: to }).first().click();
  const mail = page.frameLocator('#mail-body');
  const scope = measure ? mail.locator('div[style*="border-left"]', { hasText: `${measure} ` }) : mail.locator('body');
  const [tab] = await Promise.all([
    browser.context.waitForEvent('page'),
    scope.getByRole('link', { name: label, exact: true }).first().click(),
  ]);
  await tab.waitForLoadState();
  return tab;
}

beforeAll(async () => {
  playground = await startPlayground();
  browser = await launch();
  await openPlayground();
});
afterAll(async () => {
  await browser?.close();
  await playground?.stop();
});

test('the executor marks 2.2 done from the e-mail; nothing changes until the coordinator accepts', async () => {
  expect((await run('prepareTable')).ok).toBe(true);
  expect((await run('sendReminders', { includeAllOverdue: false, limit: 50 })).ok).toBe(true);
  const tab = await followFromMail(WORKING_GROUP, 'Отметить выполненным', '2.2');
  expect(tab.url()).toContain('/exec?t=');
  await tab.setViewportSize({ width: 390, height: 844 });
  const section = tab.locator('section.measure').first();
  expect(await section.locator('h2').textContent()).toContain('2.2');
  const comment = section.getByLabel('Комментарий или ссылка на подтверждение (документ, протокол)');
  await comment.fill('Порядок утверждён, протокол № 5 от 14.06.2021');
  expect(await section.getByLabel('Дата выполнения').inputValue()).toBe('2021-06-15');
  expect(await axeViolations(tab)).toEqual([]);
  await tab.screenshot({ path: artifact('answer-page.png'), fullPage: false });
  await section.getByRole('button', { name: 'Отправить: выполнено' }).click();
  await tab.getByRole('status').getByText('Ответ передан координатору', { exact: false }).waitFor();
  expect(await axeViolations(tab)).toEqual([]);
  await tab.close();
  expect(rowText(await view(), '2.2')).toContain('Просрочено');
});

test('the executor answers for 2.9 from «Все мои мероприятия»', async () => {
  const tab = await followFromMail(WORKING_GROUP, 'Все мои мероприятия');
  const section = tab.locator('section.measure', { hasText: '2.9.' });
  await section.getByText('Отметить выполненным', { exact: true }).click();
  await section
    .getByLabel('Комментарий или ссылка на подтверждение (документ, протокол)')
    .fill('https://example.org/programs');
  await section.getByRole('button', { name: 'Отправить: выполнено' }).click();
  await tab.getByRole('status').waitFor();
  await tab.close();
});

test('the coordinator accepts both in the sidebar: the states and «Сводка» change', async () => {
  const before = await view();
  await openPlayground();
  const card = sidebar.locator('#answers-title');
  await card.getByText('Ответы исполнителей (2)').waitFor();
  const answer = sidebar.getByTestId('answer').filter({ hasText: '2.2' });
  await answer.getByText('протокол № 5', { exact: false }).waitFor();
  await page.setViewportSize({ width: 1400, height: 1000 });
  await sidebar.locator('#answers-title').scrollIntoViewIfNeeded();
  await page.locator('#sidebar').screenshot({ path: artifact('answers-sidebar.png') });
  await answer.getByRole('button', { name: 'Принять' }).click();
  await sidebar.getByText('Ответы исполнителей (1)').waitFor();
  await sidebar.getByTestId('answer').filter({ hasText: '2.9' }).getByRole('button', { name: 'Принять' }).click();
  await sidebar.getByText('Ответы исполнителей (0)').waitFor();

  const after = await view();
  const row22 = rowText(after, '2.2');
  expect(row22).toContain('Выполнено с нарушением срока');
  expect(row22).toContain('15.06.2021');
  expect(row22).toContain('Порядок утверждён, протокол № 5 от 14.06.2021');
  expect(rowText(after, '2.9')).toContain('Выполнено в срок');
  expect(sheetText(after, 'Сводка')).not.toBe(sheetText(before, 'Сводка'));
  expect(sheetText(after, 'Ответы исполнителей')).toContain('принят');
  if (process.env.UPDATE_SCREENSHOT === '1') {
    mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
    copyFileSync(artifact('answer-page.png'), path.join(ROOT, 'docs/answer-page.png'));
    copyFileSync(artifact('answers-sidebar.png'), path.join(ROOT, 'docs/answers-sidebar.png'));
  }
});

test('the next reminders, a week later, leave 2.2 out', async () => {
  await page.request.post(`${playground.url}/api/clock`, { data: { date: '2021-06-22' } });
  const numbers = remindedNumbers((await run('previewReminders', { includeAllOverdue: false })).value, WORKING_GROUP);
  expect(numbers).toContain('2.4');
  expect(numbers).not.toContain('2.2');
});

test('a tampered link is refused and shows nothing of the plan', async () => {
  const html = (await view()).outbox.find((m) => m.to.includes(WORKING_GROUP))?.html ?? '';
  const href = (/href="([^"]*\/exec\?t=[^"]+)"/.exec(html)?.[1] ?? '').replace(/&amp;/g, '&');
  const link = new URL(href);
  const token = link.searchParams.get('t') ?? '';
  link.searchParams.set('t', `${token.slice(0, 20)}${token[20] === 'x' ? 'y' : 'x'}${token.slice(21)}`);
  const tab = await browser.context.newPage();
  await tab.goto(link.toString());
  await tab.getByRole('heading', { name: 'Ссылка недействительна или устарела' }).waitFor();
  expect(await tab.locator('form').count()).toBe(0);
  expect(await tab.content()).not.toContain('Разработка порядка');
  expect(await axeViolations(tab)).toEqual([]);
  await tab.close();
});
