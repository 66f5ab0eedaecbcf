// Baseline: fast-xml-parser, a popular pure-JavaScript parser, building its
// object tree of the whole report and counting the test cases.
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';

const document = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(process.argv[2], 'utf8'));
let cases = 0;
for (const suite of [].concat(document.testsuites.testsuite)) cases += [].concat(suite.testcase).length;
if (cases === 0) process.exitCode = 1;
