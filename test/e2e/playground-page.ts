/**
 * Opens the playground in a new tab for a browser test: every dialog (alert, confirm) is
 * recorded in `dialogs` and dismissed, then the sidebar's iframe is awaited until `ready`
 * (a CSS selector inside it) shows.
 */
import type { FrameLocator, Page } from 'playwright-core';
import type { Browser } from './browser';

export interface PlaygroundPage {
  page: Page;
  sidebar: FrameLocator;
}

export async function openPlaygroundPage(
  browser: Browser,
  url: string,
  dialogs: string[],
  ready: string,
): Promise<PlaygroundPage> {
  const page = await browser.context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url);
  const sidebar = page.frameLocator('#sidebar');
  await sidebar.locator(ready).waitFor();
  return { page, sidebar };
}

/**
 * «Подготовить таблицу» when the sidebar offers it, then «Проверить сроки»; resolves with the state
 * chips' texts («3 Просрочено»…) once the check is shown.
 */
export async function prepareAndCheck(sidebar: FrameLocator): Promise<string[]> {
  const prepare = sidebar.getByRole('button', { name: 'Подготовить таблицу' });
  if (await prepare.isVisible()) {
    await prepare.click();
    await sidebar.getByRole('button', { name: 'Проверить сроки' }).waitFor();
  }
  await sidebar.getByRole('button', { name: 'Проверить сроки' }).click();
  await sidebar.getByTestId('last-check').filter({ hasNotText: 'ещё не проводилась' }).waitFor();
  return sidebar.locator('[data-testid="state-chips"] .chip').allTextContents();
}
