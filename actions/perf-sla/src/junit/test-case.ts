/** One test case as reports describe it, in any dialect. */
export interface TestCase {
  /** The innermost enclosing suite's name ('' when none). */
  suite: string;
  classname: string;
  name: string;
  /** Seconds; undefined when the report gives none. */
  seconds: number | undefined;
  status: 'passed' | 'failed' | 'error' | 'skipped';
  /** Failed at first, passed on a rerun (Surefire flakyFailure/flakyError). */
  flaky: boolean;
  file?: string;
  line?: number;
}

/** `classname.name`, the key SLAs and history use ("name" alone when there is no class). */
export function fullName(test: Pick<TestCase, 'classname' | 'name'>): string {
  return test.classname ? `${test.classname}.${test.name}` : test.name;
}
