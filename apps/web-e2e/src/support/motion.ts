import type { Page } from 'playwright-core';

/**
 * Waits until no CSS animation or transition runs (dialogs and menus fade in and out), so axe
 * judges colours at their final opacity and key presses reach a settled page.
 */
export async function waitForAnimations(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
}
