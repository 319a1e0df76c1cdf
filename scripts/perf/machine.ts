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

/** The machine's CPU time so far, all cores together, in clock ticks: busy (the host's steal included) and in all. */
export interface CpuTimes {
  busy: number;
  total: number;
}

/** Reads `/proc/stat`'s first line: `cpu  user nice system idle iowait irq softirq steal …`. */
export function parseCpuTimes(stat: string): CpuTimes | null {
  const fields = /^cpu\s+(.+)$/m.exec(stat)?.[1]?.trim().split(/\s+/).slice(0, 8).map(Number);
  if (fields?.length !== 8 || fields.some((field) => !Number.isFinite(field))) return null;
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = fields;
  const busy = user + nice + system + irq + softirq + steal;
  return { busy, total: busy + idle + iowait };
}

export interface CpuSample extends CpuTimes {
  /** Epoch milliseconds. */
  at: number;
}

/**
 * The share of all cores' time that was busy from `from` to `to` (epoch ms), between the last sample at or before
 * `from` and the first at or after `to`; null without both.
 */
export function busyShareBetween(samples: readonly CpuSample[], from: number, to: number): number | null {
  const start = samples.filter((sample) => sample.at <= from).at(-1);
  const end = samples.find((sample) => sample.at >= to);
  if (!start || !end || end.total <= start.total) return null;
  return (end.busy - start.busy) / (end.total - start.total);
}

/**
 * Samples the machine's CPU times every `intervalMs` until stopped, for `busyShareBetween`: whether a load had
 * the cores to itself or waited for them. Empty where there is no `/proc/stat` (not Linux).
 */
export function sampleMachineCpu(intervalMs = 100): { samples: CpuSample[]; stop: () => void } {
  const samples: CpuSample[] = [];
  const take = () => {
    try {
      const times = parseCpuTimes(readFileSync('/proc/stat', 'utf8'));
      if (times) samples.push({ ...times, at: Date.now() });
    } catch {
      clearInterval(timer);
    }
  };
  const timer = setInterval(take, intervalMs);
  // Sampling never keeps the bench running by itself.
  timer.unref();
  take();
  return {
    samples,
    stop: () => {
      clearInterval(timer);
      take();
    },
  };
}
