import type { Locator, Page } from 'playwright-core';

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
