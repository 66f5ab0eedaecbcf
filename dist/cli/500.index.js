export const id = 500;
export const ids = [500,156];
export const modules = {

/***/ 81500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CONFIG_CHECK_RULES: () => (/* binding */ CONFIG_CHECK_RULES),
  configCheck: () => (/* binding */ configCheck)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/errors/catalogue.ts
var catalogue = __webpack_require__(46360);
// EXTERNAL MODULE: ./packages/core/src/action/nothing-to-check.ts
var nothing_to_check = __webpack_require__(43830);
// EXTERNAL MODULE: ./packages/core/src/config/schemas.ts
var schemas = __webpack_require__(6748);
// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __webpack_require__(15170);
// EXTERNAL MODULE: ./packages/core/src/safe-files/contained-path.ts
var contained_path = __webpack_require__(71914);
// EXTERNAL MODULE: ./packages/core/src/errors/to-gates-error.ts
var to_gates_error = __webpack_require__(90246);
// EXTERNAL MODULE: ./packages/core/src/waivers/policy/base-policy.ts + 3 modules
var base_policy = __webpack_require__(78661);
// EXTERNAL MODULE: ./packages/core/src/waivers/load-waivers.ts
var load_waivers = __webpack_require__(71687);
// EXTERNAL MODULE: ./packages/core/src/waivers/review-waivers.ts
var review_waivers = __webpack_require__(78039);
// EXTERNAL MODULE: ./actions/rbac-guard/src/policy/compile.ts
var compile = __webpack_require__(56156);
;// CONCATENATED MODULE: ./actions/config-check/src/confirmation-bypass.ts

/**
 * The planner-first bypass configured: each command the policy makes wait for
 * a human's confirmation has a bypass entry that has not expired, so CI runs
 * it unattended where the policy says so instead of stopping on the
 * confirmation. Pure: today (YYYY-MM-DD, UTC, as rbac-guard compares `until`) comes in.
 */
function confirmationFindings(policy, file, today) {
    const findings = [];
    for (const command of policy.confirmation?.commands ?? []) {
        const entries = (policy.bypass ?? []).filter((entry) => (0,compile.nameMatcher)(entry.commands)(command));
        const live = entries.filter((entry) => entry.until >= today);
        if (live.length > 0)
            continue;
        const expired = entries.map((entry) => `${entry.id} (until ${entry.until})`);
        findings.push({
            ruleId: 'confirmation-unbypassed',
            severity: 'error',
            file,
            message: `planner-first confirmation required in CI: ${command} needs a human's confirmation and ${expired.length ? `its bypass expired: ${expired.join(', ')}` : 'no bypass entry names it'}, so every CI run of it is denied`,
            fixHint: `Add (or renew) a bypass entry for ${command} with the events, refs and actors CI runs it as, a reason and an until date; or run ${command} where a human confirms it.`,
        });
    }
    return findings;
}

// EXTERNAL MODULE: ./actions/config-check/src/validate-config.ts
var validate_config = __webpack_require__(42710);
;// CONCATENATED MODULE: ./actions/config-check/src/definition.ts





const rule = (id, description, severity) => ({ id, description, severity, docs: (0,catalogue/* ruleDocsUrl */.hS)('config-check', id) });
const CONFIG_CHECK_RULES = [
    rule('invalid-config', 'A suite config file is valid: its schema, and what the schema cannot say (roles, regexes, time zones, dates)', 'error'),
    rule('missing-config', 'A config file the phase requires (input require) is present', 'error'),
    rule('confirmation-unbypassed', 'Each planner-first command of the rbac-guard policy has an unexpired bypass entry', 'error'),
    rule('waiver-not-applied', 'No waiver has expired or breaks the waiver policy (its findings would count again)', 'error'),
    rule('waiver-expiring', 'No waiver expires within the policy\'s warning window', 'warning'),
    (0,nothing_to_check/* nothingToCheckRule */.J)('config-check'),
];
/** The kinds phase A looks for at their default paths; rbac-test files are `gates rbac test`'s, not the gates'. */
const SUITE_KINDS = ['gates', 'rbac', 'redact', 'env', 'perf', 'waivers'];
const configCheck = {
    name: 'config-check',
    description: "Phase A's controls: the suite's config files valid, the planner-first bypass configured, waivers within the policy, the state root safe.",
    rules: CONFIG_CHECK_RULES,
    async run({ inputs, workspace, stateRoot, env, runner }) {
        // No fallback: the runner delivers action.yml's default (rbac); an empty value means nothing is required.
        const required = requiredKinds(inputs.string('require') ?? '');
        const files = inputs.list('files');
        const targets = files.length > 0 ? files.map((file) => ({ file, kind: kindOf(file) })) : SUITE_KINDS.map((id) => ({ file: schemas/* CONFIG_KINDS */.j[id].defaultPath, kind: schemas/* CONFIG_KINDS */.j[id] })).filter(({ file }) => (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(workspace, file)));
        const findings = [];
        for (const id of required) {
            if (targets.some((target) => target.kind.id === id))
                continue;
            findings.push({ ruleId: 'missing-config', severity: 'error', file: schemas/* CONFIG_KINDS */.j[id].defaultPath, message: `no ${id} config: ${schemas/* CONFIG_KINDS */.j[id].defaultPath} is required (input require)`, fixHint: `Commit ${schemas/* CONFIG_KINDS */.j[id].defaultPath} (schemas/${schemas/* CONFIG_KINDS */.j[id].defaultPath.split('/').pop().replace(/\.yml$/, '')}.schema.json), or drop ${id} from require.` });
        }
        const today = new Date().toISOString().slice(0, 10);
        for (const { file, kind } of targets)
            for (const finding of await checkFile(workspace, file, kind, today, { env, inputs, runner }))
                findings.push(finding);
        return {
            findings,
            nothingToCheck: targets.length === 0 ? `no suite config file under .github/ (${SUITE_KINDS.map((id) => schemas/* CONFIG_KINDS */.j[id].defaultPath.split('/').pop()).join(', ')})` : undefined,
            outputs: { checked: targets.map((target) => target.file).join(','), 'state-root': stateRoot },
            notes: [`Checked ${targets.length} config file(s)${targets.length ? `: ${targets.map((target) => target.file).join(', ')}` : ''}. State root and suite variables (MEMORY_STORAGE_ROOT, GATES_STATE_IN_WORKSPACE) valid: the run would have stopped with exit 2 before any check otherwise.`],
        };
    },
};
function requiredKinds(text) {
    const names = text.split(',').map((name) => name.trim()).filter(Boolean);
    for (const name of names) {
        if (!SUITE_KINDS.includes(name))
            throw new gates_error/* GatesError */.xx('GATES_E_INPUT_INVALID', { input: 'require', value: name, expected: `a comma-separated list of ${SUITE_KINDS.join(', ')}` });
    }
    return names;
}
function kindOf(file) {
    const kind = (0,schemas/* configKindForPath */.b)(file);
    if (!kind || kind.id === 'error')
        throw new gates_error/* GatesError */.xx('GATES_E_INPUT_INVALID', { input: 'files', value: file, expected: `a suite config file named as at its default path (${SUITE_KINDS.map((id) => schemas/* CONFIG_KINDS */.j[id].defaultPath.split('/').pop()).join(', ')}, gates-rbac-test.yml)` });
    return kind;
}
/** One file's findings: a config error becomes findings (one per problem, at its line) so every file is judged in one run. */
async function checkFile(workspace, file, kind, today, policy) {
    const path = (0,contained_path/* containedPath */.fX)(workspace, (0,external_node_path_.resolve)(workspace, file));
    try {
        if (kind.id === 'waivers')
            return waiverFindings(workspace, file, policy);
        const loaded = await (0,validate_config/* validateConfigFile */.j)(path, kind, file);
        return kind.id === 'rbac' ? confirmationFindings(loaded.value, file, today) : [];
    }
    catch (thrown) {
        const error = (0,to_gates_error/* toGatesError */.s)(thrown);
        if (error.exitCode !== 2)
            throw error;
        const problems = error.details.length > 0 ? error.details : [{ message: error.message, location: error.location, hint: error.hint }];
        return problems.map((problem) => ({
            ruleId: 'invalid-config',
            severity: 'error',
            file: problem.location?.file ?? file,
            line: problem.location?.line,
            column: problem.location?.column,
            message: `${file} is not a valid ${kind.id} config: ${problem.message}`,
            fixHint: problem.hint || `Run \`gates validate ${file}\` and fix what it names.`,
        }));
    }
}
/**
 * The waiver lint judges by the policy the gates will apply: on a pull request
 * event the base commit's (resolvePolicy), so a pull request that relaxes
 * `policy:` next to the waiver it needs is not told the waiver is fine.
 */
async function waiverFindings(workspace, file, context) {
    const { set } = await (0,base_policy/* resolvePolicy */.n)((await (0,load_waivers/* loadWaivers */.Q)(workspace, file)), context);
    return (0,review_waivers/* reviewWaivers */.i)(set, Date.now()).flatMap(({ waiver, line, standing, detail }) => {
        if (standing === 'valid')
            return [];
        const expiring = standing === 'expiring';
        return [{
                ruleId: expiring ? 'waiver-expiring' : 'waiver-not-applied',
                severity: expiring ? 'warning' : 'error',
                file: set.file,
                line,
                message: `waiver ${waiver.id} (${waiver.gate}) ${detail}`,
                fixHint: expiring ? 'Renew it through the approval the policy names, or fix the findings it covers.' : 'Remove it, renew it through the approval the policy names (docs/waiver-policy.md), or fix the findings it covered.',
            }];
    });
}


/***/ }),

/***/ 76944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O2: () => (/* binding */ describeWindow),
/* harmony export */   Tu: () => (/* binding */ inPeriod),
/* harmony export */   _j: () => (/* binding */ isValidTimezone),
/* harmony export */   gO: () => (/* binding */ inWindow)
/* harmony export */ });
const WEEKDAYS = { Mon: 'mon', Tue: 'tue', Wed: 'wed', Thu: 'thu', Fri: 'fri', Sat: 'sat', Sun: 'sun' };
const formatters = new Map();
function formatterFor(timezone) {
    let formatter = formatters.get(timezone);
    if (!formatter) {
        // Throws RangeError for an unknown zone: compilePolicy calls this once per window to reject it early.
        formatter = new Intl.DateTimeFormat('en-US', { timeZone: timezone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
        formatters.set(timezone, formatter);
    }
    return formatter;
}
function isValidTimezone(timezone) {
    try {
        formatterFor(timezone);
        return true;
    }
    catch {
        return false;
    }
}
/** Whether `now` falls inside the window, in the window's time zone (UTC by default). Pure. */
function inWindow(window, now) {
    const parts = formatterFor(window.timezone ?? 'UTC').formatToParts(now);
    const part = (type) => parts.find((candidate) => candidate.type === type)?.value ?? '';
    const day = WEEKDAYS[part('weekday')];
    const minutes = Number(part('hour')) * 60 + Number(part('minute'));
    const toMinutes = (clock) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
    return day !== undefined && window.days.includes(day) && minutes >= toMinutes(window.from) && minutes < toMinutes(window.to);
}
function inPeriod(period, now) {
    const time = now.getTime();
    return time >= Date.parse(period.from) && time < Date.parse(period.to);
}
function describeWindow(window) {
    return `${window.days.join(',')} ${window.from}-${window.to} ${window.timezone ?? 'UTC'}`;
}


/***/ }),

/***/ 56156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compilePolicy: () => (/* binding */ compilePolicy),
/* harmony export */   findCycle: () => (/* binding */ findCycle),
/* harmony export */   nameMatcher: () => (/* binding */ nameMatcher)
/* harmony export */ });
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13483);
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15170);
/* harmony import */ var _evaluate_time_window_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76944);


/** Exact names are a set lookup; only real globs pay for a regex. Evaluated per request, so this matters. */
function nameMatcher(patterns) {
    const exact = new Set(patterns.filter((pattern) => !/[*?[\]{}!]/.test(pattern)));
    const globs = patterns.filter((pattern) => !exact.has(pattern));
    const glob = globs.length > 0 ? (0,_gates_core__WEBPACK_IMPORTED_MODULE_1__/* .globMatcher */ .f)(globs) : undefined;
    return glob ? (value) => exact.has(value) || glob(value) : (value) => exact.has(value);
}
/**
 * Checks what the schema cannot (unknown roles, inheritance cycles) and
 * precompiles every matcher once. Problems are reported all at once with the
 * line of each, as a config error (exit 2).
 */
function compilePolicy(policy, file = '.github/gates-rbac.yml', positions) {
    const problems = [];
    const at = (pointer) => ({ file, ...(positions?.value.get(pointer) ?? {}) });
    // Every lookup by a name from the file goes through Maps: `extends: [hasOwnProperty]` must be an unknown role, not a function.
    const specs = new Map(Object.entries(policy.roles));
    const roles = [...specs.keys()];
    for (const [name, role] of specs) {
        (role.extends ?? []).forEach((parent, index) => {
            if (!specs.has(parent))
                problems.push({ message: `role "${name}" extends unknown role "${parent}"`, location: at(`/roles/${name}/extends/${index}`), hint: `known roles: ${roles.join(', ')}` });
        });
    }
    (policy.subjects ?? []).forEach((subject, index) => {
        if (!specs.has(subject.role))
            problems.push({ message: `subject binds unknown role "${subject.role}"`, location: at(`/subjects/${index}/role`), hint: `known roles: ${roles.join(', ')}` });
    });
    const windowsAt = [
        ...[...specs].flatMap(([name, role]) => (role.grants ?? []).map((grant, index) => [`/roles/${name}/grants/${index}/windows`, grant.windows])),
        ...(policy.deny ?? []).map((rule, index) => [`/deny/${index}/windows`, rule.windows]),
    ];
    for (const [pointer, windows] of windowsAt) {
        (windows ?? []).forEach((window, index) => {
            if (window.timezone && !(0,_evaluate_time_window_js__WEBPACK_IMPORTED_MODULE_0__/* .isValidTimezone */ ._j)(window.timezone))
                problems.push({ message: `unknown time zone "${window.timezone}"`, location: at(`${pointer}/${index}/timezone`), hint: 'use an IANA zone such as Europe/Berlin or UTC' });
        });
    }
    const cycle = findCycle(specs);
    if (cycle)
        problems.push({ message: `role inheritance has a cycle: ${cycle.join(' → ')}`, location: at(`/roles/${cycle[0]}/extends`), hint: 'remove one of the `extends` links' });
    if (problems.length > 0)
        throw new _gates_core__WEBPACK_IMPORTED_MODULE_2__/* .GatesError */ .xx('GATES_E_CONFIG_INVALID', { file, count: problems.length }, { details: problems, location: problems[0].location });
    const ancestry = new Map(roles.map((role) => [role, ancestorsOf(specs, role)]));
    const own = new Map(roles.map((role) => [
        role,
        (specs.get(role).grants ?? []).map((grant, index) => ({
            declaredIn: role,
            index: index + 1,
            grant,
            commands: nameMatcher(grant.commands),
            environments: grant.environments ? nameMatcher(grant.environments) : undefined,
            refs: grant.refs ? nameMatcher(grant.refs) : undefined,
        })),
    ]));
    const grants = new Map(roles.map((role) => [role, [role, ...ancestry.get(role)].flatMap((name) => own.get(name))]));
    const granting = new Map();
    const byRoleAndCommand = new Map();
    return {
        policy,
        roles: specs,
        dependencies: new Map(Object.entries(policy.dependencies ?? {})),
        grants,
        grantsFor(role, command) {
            const key = `${role}\u0000${command}`;
            let found = byRoleAndCommand.get(key);
            if (!found) {
                found = (grants.get(role) ?? []).filter((grant) => grant.commands(command));
                byRoleAndCommand.set(key, found);
            }
            return found;
        },
        rolesGranting(command) {
            let found = granting.get(command);
            if (!found) {
                found = roles.filter((role) => grants.get(role).some((grant) => grant.commands(command)));
                granting.set(command, found);
            }
            return found;
        },
        ancestry,
        subjects: policy.subjects ?? [],
        deny: (policy.deny ?? []).map((rule) => ({
            rule,
            commands: nameMatcher(rule.commands),
            environments: rule.environments ? nameMatcher(rule.environments) : undefined,
            refs: rule.refs ? nameMatcher(rule.refs) : undefined,
        })),
        bypass: (policy.bypass ?? []).map((entry) => ({ entry, commands: nameMatcher(entry.commands), refs: entry.refs ? nameMatcher(entry.refs) : undefined })),
        confirmation: nameMatcher(policy.confirmation?.commands ?? []),
    };
}
/** Every role `role` inherits from, nearest first, each once. */
function ancestorsOf(specs, role) {
    const seen = [];
    const queue = (specs.get(role)?.extends ?? []).slice();
    while (queue.length > 0) {
        const next = queue.shift();
        if (next === role || seen.includes(next))
            continue;
        seen.push(next);
        for (const parent of specs.get(next)?.extends ?? [])
            queue.push(parent);
    }
    return seen;
}
/** A cycle in `extends`, as the path that closes it (a → b → a), or undefined. */
function findCycle(specs) {
    const state = new Map();
    const path = [];
    const visit = (role) => {
        if (state.get(role) === 'done')
            return undefined;
        if (state.get(role) === 'visiting')
            return [...path.slice(path.indexOf(role)), role];
        state.set(role, 'visiting');
        path.push(role);
        for (const parent of specs.get(role)?.extends ?? []) {
            if (!specs.has(parent))
                continue;
            const cycle = visit(parent);
            if (cycle)
                return cycle;
        }
        path.pop();
        state.set(role, 'done');
        return undefined;
    };
    for (const role of specs.keys()) {
        const cycle = visit(role);
        if (cycle)
            return cycle;
    }
    return undefined;
}


/***/ })

};
