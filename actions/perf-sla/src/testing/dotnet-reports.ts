/**
 * NUnit 3 and xUnit.net v2 result files for tests. .NET is not on this
 * machine, so they are written from the formats' own documentation (NUnit's
 * "Test Result XML Format", xUnit.net's "XML Format v2") with the elements,
 * attributes and nesting those pages describe: an assembly with a fixture,
 * a parameterized method, a failure with its stack, an error, an
 * inconclusive, skipped and not-run tests, an environment error.
 */
export const NUNIT = `<?xml version="1.0" encoding="utf-8" standalone="no"?>
<test-run id="0" runstate="Runnable" testcasecount="6" result="Failed" label="Error" total="6" passed="2" failed="2" warnings="0" inconclusive="1" skipped="1" asserts="3" engine-version="3.16.3.0" clr-version="8.0.1" start-time="2026-11-25 10:28:25Z" end-time="2026-11-25 10:28:27Z" duration="1.914">
  <command-line><![CDATA[nunit3-console Acme.Tests.dll]]></command-line>
  <test-suite type="Assembly" id="0-1009" name="Acme.Tests.dll" fullname="/src/Acme.Tests/bin/Acme.Tests.dll" runstate="Runnable" testcasecount="6" result="Failed" site="Child" start-time="2026-11-25 10:28:25Z" end-time="2026-11-25 10:28:27Z" duration="1.800" total="6" passed="2" failed="2" warnings="0" inconclusive="1" skipped="1" asserts="3">
    <environment framework-version="3.14.0.0" clr-version="8.0.1" os-version="Unix 6.5.0.1" platform="Unix" cwd="/src" machine-name="runner" user="runner" user-domain="runner" culture="en-US" uiculture="en-US" os-architecture="x64" />
    <test-suite type="TestSuite" id="0-1010" name="Acme" fullname="Acme" runstate="Runnable" testcasecount="6" result="Failed" site="Child" duration="1.700" total="6" passed="2" failed="2" warnings="0" inconclusive="1" skipped="1" asserts="3">
      <test-suite type="TestFixture" id="0-1000" name="CalcTests" fullname="Acme.CalcTests" classname="Acme.CalcTests" runstate="Runnable" testcasecount="6" result="Failed" site="Child" duration="1.600" total="6" passed="2" failed="2" warnings="0" inconclusive="1" skipped="1" asserts="3">
        <test-case id="0-1001" name="Adds" fullname="Acme.CalcTests.Adds" methodname="Adds" classname="Acme.CalcTests" runstate="Runnable" seed="1" result="Passed" start-time="2026-11-25 10:28:25Z" end-time="2026-11-25 10:28:26Z" duration="0.512" asserts="1" />
        <test-case id="0-1002" name="Divides" fullname="Acme.CalcTests.Divides" methodname="Divides" classname="Acme.CalcTests" runstate="Runnable" seed="2" result="Failed" duration="0.250" asserts="1">
          <failure>
            <message><![CDATA[  Expected: 2
  But was:  3
]]></message>
            <stack-trace><![CDATA[   at Acme.CalcTests.Divides() in /src/Acme.Tests/CalcTests.cs:line 42
]]></stack-trace>
          </failure>
        </test-case>
        <test-case id="0-1003" name="Throws" fullname="Acme.CalcTests.Throws" methodname="Throws" classname="Acme.CalcTests" runstate="Runnable" seed="3" result="Failed" label="Error" duration="0.031" asserts="0">
          <failure><message><![CDATA[System.NullReferenceException]]></message></failure>
        </test-case>
        <test-suite type="ParameterizedMethod" id="0-1006" name="Squares" fullname="Acme.CalcTests.Squares" classname="Acme.CalcTests" runstate="Runnable" testcasecount="2" result="Passed" duration="0.020" total="2" passed="1" failed="0" warnings="0" inconclusive="1" skipped="0" asserts="1">
          <test-case id="0-1004" name="Squares(2,4)" fullname="Acme.CalcTests.Squares(2,4)" methodname="Squares" classname="Acme.CalcTests" runstate="Runnable" seed="4" result="Passed" duration="0.010" asserts="1" />
          <test-case id="0-1005" name="Squares(3,9)" fullname="Acme.CalcTests.Squares(3,9)" methodname="Squares" classname="Acme.CalcTests" runstate="Runnable" seed="5" result="Inconclusive" duration="0.010" asserts="0" />
        </test-suite>
        <test-case id="0-1007" name="Later" fullname="Acme.CalcTests.Later" methodname="Later" classname="Acme.CalcTests" runstate="Ignored" seed="6" result="Skipped" label="Ignored" duration="0.000" asserts="0">
          <reason><message><![CDATA[not yet]]></message></reason>
        </test-case>
      </test-suite>
    </test-suite>
  </test-suite>
</test-run>
`;

export const XUNIT = `<?xml version="1.0" encoding="utf-8"?>
<assemblies schema-version="3" id="8b1ab8b3-0b43-4b26-8f9d-0f6c34f0bb91" computer="runner" user="runner" start-rtf="2026-11-25T10:28:25.0000000+00:00" finish-rtf="2026-11-25T10:28:26.5000000+00:00" timestamp="11/25/2026 10:28:26">
  <assembly name="/src/Acme.Tests/bin/Acme.Tests.dll" environment="64-bit .NET 8.0.1 [collection-per-class, parallel (2 threads)]" test-framework="xUnit.net 2.9.2.0" run-date="2026-11-25" run-time="10:28:25" total="5" passed="2" failed="1" skipped="1" not-run="1" time="1.412" time-rtf="00:00:01.4120000" errors="1" start-rtf="2026-11-25T10:28:25.0000000+00:00" finish-rtf="2026-11-25T10:28:26.4120000+00:00">
    <errors>
      <error type="test-class-cleanup" name="Acme.CalcTests">
        <failure exception-type="System.InvalidOperationException"><message><![CDATA[fixture dispose failed]]></message><stack-trace><![CDATA[   at Acme.Fixture.Dispose()]]></stack-trace></failure>
      </error>
    </errors>
    <collection total="5" passed="2" failed="1" skipped="1" not-run="1" name="Test collection for Acme.CalcTests" id="c1" time="1.300" time-rtf="00:00:01.3000000">
      <test name="Acme.CalcTests.Adds" type="Acme.CalcTests" method="Adds" time="0.5120000" time-rtf="00:00:00.5120000" result="Pass" id="t1" source-file="/src/Acme.Tests/CalcTests.cs" source-line="12">
        <traits><trait name="Category" value="fast" /></traits>
      </test>
      <test name="Acme.CalcTests.Divides" type="Acme.CalcTests" method="Divides" time="0.2500000" result="Fail" id="t2">
        <failure exception-type="Xunit.Sdk.EqualException">
          <message><![CDATA[Assert.Equal() Failure: Values differ]]></message>
          <stack-trace><![CDATA[   at Acme.CalcTests.Divides() in /src/Acme.Tests/CalcTests.cs:line 21]]></stack-trace>
        </failure>
      </test>
      <test name="Acme.CalcTests.Squares(value: 3, expected: 9)" type="Acme.CalcTests" method="Squares" time="0.0100000" result="Pass" id="t3" />
      <test name="Acme.CalcTests.Later" type="Acme.CalcTests" method="Later" time="0" result="Skip" id="t4"><reason><![CDATA[not yet]]></reason></test>
      <test name="Acme.CalcTests.OnlyExplicitly" type="Acme.CalcTests" method="OnlyExplicitly" time="0" result="NotRun" id="t5" />
    </collection>
  </assembly>
</assemblies>
`;

