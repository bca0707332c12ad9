import type { Locator, Page } from 'playwright-core';
import { waitForAnimations } from './motion';

const MAX_TABS = 40;

export async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement).catch(() => false);
}

/** Waits until the target has focus (focus often moves after an animation, e.g. a closing dialog). */
export async function waitForFocus(target: Locator, what: string, timeoutMs = 5_000): Promise<void> {
  const handle = await target.elementHandle();
  if (!handle) throw new Error(`${what} is not on the page`);
  try {
    await target.page().waitForFunction((element) => document.activeElement === element, handle, { timeout: timeoutMs });
  } catch {
    const focused = await target.page().evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
    throw new Error(`${what} did not get focus within ${timeoutMs} ms; focus is on ${focused}`);
  } finally {
    await handle.dispose();
  }
}

/** Presses Tab (or Shift+Tab) until the target has focus, as a keyboard user would; fails if it is unreachable. */
export async function tabTo(page: Page, target: Locator, what: string, { backwards = false } = {}): Promise<void> {
  for (let presses = 0; presses < MAX_TABS; presses += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  if (await isFocused(target)) return;
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
  throw new Error(`${what} was not reached with ${MAX_TABS} Tab presses; focus is on ${focused}`);
}

/** Tabs to a control and presses a key on it, as a keyboard-only person would. */
export async function press(
  page: Page,
  target: Locator,
  what: string,
  key = 'Enter',
  { backwards = false } = {},
): Promise<void> {
  await tabTo(page, target, what, { backwards });
  await page.keyboard.press(key);
}

/**
 * Opens a Material select with the keyboard and picks the first option whose name matches `label`.
 * Each arrow step waits for the trigger's aria-activedescendant to move (it follows with the next
 * change detection); judging by the option's class instead can overshoot by one option.
 */
export async function chooseOption(page: Page, select: Locator, label: string | RegExp, what: string): Promise<void> {
  await press(page, select, what, 'Space');
  const option = page.getByRole('option', { name: label }).first();
  await option.waitFor();
  const optionId = await option.getAttribute('id');
  await waitForAnimations(page);
  for (let step = 0; step < 60; step += 1) {
    const before = await select.getAttribute('aria-activedescendant');
    if (before === optionId) break;
    await page.keyboard.press('ArrowDown');
    await page
      .waitForFunction(
        ({ element, previous }) => element?.getAttribute('aria-activedescendant') !== previous,
        { element: await select.elementHandle(), previous: before },
        { timeout: 2_000 },
      )
      .catch(() => undefined);
  }
  const active = await select.getAttribute('aria-activedescendant');
  if (active !== optionId)
    throw new Error(`${what}: option ${String(label)} (${optionId}) never became active (${active})`);
  await page.keyboard.press('Enter');
  await page.getByRole('listbox').waitFor({ state: 'detached' });
  await waitForAnimations(page);
}
