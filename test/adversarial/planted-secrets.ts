/**
 * Secrets to plant in what the actions read, and the files to plant them in,
 * each written in its own format's escaping (XML attributes, YAML strings) so
 * the action reads back the secret itself.
 */

/** A GitHub token: the underscore is what Markdown escaping used to turn into `ghp\_`. */
export const TOKEN_SECRET = 'ghp_R3dactB3foreEscap1ngXk9QwErTyUi0pAsD';

/** Every Markdown and HTML metacharacter, and the characters workflow commands, URLs and JSON escape. */
export const METACHAR_SECRET = 's3cr&t<_*[x](y)|~`%:,@#!>"\'\\$=+.-{w}';

/** Secret kinds of the leak matrix; each field gets its own value of the kind (the field's number appended). */
export const SECRET_KINDS: Readonly<Record<string, string>> = { token: TOKEN_SECRET, metachar: METACHAR_SECRET };

export function xmlAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\r/g, '&#13;').replace(/\n/g, '&#10;');
}

/** A YAML double-quoted scalar (JSON's string syntax is valid YAML). */
export function yamlString(text: string): string {
  return JSON.stringify(text);
}

export interface PlantedCase {
  suite: string;
  classname: string;
  name: string;
  seconds: number;
  failure?: string;
}

/** A JUnit report with the given cases, one suite per distinct suite name. */
export function junitReport(cases: readonly PlantedCase[]): string {
  const suites = new Map<string, PlantedCase[]>();
  for (const test of cases) suites.set(test.suite, [...(suites.get(test.suite) ?? []), test]);
  const body = [...suites]
    .map(([suite, tests]) => {
      const testcases = tests.map((test) => {
        const open = `    <testcase classname="${xmlAttribute(test.classname)}" name="${xmlAttribute(test.name)}" time="${test.seconds.toFixed(3)}"`;
        return test.failure ? `${open}>\n      <failure message="${xmlAttribute(test.failure)}"/>\n    </testcase>` : `${open}/>`;
      });
      return `  <testsuite name="${xmlAttribute(suite)}" tests="${tests.length}">\n${testcases.join('\n')}\n  </testsuite>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n${body}\n</testsuites>\n`;
}
