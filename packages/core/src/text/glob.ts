import picomatch from 'picomatch';

/** A matcher for glob patterns (`**`, `*`, `?`, braces) over forward-slash paths or names. */
export function globMatcher(patterns: readonly string[]): (candidate: string) => boolean {
  if (patterns.length === 0) return () => false;
  return picomatch([...patterns], { dot: true });
}
