import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startApp } from './app';
import type { RunningApp } from './app';
import { checkedPages, launchBrowser, newVisitor } from './browser';

export interface E2eSession {
  /** The app started for this test file (own database, queue prefix and SMTP capture). */
  running(): RunningApp;
  browser(): Browser;
  /** The first visitor's page. */
  page(): Page;
  url(path: string): string;
}

/**
 * Starts the app and a browser for the calling `describe` and stops both afterwards, each step
 * even if an earlier one failed, so nothing outlives the test file.
 */
export function useE2eSession(): E2eSession {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    ({ context, page } = await newVisitor(browser));
  });

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await app?.stop();
    if (checkedPages.length) console.log(`axe checked ${checkedPages.length} page(s): ${checkedPages.join(', ')}`);
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (!value) throw new Error(`The ${what} did not start`);
    return value;
  };
  return {
    running: () => started(app, 'app'),
    browser: () => started(browser, 'browser'),
    page: () => started(page, 'browser page'),
    url: (path) => `${started(app, 'app').url}${path}`,
  };
}
