import type { GateHistory, GateVerdict } from '../facts/request.js';

export interface ChainLink {
  gate: string;
  status: GateVerdict | 'missing';
  /** Which ledger record decided it (and any override), when known. */
  source?: string;
  /** Its verdict came from another job's segment whose signature no anchor key checked. */
  unsigned?: true;
}

/**
 * The predecessor chain of a command (planning → codegen → qa → mlops),
 * oldest first, each gate with its verdict for this commit. Pure; cycles in
 * `dependencies` are cut (each gate appears once).
 */
export function dependencyChain(command: string, dependencies: ReadonlyMap<string, readonly string[]>, history: GateHistory): ChainLink[] {
  const ordered: string[] = [];
  const visit = (gate: string, trail: Set<string>) => {
    for (const predecessor of dependencies.get(gate) ?? []) {
      if (trail.has(predecessor) || ordered.includes(predecessor)) continue;
      visit(predecessor, new Set([...trail, predecessor]));
      ordered.push(predecessor);
    }
  };
  visit(command, new Set([command]));
  return ordered.map((gate) => ({
    gate,
    status: history.verdicts.get(gate) ?? 'missing',
    ...(history.sources?.has(gate) ? { source: history.sources.get(gate) } : {}),
    ...(history.unsigned?.has(gate) ? { unsigned: true as const } : {}),
  }));
}

export function describeChain(command: string, chain: readonly ChainLink[]): string {
  const mark = { pass: '✓', fail: '✗', empty: '∅', missing: '?' } as const;
  return [...chain.map((link) => `${link.gate} ${mark[link.status]}`), command].join(' → ');
}
