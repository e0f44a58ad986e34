// Pure: what a robots.txt allows a crawler naming itself `agent` (RFC 9309). The group for the
// agent (matched case-insensitively as a product token) wins over "*"; within it the longest
// matching rule wins, and Allow wins a tie. "*" and a final "$" in paths are honoured.

interface Rule {
  allow: boolean;
  path: string;
  pattern: RegExp;
}

function compile(path: string): RegExp {
  const anchored = path.endsWith('$');
  const body = (anchored ? path.slice(0, -1) : path)
    .split('*')
    .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}${anchored ? '$' : ''}`);
}

export type RobotsRules = (pathAndQuery: string) => boolean;

export function parseRobots(text: string, agent: string): RobotsRules {
  const me = agent.toLowerCase();
  const groups: Array<{ agents: string[]; rules: Rule[] }> = [];
  let current: { agents: string[]; rules: Rule[] } | null = null;
  let lastWasAgent = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const field = m[1].toLowerCase();
    const value = m[2].trim();
    if (field === 'user-agent') {
      // Consecutive User-agent lines share one group.
      if (!current || !lastWasAgent) groups.push((current = { agents: [], rules: [] }));
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current || (field !== 'allow' && field !== 'disallow')) continue;
    if (field === 'disallow' && value === '') continue; // "Disallow:" alone allows everything
    current.rules.push({ allow: field === 'allow', path: value, pattern: compile(value) });
  }
  const mine = groups.filter((g) => g.agents.some((a) => a !== '*' && me.includes(a)));
  const chosen = mine.length ? mine : groups.filter((g) => g.agents.includes('*'));
  const rules = chosen.flatMap((g) => g.rules);
  return (path) => {
    let best: Rule | null = null;
    for (const r of rules) {
      if (!r.pattern.test(path)) continue;
      if (!best || r.path.length > best.path.length || (r.path.length === best.path.length && r.allow))
        best = r;
    }
    return best ? best.allow : true;
  };
}
