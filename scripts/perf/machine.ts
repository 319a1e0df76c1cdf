/** What a measurement ran on: wall-clock figures are only comparable between runs on the same machine. */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { launchChromium } from '../chromium';

/** The 1, 5 and 15 minute load averages, to tell a quiet run from one that shared the machine. */
export function loadAverage(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'unknown';
  }
}

export interface Machine {
  cpuModel: string;
  cpus: number;
  node: string;
  browser: string;
  cpuSlowdown: number;
}

/** The CPU, Node and the system Chromium's version, and the slowdown the page's CPU will run at. */
export async function describeMachine(cpuSlowdown: number): Promise<Machine> {
  const browser = await launchChromium();
  const version = browser.version();
  await browser.close();
  return {
    cpuModel: cpus()[0]?.model.trim() ?? '?',
    cpus: cpus().length,
    node: process.version,
    browser: `Chromium ${version}`,
    cpuSlowdown,
  };
}
