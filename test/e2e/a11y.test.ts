/**
 * Accessibility of the built dist/Sidebar.html (fixture state of 2021-06-15, fake
 * google.script.run): axe-core (WCAG 2.0/2.1 A and AA) finds nothing in each main state, and
 * the sidebar works from the keyboard with a visible focus.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { axeViolations as axe } from './axe';
import { artifact, type Browser, launch, ROOT } from './browser';
import { type FakeCall, type FakeSetup, installFakeServer } from './fixtures/fake-server';
import { everyColorSidebarState, sidebarState } from './fixtures/sidebar-state';

const SIDEBAR = path.join(ROOT, 'dist/Sidebar.html');

let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!existsSync(SIDEBAR)) throw new Error('dist/Sidebar.html is missing: run npm run build first.');
  browser = await launch();
});
afterAll(async () => browser?.close());
afterEach(async () => page?.close());

/** Opens the sidebar at 300 px and waits for its first heading (loaded or failed). */
async function openSidebar(setup: FakeSetup): Promise<void> {
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 300, height: 1400 });
  await page.emulateMedia({ reducedMotion: 'reduce' }); // no shimmer or spinner mid-frame under axe
  await page.addInitScript(installFakeServer, setup);
  await page.goto(pathToFileURL(SIDEBAR).href);
  await page.locator('h1').waitFor();
}

/** The calls the sidebar made, but the answers card's own first load (it fetches its list by itself). */
const calls = async (): Promise<FakeCall[]> =>
  (await page.evaluate(() => (window as unknown as { __calls: FakeCall[] }).__calls)).filter(
    (c) => c.name !== 'getAnswers',
  );

const axeViolations = () => axe(page);

describe('axe finds no WCAG A/AA violation (2021-06-15)', () => {
  test('loaded with data, the settings open', async () => {
    await openSidebar({ state: sidebarState() });
    await page.getByTestId('state-chips').waitFor();
    await page.getByText('Настройки', { exact: true }).click();
    expect(await axeViolations()).toEqual([]);
  });

  test('every state chip, an error problem, a failed and stale nightly check of another owner', async () => {
    await openSidebar({ state: everyColorSidebarState() });
    await page.getByTestId('state-chips').waitFor();
    expect(await page.locator('.chip').count()).toBe(9);
    await page.getByText('Ночная проверка давно не выполнялась успешно.', { exact: false }).waitFor();
    await page.screenshot({ path: artifact('sidebar-a11y-colors.png'), fullPage: true });
    expect(await axeViolations()).toEqual([]);
  });

  test('the reminder preview open, then the inline confirmation', async () => {
    await openSidebar({ state: sidebarState() });
    await page.getByRole('button', { name: 'Предпросмотр напоминаний' }).click();
    await page.getByTestId('reminder-preview').waitFor();
    expect(await axeViolations()).toEqual([]);
    await page.getByRole('button', { name: 'Отправить', exact: true }).click();
    await page.getByRole('button', { name: 'Да, отправить' }).waitFor();
    expect(await axeViolations()).toEqual([]);
  });

  test('the settings form with validation errors shown', async () => {
    await openSidebar({ state: sidebarState() });
    await page.getByText('Настройки', { exact: true }).click();
    await page.getByLabel('«Скоро срок» за, дней').fill('семь');
    await page.getByLabel('Адрес координатора').fill('не адрес');
    await page.getByRole('button', { name: 'Сохранить настройки' }).click();
    await page.getByText('Исправьте отмеченные поля: 2.').waitFor();
    expect(await axeViolations()).toEqual([]);
  });

  test('busy: «Проверить сроки» running, the other buttons waiting', async () => {
    await openSidebar({ state: sidebarState(), delayMs: 400 });
    await page.getByTestId('state-chips').waitFor();
    await page.getByRole('button', { name: 'Проверить сроки' }).click();
    await page.locator('.btn[aria-busy="true"]').waitFor();
    await page.mouse.move(299, 1399); // no hover
    expect(await page.locator('.btn[aria-disabled="true"]').count()).toBeGreaterThanOrEqual(3);
    expect(await axeViolations()).toEqual([]);
    await page.getByText('Сроки проверены: 33 мероприятия.').waitFor();
  });

  test('the table not yet prepared', async () => {
    await openSidebar({ state: { ...sidebarState(), ready: false, plan: null, urgent: [], problems: [] } });
    await page.getByRole('button', { name: 'Подготовить таблицу' }).waitFor();
    expect(await axeViolations()).toEqual([]);
  });

  test('no table recognised: «Столбцы таблицы» open, a refused choice shown', async () => {
    const table = { source: 'guess' as const, sheetName: 'План', sheetChosen: false, note: null };
    await openSidebar({ state: { ...sidebarState(), ready: false, plan: null, urgent: [], problems: [], table } });
    await page.getByTestId('table-form').waitFor();
    await page.getByRole('button', { name: 'Сохранить столбцы' }).click();
    await page.getByText('Укажите столбец «Мероприятие».').waitFor();
    expect(await axeViolations()).toEqual([]);
  });

  test('the first load failed', async () => {
    await openSidebar({ state: sidebarState(), failLoads: 1 });
    await page.getByRole('button', { name: 'Повторить' }).waitFor();
    expect(await axeViolations()).toEqual([]);
  });

  test('an action failed: the error message under the header', async () => {
    await openSidebar({ state: { ...sidebarState(), error: 'Лист «Дорожная карта» не найден.' } });
    await page.getByTestId('state-chips').waitFor();
    await page.getByRole('button', { name: 'Обновить сводки' }).click();
    await page.getByText('Лист «Дорожная карта» не найден.').waitFor();
    expect(await axeViolations()).toEqual([]);
  });
});

/** WCAG 2 contrast of two computed colors, `rgb(r, g, b)`. */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r = 0, g = 0, bl = 0] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => {
      const v = Number(c) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100;
}

test('what axe does not measure reaches 3:1 on the page: the switch, a field border, the focus ring (2021-06-15)', async () => {
  await openSidebar({ state: sidebarState() });
  await page.getByText('Настройки', { exact: true }).click();
  await page.mouse.click(1, 1);
  await page.keyboard.press('Tab');
  const colors = await page.evaluate(() => {
    const style = (selector: string) => {
      const el = document.querySelector(selector);
      if (!el) throw new Error(`No ${selector}`);
      return getComputedStyle(el);
    };
    return {
      page: getComputedStyle(document.body).backgroundColor,
      'switch, off': style('.switch-track').backgroundColor,
      'field border': style('#setting-dueSoonDays').borderTopColor,
      'focus ring':
        document.activeElement && document.activeElement !== document.body
          ? getComputedStyle(document.activeElement).outlineColor
          : 'nothing focused',
    };
  });
  const { page: background, ...parts } = colors;
  const low = Object.entries(parts)
    .map(([what, color]) => ({ what, ratio: contrast(color, background) }))
    .filter((p) => !(p.ratio >= 3));
  expect(low).toEqual([]);
});

/**
 * What has the focus now, and does it show: an outline or box-shadow while :focus-visible (the
 * switch draws it on its track; a date field while its calendar button, inside, has the focus)?
 */
function focused(): Promise<{ what: string; visible: boolean } | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const drawn = el.matches('.switch input') ? el.nextElementSibling : el;
    const style = drawn ? getComputedStyle(drawn) : null;
    const outline =
      style !== null &&
      style.outlineStyle !== 'none' &&
      Number.parseFloat(style.outlineWidth) >= 2 &&
      style.outlineColor !== 'rgba(0, 0, 0, 0)';
    const shadow = style !== null && style.boxShadow !== 'none';
    const label = (el as HTMLInputElement).labels?.[0]?.textContent;
    const name = (el.getAttribute('aria-label') || label || el.textContent || el.id || '').trim().slice(0, 40);
    return {
      what: `${el.tagName.toLowerCase()} «${name}»`,
      visible: el.matches(':focus-visible, :focus-within') && (outline || shadow),
    };
  });
}

/** Presses Tab until `done` holds for the focused element; returns what was passed on the way. */
async function tabUntil(done: () => Promise<boolean>, max = 40): Promise<string[]> {
  const passed: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    passed.push((await focused())?.what ?? 'body');
    if (await done()) return passed;
  }
  throw new Error(`Not reached in ${max} Tab presses; passed: ${passed.join(', ')}`);
}

const isFocused = (selector: string) => () =>
  page.locator(selector).evaluate((el) => el === document.activeElement, undefined, { timeout: 5_000 });

/**
 * Waits (up to 5 s) for the focus to leave <body>, as it must once the sidebar has moved it after
 * a render; then returns the focused element's tag and text. Without the move this stays on body.
 */
async function focusAfterRender(): Promise<string> {
  await page
    .waitForFunction(() => document.activeElement && document.activeElement !== document.body, undefined, {
      timeout: 5_000,
    })
    .catch(() => undefined);
  return page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()} «${(el.textContent ?? '').trim().slice(0, 40)}»` : 'nothing';
  });
}

/** Is the focused element inside `selector`? */
const focusWithin = (selector: string) =>
  page.evaluate(
    (s) => document.activeElement?.closest(s) !== null && document.activeElement !== document.body,
    selector,
  );

describe('the keyboard (2021-06-15)', () => {
  test('Tab reaches «Проверить сроки», Enter runs it, and the focus stays on it', async () => {
    await openSidebar({ state: sidebarState() });
    await page.getByTestId('state-chips').waitFor();
    const check = page.getByRole('button', { name: 'Проверить сроки' });
    await tabUntil(() => check.evaluate((el) => el === document.activeElement));
    expect((await focused())?.visible).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByText('Сроки проверены: 33 мероприятия.').waitFor();
    expect((await calls()).map((c) => c.name)).toEqual(['getSidebarState', 'checkDeadlines']);
    // The button was disabled while busy; the keyboard user must not be thrown back to the top.
    expect(await check.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  test('the urgent measures are buttons in the Tab order; Enter selects the row', async () => {
    await openSidebar({ state: sidebarState() });
    const items = page.locator('[data-testid="urgent-list"] > li > *');
    expect(await items.evaluateAll((els) => els.map((el) => `${el.tagName}:${(el as HTMLElement).tabIndex}`))).toEqual([
      'BUTTON:0',
      'BUTTON:0',
      'BUTTON:0',
    ]);
    await tabUntil(isFocused('[data-testid="urgent-list"] button[data-row="30"]'));
    expect((await focused())?.visible).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      (window as unknown as { __calls: FakeCall[] }).__calls.some((c) => c.name === 'selectCell'),
    );
    expect((await calls()).filter((c) => c.name === 'selectCell')).toEqual([{ name: 'selectCell', args: [30, 1] }]);
  });

  test('every Tab stop shows a visible focus, the settings open', async () => {
    await openSidebar({ state: everyColorSidebarState() });
    await page.getByTestId('state-chips').waitFor();
    await page.getByText('Настройки', { exact: true }).click();
    await page.mouse.click(1, 1); // back to the document, the keyboard starts from the top
    const stops: { what: string; visible: boolean }[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const now = await focused();
      if (!now) break;
      stops.push(now);
    }
    expect(stops.length).toBeGreaterThan(20);
    expect(stops.filter((s) => !s.visible).map((s) => s.what)).toEqual([]);
    expect(stops.map((s) => s.what)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Проверить сроки'),
        expect.stringContaining('Ночная проверка'),
        expect.stringContaining('Настройки'),
        expect.stringContaining('Сохранить настройки'),
      ]),
    );
  });

  test('Space toggles the nightly switch, the focus stays on it', async () => {
    await openSidebar({ state: sidebarState() });
    const toggle = page.getByRole('switch', { name: /Ночная проверка/ });
    await tabUntil(() => toggle.evaluate((el) => el === document.activeElement));
    await page.keyboard.press('Space');
    await page.getByTestId('nightly-owner').waitFor();
    expect((await calls()).filter((c) => c.name === 'setNightly')).toEqual([{ name: 'setNightly', args: [true] }]);
    expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
  });
  test('Enter on «Подготовить таблицу»: the panel gives way to the sidebar, the focus to its heading', async () => {
    await openSidebar({ state: { ...sidebarState(), ready: false, urgent: [], problems: [] } });
    const prepare = page.getByRole('button', { name: 'Подготовить таблицу' });
    await tabUntil(() => prepare.evaluate((el) => el === document.activeElement));
    await page.keyboard.press('Enter');
    await page.getByTestId('state-chips').waitFor();
    expect((await calls()).map((c) => c.name)).toEqual(['getSidebarState', 'prepareTable']);
    expect(await focusAfterRender()).toMatch(/^h1 «Дорожная карта/);
    expect(await focusWithin('main.sidebar')).toBe(true);
    await page.getByText('Таблица подготовлена.').waitFor(); // announced by the live region
    // From the heading, Tab goes on into the plan, not back to the top.
    await page.keyboard.press('Tab');
    expect(await focusWithin('main.sidebar')).toBe(true);
  });

  test('Enter on «Отправить» focuses «Да, отправить»; «Отмена» returns to «Отправить»', async () => {
    await openSidebar({ state: sidebarState() });
    const open = page.getByRole('button', { name: 'Предпросмотр напоминаний' });
    await tabUntil(() => open.evaluate((el) => el === document.activeElement));
    await page.keyboard.press('Enter');
    await page.getByTestId('reminder-preview').waitFor();
    const send = page.getByRole('button', { name: 'Отправить', exact: true });
    await tabUntil(() => send.evaluate((el) => el === document.activeElement));
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Да, отправить' }).waitFor();
    expect(await focusAfterRender()).toBe('button «Да, отправить»');
    expect((await focused())?.visible).toBe(true);
    await page.keyboard.press('Tab');
    expect((await focused())?.what).toBe('button «Отмена»');
    await page.keyboard.press('Enter');
    await send.waitFor();
    expect(await focusAfterRender()).toBe('button «Отправить»');
    expect((await calls()).filter((c) => c.name === 'sendReminders')).toEqual([]);
  });

  test('Enter on «Да, отправить»: the focus follows the progress to the outcome', async () => {
    await openSidebar({ state: sidebarState() });
    const open = page.getByRole('button', { name: 'Предпросмотр напоминаний' });
    await tabUntil(() => open.evaluate((el) => el === document.activeElement));
    await page.keyboard.press('Enter');
    const send = page.getByRole('button', { name: 'Отправить', exact: true });
    await tabUntil(() => send.evaluate((el) => el === document.activeElement));
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Да, отправить' }).waitFor();
    expect(await focusAfterRender()).toBe('button «Да, отправить»');
    await page.keyboard.press('Enter');
    await page.getByTestId('send-outcome').waitFor();
    expect(await page.getByTestId('send-outcome').textContent()).toContain('Отправлено: 2 письма.');
    expect(await focusAfterRender()).toContain('Отправлено: 2 письма.');
    expect(await focusWithin('section[aria-labelledby="reminders-title"]')).toBe(true);
  });
});
