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

/**
 * Waits until a field shows `expected`; values derived while typing (keys, slugs) follow with the
 * next rendering after the last key press. Fails with what the field showed last.
 */
export async function expectValue(field: Locator, expected: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let value = await field.inputValue();
  while (value !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await field.inputValue();
  }
  if (value !== expected) throw new Error(`Expected the field to show "${expected}", it shows "${value}"`);
}
