export const id = 156;
export const ids = [156];
export const modules = {

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
