import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { defineConfig, devices } from '@playwright/test';
import { chromiumFlags, chromiumPath } from './scripts/chromium.ts';

// Playwright's own browser download fails on machines without internet, so use the system Chromium when it is there,
// with the same flags as the measuring scripts.
const launchOptions = existsSync(chromiumPath) ? { executablePath: chromiumPath, args: chromiumFlags } : {};

/** A port nothing listens on now, from the system; the server below takes it with --strictPort. */
function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

// Each run serves its own build on its own port, and never tests a server it did not start: another project's
// preview on a well-known port once answered instead of this build. Workers load this file again and inherit the
// port the main process chose through the environment. E2E_PORT pins it; a taken port then fails the run loudly.
process.env.E2E_PORT ??= String(await findFreePort());
const port = Number(process.env.E2E_PORT);
// E2E_DIST lets several runs share a machine, each against its own build.
const dist = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    // Recording a trace costs every test: the browser streams screenshots of each step, which took a quarter of the
    // suite's time on two cores. CI records one when a failed test runs again; a local run keeps the failure's.
    trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
    launchOptions,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${dist}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
