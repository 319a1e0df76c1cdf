import { busyShareBetween, parseCpuTimes, type CpuSample } from './machine';

describe('parseCpuTimes', () => {
  it('counts user, nice, system, interrupts and steal as busy, idle and I/O wait as not', () => {
    const stat = 'cpu  100 5 20 300 10 1 2 7 0 0\ncpu0 50 2 10 150 5 1 1 3 0 0\nintr 12345\n';
    expect(parseCpuTimes(stat)).toEqual({ busy: 135, total: 445 });
  });

  it('is null for text that is not /proc/stat', () => {
    expect(parseCpuTimes('no cpu line here')).toBeNull();
    expect(parseCpuTimes('cpu  1 2 3')).toBeNull();
  });
});

describe('busyShareBetween', () => {
  const samples: CpuSample[] = [
    { at: 1000, busy: 0, total: 0 },
    { at: 1100, busy: 10, total: 20 },
    { at: 1200, busy: 30, total: 40 },
    { at: 1300, busy: 32, total: 60 },
  ];

  it('takes the samples just around the span', () => {
    expect(busyShareBetween(samples, 1100, 1200)).toBe(1);
    expect(busyShareBetween(samples, 1150, 1250)).toBe(22 / 40);
  });

  it('is null when the samples do not cover the span', () => {
    expect(busyShareBetween(samples, 900, 1200)).toBeNull();
    expect(busyShareBetween(samples, 1100, 1400)).toBeNull();
  });
});
