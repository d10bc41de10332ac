/**
 * Debian's headless Chromium for the browser tests (installed by `.ci/run`,
 * never downloaded by a test tool): where it is, whether it is there — CI
 * fails without it rather than skipping — and one way to launch it, quiet
 * (no network of its own, no first-run work).
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** Whether Chromium is installed; in CI its absence is an error, not a skip. */
export function chromiumAvailable(): boolean {
  const available = existsSync(CHROMIUM);
  if (!available && process.env.CI) throw new Error(`CI needs ${CHROMIUM} (installed by .ci/run)`);
  return available;
}

/** Launches the headless Chromium. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
