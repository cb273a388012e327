import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

interface OpenContext {
  context: BrowserContext;
  profile: string;
}

const open: OpenContext[] = [];

/**
 * A new page in a browser of its own: a fresh Chromium profile (--user-data-dir in a new temporary
 * directory), so no session, storage or cache leaks from one page to the next.
 */
export async function newPage(viewport = DESKTOP, options: { locale?: string } = {}): Promise<Page> {
  const profile = mkdtempSync(join(tmpdir(), 'relais-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    locale: options.locale ?? 'en-GB',
  });
  open.push({ context, profile });
  context.setDefaultTimeout(15_000);
  return context.pages()[0] ?? (await context.newPage());
}

/** Closes every browser opened by newPage (called after each test file). */
export async function closeBrowsers(): Promise<void> {
  for (const { context, profile } of open.splice(0)) {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
