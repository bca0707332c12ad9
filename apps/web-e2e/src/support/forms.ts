import type { Locator } from 'playwright-core';

/** The texts a field's aria-describedby points to (hint and error), as a screen reader reads them. */
export async function describedBy(field: Locator): Promise<string> {
  return field.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
      .join(' | '),
  );
}
