/**
 * The system Chromium and the flags every tool here starts it with: no sandbox (root in a container), no GPU,
 * and nothing that phones home, since the machine has no internet and background traffic would skew timings.
 */
import { chromium, type Browser } from '@playwright/test';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches headless system Chromium through Playwright. */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: [...chromiumFlags, ...extraArgs] });
}
