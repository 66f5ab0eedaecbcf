export const id = 870;
export const ids = [870];
export const modules = {

/***/ 48870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMMAND_CHECK_RULES: () => (/* binding */ COMMAND_CHECK_RULES),
  commandCheck: () => (/* binding */ commandCheck)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/errors/catalogue.ts
var catalogue = __webpack_require__(46360);
// EXTERNAL MODULE: ./packages/core/src/action/nothing-to-check.ts
var nothing_to_check = __webpack_require__(43830);
// EXTERNAL MODULE: ./packages/core/src/report/untrusted-text.ts
var untrusted_text = __webpack_require__(47920);
// EXTERNAL MODULE: ./packages/core/src/safe-files/contained-path.ts
var contained_path = __webpack_require__(71914);
;// CONCATENATED MODULE: ./actions/command-check/src/process/child-environment.ts
/**
 * Variables a command under test must not inherit from the gate's step: the
 * step's inputs (its token among them), the runner's file commands (a command
 * writing `verdict=pass` to GITHUB_OUTPUT would forge the gate's verdict) and
 * the runner's service tokens. Fail closed: a command that needs one gets it
 * through the table's `env`, where a reviewer sees it.
 */
const WITHHELD = /^(INPUT_.*|GITHUB_(OUTPUT|ENV|PATH|STATE|STEP_SUMMARY)|ACTIONS_(RUNTIME_TOKEN|RUNTIME_URL|RESULTS_URL|CACHE_URL|ID_TOKEN_REQUEST_TOKEN|ID_TOKEN_REQUEST_URL))$/;
/** The environment of a case: the step's, less what is withheld, plus the table's additions. Pure. */
function childEnvironment(base, additions) {
    const env = {};
    for (const [name, value] of Object.entries(base))
        if (value !== undefined && !WITHHELD.test(name))
            env[name] = value;
    return { ...env, ...additions };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./actions/command-check/src/process/run-process.ts

/** Each stream is kept up to this many bytes; the rest is counted, not stored (and not judged). */
const MAX_OUTPUT_BYTES = 1024 * 1024;
/**
 * Runs one command as a real process: no shell (argv as given), its own
 * process group (so a timeout kills what it started too), stdin written then
 * closed, stdout and stderr captured (never passed through: they are
 * untrusted). Never rejects.
 */
function runProcess(request) {
    const started = performance.now();
    return new Promise((resolvePromise) => {
        const stdout = new Capture();
        const stderr = new Capture();
        let timedOut = false;
        let settled = false;
        const child = (0,external_node_child_process_.spawn)(request.argv[0], request.argv.slice(1), { cwd: request.cwd, env: request.env, shell: false, detached: true, windowsHide: true, stdio: [request.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
        const killGroup = () => {
            try {
                if (child.pid !== undefined)
                    process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                // ESRCH: the group is gone already.
            }
        };
        const finish = (result) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            resolvePromise({ ...result, stdout: stdout.text(), stderr: stderr.text(), truncated: stdout.truncated || stderr.truncated, durationMs: performance.now() - started });
        };
        const timer = setTimeout(() => {
            timedOut = true;
            killGroup();
        }, request.timeoutMs);
        child.stdout.on('data', (chunk) => stdout.add(chunk));
        child.stderr.on('data', (chunk) => stderr.add(chunk));
        child.on('error', (error) => {
            const outcome = error.code === 'ENOENT' ? 'missing' : error.code === 'EACCES' ? 'not-executable' : 'failed';
            finish({ outcome, exitCode: null, signal: null, detail: error.code ?? error.message });
        });
        // A leader that exits may leave children holding the pipes open: they go with it, so 'close' comes.
        child.on('exit', killGroup);
        child.on('close', (code, signal) => finish({ outcome: timedOut ? 'timeout' : 'exited', exitCode: code, signal }));
        if (child.stdin) {
            child.stdin.on('error', () => undefined); // EPIPE: the command did not read its input, which is its business.
            child.stdin.end(request.stdin);
        }
    });
}
class Capture {
    chunks = [];
    bytes = 0;
    truncated = false;
    add(chunk) {
        const room = MAX_OUTPUT_BYTES - this.bytes;
        if (chunk.length > room)
            this.truncated = true;
        if (room <= 0)
            return;
        const kept = chunk.length > room ? chunk.subarray(0, room) : chunk;
        this.chunks.push(kept);
        this.bytes += kept.length;
    }
    text() {
        return Buffer.concat(this.chunks).toString('utf8');
    }
}

// EXTERNAL MODULE: ./packages/core/src/report/markdown.ts
var markdown = __webpack_require__(97195);
;// CONCATENATED MODULE: ./actions/command-check/src/report/case-table.ts

/**
 * The job summary's section: one row per case, verdict, runs and what
 * differed from the table. Every word from the table or a command's output
 * goes through `md` (redacted, shortened, escaped): a command's output can
 * carry secrets, Markdown, HTML or workflow-command text.
 */
function renderCaseTable(file, rows, md) {
    const failed = rows.filter((row) => row.verdict === 'fail').length;
    return [
        `### Command surface: ${rows.length - failed} of ${rows.length} case(s) behaved as ${md.code(file)} says`,
        '',
        (0,markdown/* table */.tp)(['case', 'verdict', 'runs', 'what differed'], rows.map((row) => [md.code(row.name), row.verdict === 'pass' ? '✅ pass' : '❌ fail', String(row.runs), row.differed.length > 0 ? row.differed.map((item) => md.text(item)).join('<br>') : '—'])),
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./actions/command-check/src/rules/compare-runs.ts
/**
 * How the runs of one case differ, or undefined when each is the same as the
 * first: its outcome, exit code, then stdout and stderr, first differing line
 * quoted (short). Pure.
 */
function firstDifference(runs) {
    const [first, ...rest] = runs;
    for (const [index, run] of rest.entries()) {
        const label = `run ${index + 2} against run 1`;
        if (run.outcome !== first.outcome)
            return `${label}: ${run.outcome}, not ${first.outcome}`;
        if (run.exitCode !== first.exitCode)
            return `${label}: exit ${run.exitCode}, not ${first.exitCode}`;
        for (const stream of ['stdout', 'stderr']) {
            const line = differingLine(first[stream], run[stream]);
            if (line)
                return `${label}: ${stream} line ${line.number} is ${quote(line.after)}, not ${quote(line.before)}`;
        }
    }
    return undefined;
}
function differingLine(before, after) {
    if (before === after)
        return undefined;
    const a = before.split('\n');
    const b = after.split('\n');
    for (let index = 0; index < Math.max(a.length, b.length); index++) {
        if (a[index] !== b[index])
            return { number: index + 1, before: a[index] ?? '(end of output)', after: b[index] ?? '(end of output)' };
    }
    return undefined;
}
function quote(line) {
    return JSON.stringify(line.length > 120 ? `${line.slice(0, 119)}…` : line);
}

;// CONCATENATED MODULE: ./actions/command-check/src/rules/output-shape.ts
/**
 * Every way one output stream breaks its expected shape, each a sentence
 * that names the stream and the expectation (never the whole output: that
 * is untrusted text, quoted short by the caller when at all). Pure but for
 * the regex, which the table loader has judged safe.
 */
function shapeProblems(shape, text, stream, json) {
    const problems = [];
    if (shape.empty === true && text.length > 0)
        problems.push(`${stream} is not empty (${text.length} character(s))`);
    if (shape.empty === false && text.length === 0)
        problems.push(`${stream} is empty`);
    for (const piece of asList(shape.contains))
        if (!text.includes(piece))
            problems.push(`${stream} does not contain ${JSON.stringify(piece)}`);
    for (const piece of asList(shape['not-contains']))
        if (text.includes(piece))
            problems.push(`${stream} contains ${JSON.stringify(piece)}`);
    if (shape.regex !== undefined && !new RegExp(shape.regex, 'u').test(text))
        problems.push(`${stream} does not match /${shape.regex}/`);
    if (shape.json !== undefined)
        for (const problem of json(text, shape.json, stream))
            problems.push(problem);
    return problems;
}
function asList(value) {
    return value === undefined ? [] : typeof value === 'string' ? [value] : value;
}

;// CONCATENATED MODULE: ./actions/command-check/src/rules/judge-case.ts


/**
 * A case's runs against its expectations. The first run decides exit code
 * and output shape; every later run must be the same as the first
 * (deterministic pathing). A command that could not start or timed out is
 * judged on that alone: its output says nothing. Pure.
 */
function judgeCase(planned, runs, json) {
    const problems = [];
    const problem = (ruleId, text, fixHint) => problems.push({ ruleId, text, fixHint });
    const first = runs[0];
    const program = JSON.stringify(planned.argv[0]);
    if (first.outcome === 'missing' || first.outcome === 'not-executable' || first.outcome === 'failed') {
        const why = first.outcome === 'missing' ? `the program ${program} does not exist (not found on PATH or at that path from ${planned.cwd})` : first.outcome === 'not-executable' ? `the program ${program} is not executable` : `the program ${program} could not be started (${first.detail})`;
        problem('command-missing', why, 'Build or install the command before this step, or fix `run` in the table (the first word is the program; no shell runs it).');
    }
    else if (first.outcome === 'timeout') {
        problem('command-timeout', `did not finish within ${planned.timeoutMs} ms and was killed with its process group`, 'Make the command finish (does it wait for input or a server?), or raise the case\'s timeout.');
    }
    else {
        const expectedExit = planned.expect.exit ?? 0;
        if (first.exitCode !== expectedExit) {
            const got = first.exitCode === null ? `was killed by ${first.signal}` : `exited with ${first.exitCode}`;
            problem('unexpected-exit', `${got}, the table expects ${expectedExit}${excerpt(first)}`, 'Fix the command, or the table if the command is right (a negative case expects its non-zero exit).');
        }
        const shape = [
            ...(planned.expect.stdout ? shapeProblems(planned.expect.stdout, first.stdout, 'stdout', json) : []),
            ...(planned.expect.stderr ? shapeProblems(planned.expect.stderr, first.stderr, 'stderr', json) : []),
        ];
        if (shape.length > 0)
            problem('output-shape', `${shape.join('; ')}${first.truncated ? ' (output over 1 MiB: only its first 1 MiB was judged)' : ''}`, 'Fix what the command prints, or the expected shape in the table.');
        const difference = firstDifference(runs);
        if (difference)
            problem('nondeterministic', `runs differ: ${difference}`, 'Make the output depend only on the input (no times, random ids, unordered maps), or set `repeat: 1` for this case.');
    }
    const findings = problems.map(({ ruleId, text, fixHint }) => ({ ruleId, severity: 'error', file: planned.file, ...(planned.line ? { line: planned.line } : {}), message: `${planned.name}: ${text}`, fixHint }));
    return { row: { name: planned.name, verdict: problems.length > 0 ? 'fail' : 'pass', runs: runs.length, differed: problems.map(({ text }) => text) }, findings };
}
/** A short quotation of stderr (else stdout): what the command said when it failed. Rendered escaped and redacted by the core. */
function excerpt(result) {
    const said = (result.stderr.trim() || result.stdout.trim()).slice(0, 200);
    return said ? `; it said ${JSON.stringify(said)}` : '';
}

// EXTERNAL MODULE: ./packages/core/src/config/config-input.ts
var config_input = __webpack_require__(60345);
// EXTERNAL MODULE: ./packages/core/src/config/schemas.ts
var schemas = __webpack_require__(6748);
// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __webpack_require__(15170);
// EXTERNAL MODULE: ./packages/core/src/inputs/parse.ts
var parse = __webpack_require__(67528);
;// CONCATENATED MODULE: ./actions/command-check/src/table/safe-regex.ts
/**
 * Why a regular expression from the table is refused, or undefined when it
 * may run. JavaScript's engine backtracks and has no time limit, so a check
 * must not hang on a command's output: backreferences and nested unbounded
 * quantifiers (`(a+)+`, `(\w*)*`, the classic catastrophic shapes) are
 * refused, and the pattern must compile. Outputs are capped too
 * (MAX_OUTPUT_BYTES), which bounds what is left. Pure.
 */
function unsafeRegexReason(source) {
    try {
        new RegExp(source, 'u');
    }
    catch (error) {
        return `it does not compile: ${error instanceof Error ? error.message : String(error)}`;
    }
    if (/\\[1-9]|\\k</.test(source))
        return 'it uses a backreference, which can take exponential time';
    if (hasNestedUnboundedQuantifier(source))
        return 'it repeats a group that itself repeats without bound (such as (a+)+), which can take exponential time';
    return undefined;
}
/** Star height above one: a group quantified without bound whose content also has an unbounded quantifier. */
function hasNestedUnboundedQuantifier(source) {
    // For each open group: whether an unbounded quantifier occurs inside it.
    const groups = [];
    let closedGroupUnbounded = false;
    for (let index = 0; index < source.length; index++) {
        const char = source[index];
        if (char === '\\') {
            index++;
            closedGroupUnbounded = false;
            continue;
        }
        if (char === '[') {
            index = endOfClass(source, index);
            closedGroupUnbounded = false;
            continue;
        }
        if (char === '(') {
            groups.push(false);
            continue;
        }
        if (char === ')') {
            closedGroupUnbounded = groups.pop() ?? false;
            if (groups.length > 0 && closedGroupUnbounded)
                groups[groups.length - 1] = true;
            if (isUnboundedQuantifier(source, index + 1) && closedGroupUnbounded)
                return true;
            continue;
        }
        if (isUnboundedQuantifier(source, index) && groups.length > 0)
            groups[groups.length - 1] = true;
        closedGroupUnbounded = false;
    }
    return false;
}
function isUnboundedQuantifier(source, index) {
    const char = source[index];
    return char === '*' || char === '+' || (char === '{' && /^\{\d+,\}/.test(source.slice(index)));
}
function endOfClass(source, start) {
    for (let index = start + 1; index < source.length; index++) {
        if (source[index] === '\\')
            index++;
        else if (source[index] === ']')
            return index;
    }
    return source.length;
}

;// CONCATENATED MODULE: ./actions/command-check/src/table/load-table.ts


/** Longest a case may run: a phase job has minutes, not hours. */
const MAX_CASE_TIMEOUT_MS = 10 * 60_000;
/**
 * The table named by the `table` input, validated and planned; undefined when
 * there is none at the default path (nothing to check). Its schema first
 * (the core's config loader: file:line errors, exit 2), then what a schema
 * cannot say, each problem at its line: names unique, working directories
 * inside the workspace, regexes safe, JSON Schemas that compile.
 */
async function loadTable(inputs, workspace, defaultTimeoutMs, defaultRepeat) {
    const loaded = await (0,config_input/* loadConfigInput */.j)(inputs, workspace, { input: 'command-table', kind: schemas/* CONFIG_KINDS */.j.commands });
    if (!loaded)
        return undefined;
    const table = loaded.value;
    const problems = await tableProblems(table, loaded.file, loaded.positions);
    if (problems.length > 0)
        throw new gates_error/* GatesError */.xx('GATES_E_CONFIG_INVALID', { file: loaded.file, count: problems.length }, { details: problems, location: problems[0].location });
    return { file: loaded.file, cases: planCases(table, loaded.file, loaded.positions, defaultTimeoutMs, defaultRepeat) };
}
/** Defaults applied: the case's own setting, else the table's `defaults`, else the action's inputs. Pure. */
function planCases(table, file, positions, defaultTimeoutMs, defaultRepeat) {
    const timeout = table.defaults?.timeout;
    return table.commands.map((entry, index) => ({
        name: entry.name,
        argv: entry.run,
        // Checked by tableProblems: a cwd outside the workspace never gets here.
        cwd: normaliseCwd(entry.cwd ?? '.') ?? '.',
        env: { ...table.defaults?.env, ...entry.env },
        ...(entry.stdin !== undefined ? { stdin: entry.stdin } : {}),
        timeoutMs: entry.timeout ? (0,parse/* parseDuration */.E9)(entry.timeout) : timeout ? (0,parse/* parseDuration */.E9)(timeout) : defaultTimeoutMs,
        repeat: entry.repeat ?? table.defaults?.repeat ?? defaultRepeat,
        expect: entry.expect,
        file,
        line: positions?.value.get(`/commands/${index}`)?.line,
    }));
}
async function tableProblems(table, file, positions) {
    const problems = [];
    const at = (pointer, message, hint) => {
        const position = positions?.value.get(pointer) ?? positions?.key.get(pointer);
        problems.push({ message, location: position ? { file, line: position.line, column: position.column } : { file }, ...(hint ? { hint } : {}) });
    };
    const timeouts = [['/defaults/timeout', table.defaults?.timeout], ...table.commands.map((entry, index) => [`/commands/${index}/timeout`, entry.timeout])];
    for (const [pointer, value] of timeouts) {
        if (value !== undefined && (0,parse/* parseDuration */.E9)(value) > MAX_CASE_TIMEOUT_MS)
            at(pointer, `${pointer} ${value} is over the limit of 10m`);
    }
    const seen = new Set();
    for (const [index, entry] of table.commands.entries()) {
        const pointer = `/commands/${index}`;
        if (seen.has(entry.name))
            at(`${pointer}/name`, `${pointer}/name "${entry.name}" is not unique: each case is one row of the summary`);
        seen.add(entry.name);
        if (entry.run[0] === '')
            at(`${pointer}/run/0`, `${pointer}/run/0 is empty: the first word is the program to run`);
        if (entry.cwd !== undefined && normaliseCwd(entry.cwd) === undefined)
            at(`${pointer}/cwd`, `${pointer}/cwd "${entry.cwd}" is outside the workspace`, 'Give a directory relative to the workspace, without .. or a leading /.');
        for (const stream of ['stdout', 'stderr']) {
            const shape = entry.expect[stream];
            if (shape)
                for (const [where, message, hint] of await load_table_shapeProblems(shape))
                    at(`${pointer}/expect/${stream}/${where}`, `${pointer}/expect/${stream}/${where} ${message}`, hint);
        }
    }
    return problems;
}
async function load_table_shapeProblems(shape) {
    const problems = [];
    if (shape.regex !== undefined) {
        const reason = unsafeRegexReason(shape.regex);
        if (reason)
            problems.push(['regex', `is refused: ${reason}`, 'Match a fixed piece with contains, or bound the repetition ({1,50}).']);
    }
    if (typeof shape.json === 'object') {
        const { compileProblem } = await Promise.all(/* import() */[__webpack_require__.e(892), __webpack_require__.e(224)]).then(__webpack_require__.bind(__webpack_require__, 55224));
        const problem = compileProblem(shape.json);
        if (problem)
            problems.push(['json', `is not a JSON Schema this check can use: ${problem}`]);
    }
    return problems;
}
/** A working directory inside the workspace, with forward slashes; undefined for an absolute path or one that climbs out. */
function normaliseCwd(cwd) {
    const parts = cwd.replace(/\\/g, '/').split('/');
    if (cwd.startsWith('/') || cwd.startsWith('\\') || /^[A-Za-z]:/.test(cwd) || parts.includes('..'))
        return undefined;
    const kept = parts.filter((part) => part !== '' && part !== '.');
    return kept.length > 0 ? kept.join('/') : '.';
}

;// CONCATENATED MODULE: ./actions/command-check/src/definition.ts








const rule = (id, description) => ({ id, description, severity: 'error', docs: (0,catalogue/* ruleDocsUrl */.hS)('command-check', id) });
const COMMAND_CHECK_RULES = [
    rule('command-missing', 'The command of each case exists and starts: its program is on PATH or at its path, executable, and its working directory exists'),
    rule('unexpected-exit', 'Each case exits with the code the table expects (0 unless it says otherwise; a negative case names its error exit)'),
    rule('output-shape', "Each case's stdout and stderr have the shape the table expects: JSON matching a schema, strings it must or must not contain, a regex, empty or not"),
    rule('command-timeout', 'Each case finishes within its timeout (killed with its process group when it does not)'),
    rule('nondeterministic', "A case run more than once (repeat) gives the same exit code and output each time: the same input takes the same path"),
    (0,nothing_to_check/* nothingToCheckRule */.J)('command-check'),
];
const commandCheck = {
    name: 'command-check',
    description: "Phase B's command-surface and routing checks: each command of the declared table run as a process, its exit code and output shape judged, twice to catch nondeterminism.",
    rules: COMMAND_CHECK_RULES,
    annotationPriority: ['command-missing', 'unexpected-exit', 'output-shape', 'command-timeout', 'nondeterministic'],
    async run({ inputs, runner, redactor, env, workspace }) {
        const timeoutMs = inputs.duration('case-timeout', 30_000, { minMs: 100, maxMs: MAX_CASE_TIMEOUT_MS });
        const repeat = inputs.integer('repeat', 2, { min: 1, max: 10 });
        const table = await loadTable(inputs, workspace, timeoutMs, repeat);
        const cases = table?.cases ?? [];
        // Loaded only when a case expects JSON: ajv is the heaviest module the action has.
        const json = cases.some((entry) => entry.expect.stdout?.json !== undefined || entry.expect.stderr?.json !== undefined) ? (await Promise.all(/* import() */[__webpack_require__.e(892), __webpack_require__.e(224)]).then(__webpack_require__.bind(__webpack_require__, 55224))).jsonProblems : () => [];
        const findings = [];
        const rows = [];
        for (const planned of cases) {
            runner.info(`command-check: ${planned.name} (${planned.repeat} run(s))`);
            const judgement = judgeCase(planned, await runCase(planned, workspace, env), json);
            rows.push(judgement.row);
            for (const finding of judgement.findings)
                findings.push(finding);
        }
        const failed = rows.filter((row) => row.verdict === 'fail').length;
        return {
            findings,
            nothingToCheck: cases.length === 0 ? (table ? `${table.file} declares no command` : `no command table at ${inputs.string('command-table') ?? '.github/gates-commands.yml'}`) : undefined,
            outputs: { cases: String(rows.length), passed: String(rows.length - failed), failed: String(failed), ...(table ? { table: table.file } : {}) },
            notes: table ? [`Ran ${rows.length} case(s) of ${table.file}: ${rows.length - failed} behaved as declared, ${failed} did not.`] : undefined,
            summaryAppendix: table && rows.length > 0 ? renderCaseTable(table.file, rows, (0,untrusted_text/* markdownText */.p7)(redactor)) : undefined,
            ledgerEvent: { cases: rows.length, failed },
        };
    },
};
/** The case's runs: all `repeat` of them, or only the first when it could not start or timed out (a second says nothing new). */
async function runCase(planned, workspace, env) {
    // A committed symbolic link that leads out of the workspace is refused (exit 2), as everywhere in gates.
    const cwd = (0,contained_path/* containedDirectory */.R)(workspace, (0,external_node_path_.resolve)(workspace, planned.cwd));
    if (!(0,external_node_fs_.existsSync)(cwd) || !(0,external_node_fs_.statSync)(cwd).isDirectory()) {
        return [{ outcome: 'failed', exitCode: null, signal: null, stdout: '', stderr: '', truncated: false, durationMs: 0, detail: `its working directory ${planned.cwd} does not exist` }];
    }
    const request = { argv: planned.argv, cwd, env: childEnvironment(env, planned.env), ...(planned.stdin !== undefined ? { stdin: planned.stdin } : {}), timeoutMs: planned.timeoutMs };
    const runs = [];
    for (let index = 0; index < planned.repeat; index++) {
        const result = await runProcess(request);
        runs.push(result);
        if (result.outcome !== 'exited')
            break;
    }
    return runs;
}


/***/ })

};
