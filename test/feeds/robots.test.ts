import { describe, expect, it } from 'vitest';
import { parseRobots } from '../../src/ingest/robots.js';

describe('parseRobots', () => {
  it('uses the group naming Readout over "*", longest rule first, Allow winning a tie', () => {
    const allowed = parseRobots(
      'User-agent: *\nDisallow: /\n\nUser-agent: Googlebot\nUser-agent: readout\nDisallow: /news/\nAllow: /news/world/\nDisallow: /*.pdf$\n',
      'readout',
    );
    expect(allowed('/')).toBe(true);
    expect(allowed('/news/local/1.html')).toBe(false);
    expect(allowed('/news/world/1.html')).toBe(true);
    expect(allowed('/files/a.pdf')).toBe(false);
    expect(allowed('/files/a.pdf?x=1')).toBe(true); // "$" anchors the end
  });
  it('falls back to "*", and an empty Disallow or no robots rules allow everything', () => {
    expect(parseRobots('User-agent: *\nDisallow: /private # comment\n', 'readout')('/private/a')).toBe(false);
    expect(parseRobots('User-agent: *\nDisallow: /private\n', 'readout')('/public')).toBe(true);
    expect(parseRobots('User-agent: *\nDisallow:\n', 'readout')('/anything')).toBe(true);
    expect(parseRobots('', 'readout')('/anything')).toBe(true);
    expect(parseRobots('User-agent: otherbot\nDisallow: /\n', 'readout')('/x')).toBe(true);
  });
});
