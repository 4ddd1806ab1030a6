import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Which Chromium to drive: Playwright's own where it is installed, else
 * `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. Returns undefined to let
 * Playwright use its own browser.
 */
export function chromiumExecutable(): string | undefined {
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // Playwright's browser is not installed: fall through.
  }
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => Boolean(p && existsSync(p)));
  if (!found) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install one: `npx playwright install chromium`, ' +
        'or on Debian/Ubuntu `apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  return found;
}
