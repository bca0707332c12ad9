import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

/** Debian's Chromium (`apt-get install chromium`); playwright-core never downloads browsers here. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH)`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** A German-speaking visitor, like most of Mitreden's audience; the app picks German from it. */
export async function newVisitor(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown; failureSummary?: string }[];
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => `    at ${JSON.stringify(node.target)}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
        .join('\n');
      return `  [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n');
}

/** Pages axe has checked, for the summary at the end of a test file. */
export const checkedPages: string[] = [];

/**
 * WCAG 2.1 A/AA with axe-core; fails listing every violation readably.
 * `sandboxedFrames`: the page shows a document (a mail) in a frame without scripts. axe's default
 * mode evaluates inside every frame and then waits forever on such a frame; legacy mode runs
 * axe in the page only, still checking the frame element itself (e.g. its title).
 */
export async function expectAccessible(page: Page, label: string, { sandboxedFrames = false } = {}): Promise<void> {
  const builder = new AxeBuilder({ page });
  if (sandboxedFrames) builder.setLegacyMode(true);
  const results = await builder.withTags(WCAG_21_AA).analyze();
  checkedPages.push(label);
  if (results.violations.length > 0) {
    throw new Error(
      `axe found ${results.violations.length} WCAG 2.1 AA violation(s) on ${label} (${page.url()}):\n` +
        describeViolations(results.violations),
    );
  }
}
