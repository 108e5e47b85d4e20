import { describe, expect, it } from 'vitest';
import { ProgressBar } from './progress-bar.ts';

describe('ProgressBar', () => {
  it('shows the share done, rows and throughput', () => {
    let t = 0;
    const bar = new ProgressBar('orders.txt', 10_000_000, process.stderr, () => t);
    t = 2000; // 2 s for 5 MB and 20,000 rows: 2.5 MB/s, 10,000 rows/s
    expect(bar.render(5_000_000, 20_000, t)).toBe('orders.txt ████████████░░░░░░░░░░░░  50%  20,000 rows  2.5 MB/s  10,000 rows/s');
  });
});
