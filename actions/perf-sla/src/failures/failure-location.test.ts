import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { FailureLocator } from './failure-location.js';

function workspace(files: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'perf-locate-'));
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), '');
  }
  return root;
}

const root = workspace(['src/cart.test.ts', 'tests/test_lib.py', 'Acme.Tests/CalcTests.cs', 'service/src/test/java/com/acme/CalcTest.java', 'cypress/e2e/login.cy.ts', 'node_modules/jest-circus/build/index.js']);
const locate = (text: string | undefined, file?: string, line?: number) => new FailureLocator(root).locate(text, file, line);

describe('FailureLocator', () => {
  test.each([
    ['Jest: the first frame in the workspace, past node_modules', `Error: expect(received).toBe(expected)\n    at Object.toBe (${join(root, 'node_modules/jest-circus/build/index.js')}:3:1)\n    at Object.<anonymous> (${join(root, 'src/cart.test.ts')}:6:35)`, { file: 'src/cart.test.ts', line: 6 }],
    ['mocha: a path relative to where it ran', 'AssertionError [ERR_ASSERTION]: 1 == 2\n    at Context.<anonymous> (src/cart.test.ts:12:36)\n    at process.processImmediate (node:internal/timers:483:21)', { file: 'src/cart.test.ts', line: 12 }],
    ['Cypress through webpack', "AssertionError: Timed out\n    at Context.eval (webpack:///./cypress/e2e/login.cy.ts:14:30)", { file: 'cypress/e2e/login.cy.ts', line: 14 }],
    ['pytest', 'def test_always_fail():\n>       assert False\nE       assert False\n\ntests/test_lib.py:25: AssertionError', { file: 'tests/test_lib.py', line: 25 }],
    ['a Python traceback', `Traceback (most recent call last):\n  File "${join(root, 'tests/test_lib.py')}", line 9, in test_x\n    raise ValueError()`, { file: 'tests/test_lib.py', line: 9 }],
    ['.NET', `   at Acme.CalcTests.Divides() in ${join(root, 'Acme.Tests/CalcTests.cs')}:line 42`, { file: 'Acme.Tests/CalcTests.cs', line: 42 }],
    ['JVM: class and file name, found under a module source root', 'java.lang.AssertionError: expected\n\tat org.junit.Assert.fail(Assert.java:89)\n\tat com.acme.CalcTest.divides(CalcTest.java:20)', { file: 'service/src/test/java/com/acme/CalcTest.java', line: 20 }],
  ])('%s', (_, text, place) => {
    expect(locate(text)).toEqual(place);
  });

  test("frames outside the workspace, or of files that do not exist, do not count; the test's file and line do", () => {
    expect(locate('at f (/etc/passwd:1:1)\n    at g (src/missing.ts:3:1)')).toBeUndefined();
    expect(locate('at f (../outside.ts:1:1)', 'src/cart.test.ts', 7)).toEqual({ file: 'src/cart.test.ts', line: 7 });
    expect(locate(undefined, join(root, 'tests/test_lib.py'), 0)).toEqual({ file: 'tests/test_lib.py', line: undefined });
    expect(locate(undefined, 'node_modules/jest-circus/build/index.js', 3)).toBeUndefined();
  });
});
