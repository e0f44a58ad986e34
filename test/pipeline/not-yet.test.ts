// refine/not-yet: a plan dated after the publication date stays a plan.
import { describe, expect, it } from 'vitest';
import { afterPublication } from '../../src/pipeline/refine/not-yet.js';

describe('a date after the publication date', () => {
  it('is after at the date\'s own precision', () => {
    expect(afterPublication('2026-02-09', '2026-02-06')).toBe(true);
    expect(afterPublication('2026-03', '2026-02-06')).toBe(true);
    expect(afterPublication('2027', '2026-02-06')).toBe(true);
  });
  it('is not after on the day, the day after (time zones), or within the same month or year', () => {
    expect(afterPublication('2026-02-06', '2026-02-06')).toBe(false);
    expect(afterPublication('2026-02-07', '2026-02-06')).toBe(false);
    expect(afterPublication('2026-02', '2026-02-06')).toBe(false);
    expect(afterPublication('2026', '2026-02-06')).toBe(false);
    expect(afterPublication('2025-12-31', '2026-02-06')).toBe(false);
  });
});
