import type { Page } from 'playwright-core';
import { expectAccessible } from './browser';
import { exactly, t } from './i18n';
import type { Lang } from './i18n';
import { waitForAnimations } from './motion';

export const LANGUAGE_NAMES: Record<Lang, string> = { de: 'Deutsch', en: 'English', ar: 'العربية' };

/** Waits until the document's language and direction are the expected ones. */
export async function waitForLanguage(page: Page, lang: Lang): Promise<void> {
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  await page.waitForFunction(
    ({ lang, dir }) => document.documentElement.lang === lang && document.documentElement.dir === dir,
    { lang, dir },
  );
}

export async function waitForHeading(page: Page, text: string, level = 1): Promise<void> {
  await page.getByRole('heading', { level, name: exactly(text) }).waitFor();
}

/** Waits for the page's own heading in the expected language, so axe sees the finished page. */
export async function arrive(page: Page, lang: Lang, heading: string, level = 1): Promise<void> {
  await waitForLanguage(page, lang);
  await waitForHeading(page, heading, level);
}

export async function open(page: Page, url: string, lang: Lang, heading: string, level = 1): Promise<void> {
  await page.goto(url);
  await arrive(page, lang, heading, level);
}

/** The home page is ready once the seeded process with its action fields is shown. */
export async function openHome(page: Page, baseUrl: string, lang: Lang): Promise<void> {
  await open(page, `${baseUrl}/`, lang, t(lang, 'processes.home.actionFieldsHeading'), 2);
}

/** Picks a language in the header's switcher, as a person would. */
export async function switchLanguage(page: Page, from: Lang, to: Lang): Promise<void> {
  await page.getByRole('button', { name: t(from, 'shell.language.button', { language: LANGUAGE_NAMES[from] }) }).click();
  await page.getByRole('menuitemradio', { name: LANGUAGE_NAMES[to] }).click();
  await waitForLanguage(page, to);
  // The menu closes with an animation; axe should not see it half-transparent.
  await page.getByRole('menu').waitFor({ state: 'detached' });
}

export async function checkPage(page: Page, lang: Lang, name: string, options?: { sandboxedFrames?: boolean }): Promise<void> {
  // Colours are judged at their final value, not halfway through a focus or hint transition.
  await waitForAnimations(page);
  await expectAccessible(page, `${name} (${lang})`, options);
}
