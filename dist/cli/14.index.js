export const id = 14;
export const ids = [14,964];
export const modules = {

/***/ 51014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  envGuard: () => (/* binding */ envGuard)
});

// EXTERNAL MODULE: ./packages/core/src/github/api-timeout.ts
var api_timeout = __webpack_require__(26515);
// EXTERNAL MODULE: ./packages/core/src/config/config-input.ts
var config_input = __webpack_require__(60345);
// EXTERNAL MODULE: ./packages/core/src/config/schemas.ts
var schemas = __webpack_require__(6748);
// EXTERNAL MODULE: ./packages/core/src/github/event-origin.ts
var event_origin = __webpack_require__(80216);
// EXTERNAL MODULE: ./packages/core/src/env-spec/validate-env.ts + 4 modules
var validate_env = __webpack_require__(20467);
// EXTERNAL MODULE: ./packages/core/src/report/untrusted-text.ts
var untrusted_text = __webpack_require__(47920);
// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __webpack_require__(15170);
// EXTERNAL MODULE: ./packages/core/src/github/connect.ts + 1 modules
var connect = __webpack_require__(82964);
// EXTERNAL MODULE: ./packages/core/src/github/api-client.ts + 1 modules
var api_client = __webpack_require__(69539);
;// CONCATENATED MODULE: ./actions/env-guard/src/cleanup/stale-namespaces.ts

/** Every namespace env-guard recorded for a pull request, once each (the latest record wins). Pure. */
function recordedNamespaces(records, repository) {
    const byName = new Map();
    for (const record of records) {
        const event = record.event;
        if (event.action !== 'env-guard' || event.mode !== 'check' || event.kind !== 'ephemeral')
            continue;
        if (typeof event.namespace !== 'string' || !event.namespace || typeof event.pullRequest !== 'number')
            continue;
        // A shared state root may carry other repositories' records: only this one's pull requests are asked about.
        if (typeof event.repository === 'string' && event.repository.toLowerCase() !== repository.toLowerCase())
            continue;
        byName.set(event.namespace, { namespace: event.namespace, pullRequest: event.pullRequest, lastSeen: record.time });
    }
    return [...byName.values()].sort((a, b) => a.pullRequest - b.pullRequest || a.namespace.localeCompare(b.namespace));
}
/**
 * The recorded namespaces whose pull request is closed (merged or not), from
 * the API: one request per pull request. An answer that is not a pull
 * request is no answer (exit 3): a cleanup never guesses.
 */
async function closedPullRequests(api, owner, repo, numbers) {
    const closed = new Set();
    for (const number of new Set(numbers)) {
        const what = `pull request #${number}`;
        const pull = (0,api_client/* requireAnswer */.qt)(await api.get('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner, repo, pull_number: number }), what);
        const state = pull?.state;
        if (state !== 'open' && state !== 'closed')
            throw new gates_error/* GatesError */.xx('GATES_E_API_MALFORMED', { route: what, reason: 'no state open or closed' });
        if (state === 'closed')
            closed.add(number);
    }
    return closed;
}

;// CONCATENATED MODULE: ./actions/env-guard/src/facts/deploy-facts.ts
/** Variables the runner itself sets: never a deployment's credentials. */
const RUNNER_VARIABLE = /^(GITHUB_|RUNNER_|INPUT_|ACTIONS_)/;
function collectFacts(env, origin, inputs) {
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '/').split('/');
    return {
        target: inputs.target,
        jobEnvironment: inputs.jobEnvironment,
        event: env.GITHUB_EVENT_NAME ?? 'unknown',
        ref: env.GITHUB_REF ?? '',
        refName: env.GITHUB_REF_NAME ?? (env.GITHUB_REF ?? '').replace(/^refs\/(heads|tags)\//, ''),
        refProtected: env.GITHUB_REF_PROTECTED === 'true',
        origin,
        owner,
        repo,
        sha: env.GITHUB_SHA ?? '',
        runId: env.GITHUB_RUN_ID ?? '',
        variableNames: Object.keys(env).filter((name) => !RUNNER_VARIABLE.test(name) && env[name] !== undefined && env[name] !== ''),
        secretNames: inputs.secretNames,
    };
}

;// CONCATENATED MODULE: ./actions/env-guard/src/facts/secret-names.ts

/**
 * The names in the `secrets` input (the JSON of the secrets context,
 * `toJSON(secrets)`): only names are judged. Every value is registered with
 * the redactor first, so none can be printed, whatever happens next.
 */
function parseSecretNames(raw, redactor) {
    if (raw === undefined)
        return [];
    let parsed;
    try {
        parsed = JSON.parse(raw);
    }
    catch {
        redactor.tryAddSecret(raw.trim());
        throw new gates_error/* GatesError */.xx('GATES_E_INPUT_INVALID', { input: 'secrets', value: '(not shown)', expected: 'the JSON of the secrets context: ${{ toJSON(secrets) }}' });
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new gates_error/* GatesError */.xx('GATES_E_INPUT_INVALID', { input: 'secrets', value: '(not shown)', expected: 'a JSON object of secret names to values: ${{ toJSON(secrets) }}' });
    }
    for (const value of Object.values(parsed))
        if (typeof value === 'string' && value)
            redactor.tryAddSecret(value);
    return Object.keys(parsed);
}

// EXTERNAL MODULE: ./packages/core/src/text/glob.ts
var glob = __webpack_require__(13483);
;// CONCATENATED MODULE: ./actions/env-guard/src/judge/segregation.ts

/**
 * Segregation: may this run target this environment? Pure. Production from
 * a ref without protection, from a fork (or where that is unknown), or with
 * staging's credentials in sight is denied; so is staging with production's.
 * Variable and secret names only: values are never read here.
 */
function judgeSegregation(rules, facts) {
    const denials = [];
    const target = `${rules.kind} environment ${facts.target || '(unnamed)'}`;
    if (rules.events && !rules.events.includes(facts.event)) {
        denials.push({ rule: 'event', reason: `event ${facts.event} may not target the ${target} (allowed: ${rules.events.join(', ')})` });
    }
    if (rules.refs && !(0,glob/* globMatcher */.f)(rules.refs)(facts.ref)) {
        denials.push({ rule: 'ref', reason: `ref ${facts.ref || '(none)'} may not target the ${target} (allowed: ${rules.refs.join(', ')})` });
    }
    if (rules.protectedRef && !facts.refProtected) {
        denials.push({ rule: 'unprotected-ref', reason: `ref ${facts.ref || '(none)'} is not protected (GITHUB_REF_PROTECTED is not true); the ${target} takes only protected refs` });
    }
    if (!rules.forks && facts.origin.fromFork !== false) {
        const how = facts.origin.fromFork === 'unknown' ? 'may come from a fork (a comment on a pull request does not say)' : 'comes from a fork';
        denials.push({ rule: 'fork', reason: `the code ${how}; the ${target} takes no fork's code` });
    }
    if (rules.githubEnvironment && facts.jobEnvironment !== rules.githubEnvironment) {
        denials.push({ rule: 'github-environment', reason: `the job must run in GitHub environment ${rules.githubEnvironment} (job-environment is ${facts.jobEnvironment || 'not set'})` });
    }
    // Case-insensitive: on Linux prod_deploy_key and PROD_DEPLOY_KEY are two variables, holding the same kind of credential.
    const forbiddenName = (0,glob/* globMatcher */.f)(rules.forbiddenVariables.map((pattern) => pattern.toUpperCase()));
    const forbidden = (name) => forbiddenName(name.toUpperCase());
    const seen = [...facts.variableNames.map((name) => ({ name, what: 'variable' })), ...facts.secretNames.map((name) => ({ name, what: 'secret' }))];
    for (const { name, what } of seen) {
        if (forbidden(name))
            denials.push({ rule: 'forbidden-variable', reason: `the job sees ${what} ${name}, named for another environment (forbidden for the ${target}: ${rules.forbiddenVariables.join(', ')})` });
    }
    const present = new Set([...facts.variableNames, ...facts.secretNames]);
    for (const name of rules.requiredVariables) {
        if (!present.has(name))
            denials.push({ rule: 'required-variable', reason: `${name} is required for the ${target} and is not set` });
    }
    return denials;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./actions/env-guard/src/namespace/derive-namespace.ts

/** RFC 1123 DNS label: what Kubernetes namespaces, DNS names and most preview platforms accept. */
const MAX_LABEL_LENGTH = 63;
const HASH_LENGTH = 16;
const DNS_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
/**
 * The namespace (or project) name of an ephemeral environment: the template
 * filled in, as a DNS label. Deterministic (same values, same name) and
 * collision-free: when the text is already a valid label with no double
 * dash, it is the name; otherwise (characters replaced, cut to 63, or
 * dashes collapsed) the name is a cleaned prefix, `--` and 64 bits of
 * SHA-256 of the exact text. Clean names never contain `--`, so the two
 * kinds cannot meet, and hashed names differ unless SHA-256 collides.
 * Pure.
 */
function deriveNamespace(template, values) {
    const text = fillTemplate(template, values);
    if (text.length <= MAX_LABEL_LENGTH && DNS_LABEL.test(text) && !text.includes('--'))
        return text;
    const hash = (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, HASH_LENGTH);
    const prefix = cleanLabel(text).slice(0, MAX_LABEL_LENGTH - HASH_LENGTH - 2).replace(/-+$/, '');
    return prefix ? `${prefix}--${hash}` : `ns--${hash}`;
}
/** Owner and repository are case-insensitive on GitHub: lowercasing them loses nothing, so it is not a change that needs a hash. */
function fillTemplate(template, values) {
    const fill = {
        repo: values.repo.toLowerCase(),
        owner: values.owner.toLowerCase(),
        number: values.number === undefined ? '' : String(values.number),
        sha7: values.sha.slice(0, 7).toLowerCase(),
        ref: values.ref,
        environment: values.environment,
        run: values.run,
    };
    return template.replace(/\{([a-z0-9]+)\}/g, (whole, name) => fill[name] ?? whole);
}
/** Lowercase, anything outside [a-z0-9] a dash, runs of dashes one dash, none at either end. */
function cleanLabel(text) {
    return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

// EXTERNAL MODULE: ./packages/core/src/inputs/parse.ts
var parse = __webpack_require__(67528);
;// CONCATENATED MODULE: ./actions/env-guard/src/policy/compile-policy.ts

const DEFAULT_NAMESPACE = {
    template: '{repo}-pr{number}-{sha7}',
    fallbackTemplate: '{repo}-{ref}-{sha7}',
    exportAs: 'DEPLOY_NAMESPACE',
};
/**
 * Credentials named for the other side, which a job of this kind must never
 * see, whatever the policy adds: staging (and previews) must not hold
 * production's, production must not run on staging's.
 */
const BUILT_IN_FORBIDDEN = {
    ephemeral: ['PROD_*', 'PRODUCTION_*'],
    staging: ['PROD_*', 'PRODUCTION_*'],
    production: ['STAGING_*', 'STG_*'],
};
const PLACEHOLDERS = new Set(['repo', 'owner', 'number', 'sha7', 'ref', 'environment', 'run']);
/** The policy with defaults applied; what the schema cannot say (placeholders, regexes, enum values) is exit 2 with the line. */
function compilePolicy(file, path, positions) {
    const at = (pointer) => {
        const position = positions.value.get(pointer);
        return position ? { file: path, line: position.line, column: position.column } : { file: path };
    };
    const invalid = (pointer, problem) => {
        throw new gates_error/* GatesError */.xx('GATES_E_CONFIG_INVALID', { file: path, count: 1 }, { location: at(pointer), details: [{ message: `${pointer}: ${problem}`, location: at(pointer) }] });
    };
    const namespace = {
        template: file.namespace?.template ?? DEFAULT_NAMESPACE.template,
        fallbackTemplate: file.namespace?.['fallback-template'] ?? DEFAULT_NAMESPACE.fallbackTemplate,
        exportAs: file.namespace?.['export-as'] ?? DEFAULT_NAMESPACE.exportAs,
    };
    for (const [key, template] of [['template', namespace.template], ['fallback-template', namespace.fallbackTemplate]]) {
        const unknown = templateProblem(template);
        if (unknown)
            invalid(`/namespace/${key}`, unknown);
    }
    if (namespace.fallbackTemplate.includes('{number}'))
        invalid('/namespace/fallback-template', 'the fallback template is for runs without a pull request: it cannot use {number}');
    const environments = file.environments.map((entry, index) => {
        const pointer = `/environments/${index}`;
        entry.variables?.forEach((variable, v) => {
            const problem = variableProblem(variable);
            if (problem)
                invalid(`${pointer}/variables/${v}`, problem);
        });
        const line = positions.value.get(pointer)?.line;
        // GitHub environment names are not case sensitive: Production is the production environment.
        const matchName = (0,glob/* globMatcher */.f)([entry.name.toLowerCase()]);
        return { match: (name) => matchName(name.toLowerCase()), rules: rulesOf(entry, line ? `${path}:${line}` : path) };
    });
    return { environments, namespace, file: path };
}
function rulesOf(entry, source) {
    const production = entry.kind === 'production';
    return {
        pattern: entry.name,
        kind: entry.kind,
        events: entry.events,
        refs: entry.refs,
        // Production never takes a fork's code, and always wants a protected ref: not a policy choice.
        forks: production ? false : (entry.forks ?? entry.kind === 'ephemeral'),
        protectedRef: production ? true : (entry['protected-ref'] ?? false),
        githubEnvironment: entry['github-environment'],
        requiredVariables: entry['required-variables'] ?? [],
        forbiddenVariables: [...BUILT_IN_FORBIDDEN[entry.kind], ...(entry['forbidden-variables'] ?? [])],
        variables: entry.variables ?? [],
        source,
    };
}
/** Without a policy file: the kind read from the target's name (prod…, stag…, anything else a preview), built-in rules. */
function builtInRules(target) {
    const kind = /prod/i.test(target) ? 'production' : /stag/i.test(target) ? 'staging' : 'ephemeral';
    return rulesOf({ name: target || '(none)', kind }, 'built-in (no policy file)');
}
function templateProblem(template) {
    for (const match of template.matchAll(/\{([^}]*)\}/g)) {
        if (!PLACEHOLDERS.has(match[1]))
            return `unknown placeholder {${match[1]}}; known: ${[...PLACEHOLDERS].map((name) => `{${name}}`).join(', ')}`;
    }
    return undefined;
}
function variableProblem(variable) {
    const constraints = variable.constraints ?? {};
    if (variable.type === 'enum' && !constraints.values)
        return `${variable.name}: an enum needs constraints.values`;
    if (constraints.pattern !== undefined) {
        try {
            new RegExp(constraints.pattern, 'u');
        }
        catch (error) {
            return `${variable.name}: constraints.pattern is not a regular expression (${error.message})`;
        }
    }
    for (const key of ['min-duration', 'max-duration']) {
        if (constraints[key] !== undefined) {
            try {
                (0,parse/* parseDuration */.E9)(constraints[key]);
            }
            catch {
                return `${variable.name}: constraints.${key} is not a duration`;
            }
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./packages/core/src/report/markdown.ts
var markdown = __webpack_require__(97195);
;// CONCATENATED MODULE: ./actions/env-guard/src/report/env-summary.ts

/** The deployment check in the job summary: the decision, every reason, each declared variable (never its value). */
function renderCheckSummary(outcome, md) {
    const allowed = outcome.denials.length === 0 && outcome.variables.every((variable) => !variable.problem);
    const lines = [
        '### env-guard',
        '',
        `**${allowed ? 'Allowed' : 'Denied'}**: ${md.text(outcome.rules.kind)} environment ${md.code(outcome.target || '(unnamed)')}, by ${md.code(outcome.rules.pattern)} (${md.text(outcome.rules.source)}).`,
    ];
    if (outcome.namespace)
        lines.push('', `Namespace ${md.code(outcome.namespace)}, exported as ${md.code(outcome.exportAs)}.`);
    if (outcome.denials.length > 0)
        lines.push('');
    for (const denial of outcome.denials)
        lines.push(`- ${md.code(denial.rule)}: ${md.text(denial.reason)}`);
    if (outcome.variables.length > 0) {
        const rows = outcome.variables.map((variable) => [md.code(variable.name), variable.source, variable.problem ? `✗ ${md.text(variable.problem)}` : '✓']);
        lines.push('', (0,markdown/* table */.tp)(['Variable', 'From', 'Check'], rows));
    }
    return `${lines.join('\n')}\n`;
}
/** Cleanup: the recorded namespaces whose pull request is closed, for a cleanup job to delete. */
function renderCleanupSummary(stale, recorded, md) {
    const lines = ['### env-guard cleanup', '', `${stale.length} of ${recorded} recorded ephemeral namespace(s) belong to closed pull requests.`];
    if (stale.length > 0)
        lines.push('', (0,markdown/* table */.tp)(['Namespace', 'Pull request', 'Last derived'], stale.map((entry) => [md.code(entry.namespace), `#${entry.pullRequest}`, md.text(entry.lastSeen)])));
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./packages/core/src/errors/catalogue.ts
var catalogue = __webpack_require__(46360);
// EXTERNAL MODULE: ./packages/core/src/action/nothing-to-check.ts
var nothing_to_check = __webpack_require__(43830);
;// CONCATENATED MODULE: ./actions/env-guard/src/rules.ts

const ENV_GUARD_RULES = [
    { id: 'denied', description: 'This run may target the environment: event, ref, protection, fork, GitHub environment and credentials named for another environment', severity: 'error', docs: (0,catalogue/* ruleDocsUrl */.hS)('env-guard', 'denied') },
    { id: 'variable-invalid', description: 'A variable the environment declares is set (or defaulted) and valid for its type and constraints', severity: 'error', docs: (0,catalogue/* ruleDocsUrl */.hS)('env-guard', 'variable-invalid') },
    (0,nothing_to_check/* nothingToCheckRule */.J)('env-guard'),
];

;// CONCATENATED MODULE: ./actions/env-guard/src/definition.ts









const envGuard = {
    name: 'env-guard',
    description: 'Isolated, segregated deployment checks: which environment a run may target, with which variables, under which ephemeral namespace.',
    rules: ENV_GUARD_RULES,
    secretInputs: ['token'],
    async run(context) {
        const { inputs, workspace } = context;
        const mode = inputs.enumeration('mode', ['check', 'cleanup'], 'check');
        // Every input is checked whichever mode uses it: a bad value is a usage error now, not a surprise later.
        const apiTimeoutMs = inputs.duration('api-timeout', 10_000, api_timeout/* API_TIMEOUT_RANGE */.f);
        const loaded = await (0,config_input/* loadConfigInput */.j)(inputs, workspace, { input: 'policy', kind: schemas/* CONFIG_KINDS */.j.env });
        const policy = loaded ? compilePolicy(loaded.value, loaded.file, loaded.positions) : { namespace: DEFAULT_NAMESPACE };
        return mode === 'cleanup' ? cleanup(context, apiTimeoutMs) : check(context, policy);
    },
};
async function check({ inputs, env, runner, redactor }, policy) {
    const target = environmentName(inputs.string('environment') ?? '');
    const secretNames = parseSecretNames(inputs.raw('secrets'), redactor);
    const facts = collectFacts(env, (0,event_origin/* eventOrigin */.tW)(env.GITHUB_EVENT_NAME ?? '', (0,event_origin/* readEventPayload */.N5)(env)), { target, jobEnvironment: inputs.string('job-environment'), secretNames });
    const rules = rulesFor(policy, target);
    const denials = rules ? judgeSegregation(rules, facts) : [{ rule: 'no-environment', reason: `no environment in ${policy.file} matches ${target || '(an empty environment input)'}` }];
    const applied = rules ?? builtInRules(target);
    const variables = rules ? (0,validate_env/* checkVariables */.k)(rules.variables, env) : [];
    const namespace = applied.kind === 'ephemeral' ? namespaceOf(policy, facts) : undefined;
    const allowed = denials.length === 0 && variables.every((variable) => !variable.problem);
    if (allowed) {
        // Later steps get the namespace and the declared defaults, as the policy says they would.
        if (namespace)
            runner.exportVariable(policy.namespace.exportAs, namespace);
        for (const variable of variables)
            if (variable.source === 'default')
                runner.exportVariable(variable.name, variable.value);
    }
    const findings = [
        ...denials.map((denial) => ({ ruleId: 'denied', severity: 'error', message: `${denial.rule}: ${denial.reason}`, file: policy.file })),
        ...variables.filter((variable) => variable.problem).map((variable) => ({ ruleId: 'variable-invalid', severity: 'error', message: `${variable.name} is invalid: ${variable.problem}`, file: policy.file })),
    ];
    return {
        findings,
        // A deployment decision fails closed, whatever `fail-on` says.
        failOn: 'error',
        outputs: { 'environment-kind': applied.kind, namespace: namespace ?? '', allowed: String(allowed), 'stale-namespaces': '[]' },
        summaryAppendix: renderCheckSummary({ target, rules: applied, namespace, exportAs: policy.namespace.exportAs, denials, variables }, (0,untrusted_text/* markdownText */.p7)(redactor)),
        ledgerEvent: {
            mode: 'check',
            repository: env.GITHUB_REPOSITORY ?? null,
            environment: target,
            kind: applied.kind,
            namespace: namespace ?? null,
            pullRequest: facts.origin.pullRequest ?? null,
            allowed,
            denied: denials.map((denial) => denial.rule),
        },
    };
}
async function cleanup({ inputs, env, runner, redactor, ledger, state }, apiTimeoutMs) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner = '', repo = ''] = repository.split('/');
    // This runner's ledger and the segments other jobs of the run published: a cleanup job rarely runs where the previews did.
    const recorded = recordedNamespaces(state.merged(await ledger.readVerified()), repository);
    let stale = [];
    if (recorded.length > 0) {
        const token = inputs.string('token');
        if (!token)
            throw new gates_error/* GatesError */.xx('GATES_E_API_NO_TOKEN', { what: 'env-guard cleanup (which pull requests are closed)' });
        const api = await (0,connect.connectGitHub)(token, env, runner, { timeoutMs: apiTimeoutMs });
        const closed = await closedPullRequests(api, owner, repo, recorded.map((entry) => entry.pullRequest));
        stale = recorded.filter((entry) => closed.has(entry.pullRequest));
    }
    const names = stale.map((entry) => entry.namespace);
    for (const name of names)
        runner.info(`stale namespace ${name}`);
    return {
        findings: [],
        nothingToCheck: recorded.length === 0 ? 'no ephemeral namespace recorded for a pull request in the audit ledger' : undefined,
        outputs: { 'environment-kind': '', namespace: '', allowed: 'true', 'stale-namespaces': JSON.stringify(names) },
        summaryAppendix: renderCleanupSummary(stale, recorded.length, (0,untrusted_text/* markdownText */.p7)(redactor)),
        ledgerEvent: { mode: 'cleanup', repository, stale: names },
    };
}
/** The first environment whose pattern matches; without a policy, the built-in rules for the target's name. */
function rulesFor(policy, target) {
    if (!policy.environments)
        return builtInRules(target);
    return policy.environments.find((environment) => environment.match(target))?.rules;
}
function namespaceOf(policy, facts) {
    const template = facts.origin.pullRequest === undefined ? policy.namespace.fallbackTemplate : policy.namespace.template;
    return deriveNamespace(template, { repo: facts.repo, owner: facts.owner, number: facts.origin.pullRequest, sha: facts.sha, ref: facts.refName, environment: facts.target, run: facts.runId });
}
/**
 * The deployment target, held to what GitHub allows an environment name (at most 255 characters) and free of control or
 * bidirectional-override characters, which would let one name read as another in a log or a summary.
 */
function environmentName(name) {
    const problem = name.length > 255 ? 'at most 255 characters' : /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/u.test(name) ? 'no control or bidirectional-override characters' : undefined;
    if (problem)
        throw new gates_error/* GatesError */.xx('GATES_E_INPUT_INVALID', { input: 'environment', value: name, expected: `an environment name: ${problem}` });
    return name;
}


/***/ }),

/***/ 69539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yN: () => (/* binding */ GitHubApi),
  rY: () => (/* binding */ answerOrAbsent),
  fx: () => (/* binding */ describeRoute),
  qt: () => (/* binding */ requireAnswer)
});

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __webpack_require__(15170);
// EXTERNAL MODULE: ./packages/core/src/inputs/parse.ts
var parse = __webpack_require__(67528);
;// CONCATENATED MODULE: ./packages/core/src/github/retry-policy.ts
const DEFAULT_RETRY_LIMITS = { maxRetries: 2, baseDelayMs: 250, maxRateLimitWaitMs: 60_000 };
function isRateLimited(outcome) {
    if (outcome.status !== 403 && outcome.status !== 429)
        return false;
    return outcome.headers['x-ratelimit-remaining'] === '0' || outcome.headers['retry-after'] !== undefined;
}
/** Milliseconds until the rate limit lets a call through, or 0. */
function rateLimitWaitMs(headers, nowMs) {
    const retryAfter = Number(headers['retry-after']);
    if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter))
        return Math.max(0, retryAfter * 1000);
    if (headers['x-ratelimit-remaining'] !== '0')
        return 0;
    const reset = Number(headers['x-ratelimit-reset']);
    // Without a reset time there is nothing sound to wait for: give up rather than guess.
    return Number.isFinite(reset) ? Math.max(0, reset * 1000 - nowMs) : Number.POSITIVE_INFINITY;
}
/** `attempt` counts from 1 (the call that produced `outcome`). */
function decideRetry(outcome, attempt, nowMs, limits) {
    const { status } = outcome;
    if (status !== undefined && status < 400)
        return { retry: false, reason: 'ok' };
    if (isRateLimited(outcome)) {
        const waitMs = rateLimitWaitMs(outcome.headers, nowMs);
        // One wait for the limit to lift; a second refusal means it did not.
        if (attempt > 1 || waitMs > limits.maxRateLimitWaitMs)
            return { retry: false, reason: 'rate-limited' };
        return { retry: true, waitMs, reason: `rate limited (status ${status})` };
    }
    const transient = status === undefined || status >= 500;
    if (!transient)
        return { retry: false, reason: 'client-error' };
    if (attempt > limits.maxRetries)
        return { retry: false, reason: 'unavailable' };
    return {
        retry: true,
        waitMs: limits.baseDelayMs * 2 ** (attempt - 1),
        reason: status === undefined ? 'connection failed' : `server error ${status}`,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/github/api-client.ts




/**
 * A GitHub REST client with the behaviour gates promises everywhere: each
 * call has a timeout, transient failures are retried with bounded backoff,
 * rate limits are read from headers and waited out (or reported), identical
 * GETs within a run are made once, and calls are counted for the summary.
 * Failures that are not an answer throw a GatesError (exit 3): callers fail
 * closed.
 *
 * A circuit breaker: once a call gets no answer (connection failed, timed
 * out, 5xx on every attempt, rate limit exhausted) or the budget is spent,
 * the client stops for the rest of the run. Calls in flight are abandoned and
 * later ones fail at once with GATES_E_API_STOPPED, so an outage costs one
 * timeout instead of one per call.
 */
class GitHubApi {
    transport;
    options;
    calls = 0;
    rateLimit;
    /** Why the client stopped calling, once it has (the breaker is open). */
    stopped;
    cache = new Map();
    limits;
    deadline;
    halt = new AbortController();
    constructor(transport, options) {
        this.transport = transport;
        this.options = options;
        this.limits = { ...DEFAULT_RETRY_LIMITS, ...options.limits };
        this.deadline = options.budgetMs === undefined ? Number.POSITIVE_INFINITY : Date.now() + options.budgetMs;
    }
    /** GET `route` (Octokit route syntax, e.g. `GET /repos/{owner}/{repo}`), memoised per run. */
    get(route, params = {}) {
        const key = `${route} ${JSON.stringify(params)}`;
        let pending = this.cache.get(key);
        if (!pending) {
            pending = this.send(route, params);
            this.cache.set(key, pending);
        }
        return pending;
    }
    /** A write (`POST /repos/{owner}/{repo}/statuses/{sha}`, …): never memoised; body fields are params, as Octokit takes them. */
    post(route, params = {}) {
        return this.send(route, params);
    }
    async send(route, params) {
        const label = describeRoute(route, params);
        for (let attempt = 1;; attempt++) {
            if (this.stopped)
                throw this.stoppedError(label);
            await this.waitForRateLimit(label);
            const timeoutMs = this.callTimeout(label);
            this.calls++;
            const call = this.callSignal(timeoutMs);
            const response = await this.transport.request(route, params, call.signal).finally(call.done);
            // Another call opened the breaker while this one waited: its answer (or abort) no longer counts.
            if (this.stopped)
                throw this.stoppedError(label);
            this.recordRateLimit(response.headers);
            if (response.timedOut) {
                if (timeoutMs < this.options.timeoutMs)
                    throw this.stop(this.budgetSpent(), label);
                throw this.trip(new gates_error/* GatesError */.xx('GATES_E_API_TIMEOUT', { route: label, timeout: (0,parse/* formatDuration */.a3)(this.options.timeoutMs) }));
            }
            const decision = decideRetry(response, attempt, Date.now(), this.limits);
            if (decision.retry) {
                this.options.onWait?.(`${label}: ${decision.reason}`, decision.waitMs);
                await this.pause(decision.waitMs, label);
                continue;
            }
            switch (decision.reason) {
                case 'ok':
                    return { ok: true, status: response.status, data: response.data, ...(response.headers.link ? { link: response.headers.link } : {}) };
                case 'client-error':
                    return { ok: false, status: response.status, message: messageOf(response.data) };
                case 'rate-limited':
                    throw this.trip(new gates_error/* GatesError */.xx('GATES_E_API_RATE_LIMITED', { calls: this.calls, reset: this.resetDescription() }));
                case 'unavailable':
                    if (response.status === undefined) {
                        throw this.trip(new gates_error/* GatesError */.xx('GATES_E_NETWORK', { url: label, reason: response.failure ?? 'no response' }));
                    }
                    throw this.trip(new gates_error/* GatesError */.xx('GATES_E_API_UNAVAILABLE', { route: label, attempts: attempt, reason: `status ${response.status}` }));
            }
        }
    }
    /** The timeout of the next call: `timeoutMs`, or less when the budget ends sooner. Throws once the budget is spent. */
    callTimeout(label) {
        const left = this.deadline - Date.now();
        if (left <= 0)
            throw this.stop(this.budgetSpent(), label);
        return Math.min(this.options.timeoutMs, left);
    }
    /**
     * Aborted by the call's timeout or by the breaker opening. A timer and a
     * listener rather than `AbortSignal.any([AbortSignal.timeout(...), ...])`:
     * Node 20 holds the sources of `any` weakly, so a collected timeout signal
     * never fires and the call waits for undici's own 300 s limit (measured).
     */
    callSignal(timeoutMs) {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), timeoutMs);
        const onHalt = () => controller.abort();
        this.halt.signal.addEventListener('abort', onHalt, { once: true });
        return {
            signal: controller.signal,
            done: () => {
                clearTimeout(timer);
                this.halt.signal.removeEventListener('abort', onHalt);
            },
        };
    }
    /** Opens the breaker with the error that shows the API is not usable, and returns that error for the caller to throw. */
    trip(error) {
        this.open(`${error.message.replace(/\.$/, '')} (${error.code})`);
        return error;
    }
    /** Opens the breaker for a reason that is not one call's failure (the budget), and returns the error for this call. */
    stop(reason, label) {
        this.open(reason);
        return this.stoppedError(label);
    }
    open(reason) {
        if (this.stopped)
            return;
        this.stopped = reason;
        this.halt.abort();
    }
    stoppedError(label) {
        return new gates_error/* GatesError */.xx('GATES_E_API_STOPPED', { route: label, reason: this.stopped ?? 'an earlier failure' });
    }
    budgetSpent() {
        return `the run's API budget of ${(0,parse/* formatDuration */.a3)(this.options.budgetMs ?? 0)} was spent`;
    }
    /** A wait that the budget allows, cut short when the breaker opens. */
    async pause(waitMs, label) {
        if (Date.now() + waitMs > this.deadline)
            throw this.stop(this.budgetSpent(), label);
        try {
            await (0,promises_.setTimeout)(waitMs, undefined, { signal: this.halt.signal });
        }
        catch {
            throw this.stoppedError(label);
        }
    }
    recordRateLimit(headers) {
        const limit = Number(headers['x-ratelimit-limit']);
        const remaining = Number(headers['x-ratelimit-remaining']);
        const reset = Number(headers['x-ratelimit-reset']);
        if ([limit, remaining, reset].every(Number.isFinite))
            this.rateLimit = { limit, remaining, resetAt: reset * 1000 };
    }
    /** Known to be exhausted: wait for the reset when it is near, else stop now instead of burning calls. */
    async waitForRateLimit(label) {
        const snapshot = this.rateLimit;
        if (!snapshot || snapshot.remaining > 0)
            return;
        const waitMs = snapshot.resetAt - Date.now();
        if (waitMs <= 0)
            return;
        if (waitMs > this.limits.maxRateLimitWaitMs) {
            throw this.trip(new gates_error/* GatesError */.xx('GATES_E_API_RATE_LIMITED', { calls: this.calls, reset: this.resetDescription() }));
        }
        this.options.onWait?.('rate limit exhausted', waitMs);
        await this.pause(waitMs, label);
        snapshot.remaining = snapshot.limit;
    }
    resetDescription() {
        return this.rateLimit ? new Date(this.rateLimit.resetAt).toISOString() : 'an unknown time';
    }
}
/** The data of a successful answer; any other answer is a failed check (exit 3), never an absence. */
function requireAnswer(result, what) {
    if (result.ok)
        return result.data;
    throw new gates_error/* GatesError */.xx('GATES_E_API_DENIED', { status: result.status, route: what, reason: result.message });
}
/** Like requireAnswer, but 404 and 422 mean "no such thing" and give undefined. */
function answerOrAbsent(result, what) {
    if (!result.ok && (result.status === 404 || result.status === 422))
        return undefined;
    return requireAnswer(result, what);
}
/** `GET /repos/{owner}/{repo}` with params filled in, for messages. */
function describeRoute(route, params) {
    return route.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}
function messageOf(data) {
    if (data && typeof data === 'object' && typeof data.message === 'string') {
        return data.message;
    }
    return 'no message';
}


/***/ }),

/***/ 82964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  connectGitHub: () => (/* binding */ connectGitHub)
});

// UNUSED EXPORTS: PUBLIC_API_URL, apiBaseUrl

// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __webpack_require__(15170);
// EXTERNAL MODULE: ./packages/core/src/github/api-client.ts + 1 modules
var api_client = __webpack_require__(69539);
;// CONCATENATED MODULE: ./packages/core/src/github/octokit-transport.ts
/**
 * The network edge: `@actions/github`'s Octokit (proxy settings, user agent,
 * GHES base URL) turned into plain responses. Loaded lazily so an offline run
 * never pays for it.
 */
async function createOctokitTransport(options) {
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 61351));
    const log = { debug: () => { }, info: () => { }, warn: options.warn, error: options.warn };
    const octokit = getOctokit(options.token, { baseUrl: options.baseUrl.replace(/\/+$/, ''), log });
    return {
        async request(route, params, signal) {
            try {
                const response = await octokit.request(route, { ...params, request: { signal } });
                const headers = stringHeaders(response.headers);
                if (isUnreadJson(response.status, headers, response.data))
                    return { headers, data: undefined, failure: 'the response body was cut off or is not valid JSON' };
                return { status: response.status, headers, data: response.data };
            }
            catch (thrown) {
                return failedResponse(thrown, signal);
            }
        },
    };
}
function failedResponse(thrown, signal) {
    if (signal.aborted)
        return { headers: {}, data: undefined, timedOut: true };
    const error = thrown;
    // Octokit reports a connection failure as status 500 without a response.
    if (!error.response)
        return { headers: {}, data: undefined, failure: error.message ?? String(thrown) };
    return { status: error.response.status, headers: stringHeaders(error.response.headers), data: error.response.data };
}
/**
 * Octokit hands back the raw text, or "" when the body could not be read to
 * its end, where a JSON answer should have been parsed. Taken as data, that
 * empty answer reads as "no role, no reviews": it is a failed exchange
 * instead (retried, then exit 3). 204 No Content has no body to parse.
 */
function isUnreadJson(status, headers, data) {
    return status !== 204 && typeof data === 'string' && /^application\/(?:[\w.+-]*\+)?json\b/i.test(headers['content-type'] ?? '');
}
function stringHeaders(headers) {
    return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value === undefined ? undefined : String(value)]));
}

;// CONCATENATED MODULE: ./packages/core/src/github/connect.ts



const PUBLIC_API_URL = 'https://api.github.com';
/**
 * The API base URL the runner gives the job (GHES sets its own), checked: an
 * http(s) URL without credentials, query or fragment. Anything else is a
 * usage error (exit 2) before a token is sent anywhere.
 */
function apiBaseUrl(env) {
    const raw = env.GITHUB_API_URL || PUBLIC_API_URL;
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password || url.search || url.hash || raw.trim() !== raw) {
        // Credentials are never echoed, and a long value is described rather than cut (a cut could print part of a secret).
        const shown = url && (url.username || url.password) ? raw.replace(/\/\/[^@/]*@/, '//***@') : raw;
        const value = shown.length > 200 ? `a ${shown.length}-character value` : JSON.stringify(shown);
        throw new gates_error/* GatesError */.xx('GATES_E_ENV_INVALID', { name: 'GITHUB_API_URL', value, expected: 'an http(s) URL without credentials, such as https://api.github.com or https://HOST/api/v3' });
    }
    return raw;
}
/** A GitHubApi over Octokit for this job: its token, its API URL, waits logged. */
async function connectGitHub(token, env, runner, options) {
    const transport = await createOctokitTransport({ token, baseUrl: apiBaseUrl(env), warn: (line) => runner.warning(line) });
    return new api_client/* GitHubApi */.yN(transport, {
        ...options,
        onWait: (reason, waitMs) => runner.info(`GitHub API: ${reason}; waiting ${Math.ceil(waitMs / 1000)}s before retrying.`),
    });
}


/***/ }),

/***/ 80216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B0: () => (/* binding */ isFork),
/* harmony export */   N5: () => (/* binding */ readEventPayload),
/* harmony export */   tW: () => (/* binding */ eventOrigin)
/* harmony export */ });
/* harmony import */ var _safe_files_read_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6220);
/* harmony import */ var _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15170);


/** Events whose payload carries the pull request (`pull_request` at the top). */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);
/**
 * Whether the code under test comes from a fork, failing closed: a pull
 * request event without its pull request in the payload counts as a fork; a
 * comment on a pull request says nothing about the head (`unknown`: looked
 * up through the API when it matters); a workflow_run is a fork's when the
 * run's head repository is another (or gone). Pure.
 */
function eventOrigin(event, payload) {
    const pull = payload.pull_request;
    if (pull)
        return { fromFork: isFork(pull.head?.repo, pull.base?.repo ?? payload.repository), pullRequest: numberOf(pull.number), pullRequestAuthor: stringOf(pull.user?.login) };
    if (PULL_REQUEST_EVENTS.has(event))
        return { fromFork: true };
    if (event === 'issue_comment' && payload.issue?.pull_request) {
        return { fromFork: 'unknown', pullRequest: numberOf(payload.issue.number), pullRequestAuthor: stringOf(payload.issue.user?.login) };
    }
    if (event === 'workflow_run') {
        const run = payload.workflow_run;
        return { fromFork: run ? isFork(run.head_repository, run.repository ?? payload.repository) : true };
    }
    return { fromFork: false };
}
/** A head repository that differs from the base, is marked a fork, or is gone (deleted fork) is a fork. */
function isFork(head, base) {
    if (typeof head?.full_name !== 'string')
        return true;
    if (head.fork === true)
        return true;
    // Payload fields are read for their type, not assumed: a name that is not a string names no repository.
    return head.full_name.toLowerCase() !== stringOf(base?.full_name)?.toLowerCase();
}
/** Webhook payloads are capped at 25 MB by GitHub; anything larger (or a pipe, or /dev/zero) is not one. */
const MAX_EVENT_BYTES = 25 * 1024 * 1024;
/** The event payload the runner wrote (GITHUB_EVENT_PATH); `{}` without one; exit 2 when it is not a JSON object. */
function readEventPayload(env) {
    if (!env.GITHUB_EVENT_PATH)
        return {};
    let payload;
    try {
        payload = JSON.parse((0,_safe_files_read_file_js__WEBPACK_IMPORTED_MODULE_0__/* .readTextFile */ .Gu)(env.GITHUB_EVENT_PATH, { maxBytes: MAX_EVENT_BYTES }));
    }
    catch (error) {
        const reason = error instanceof _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesError */ .xx ? error.message : error.message;
        throw new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesError */ .xx('GATES_E_USAGE', { detail: `the event payload ${env.GITHUB_EVENT_PATH} cannot be read as JSON: ${reason}` }, { cause: error });
    }
    // The runner always writes an object; anything else is not an event, and nothing is read from it.
    if (!payload || typeof payload !== 'object' || Array.isArray(payload))
        throw new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesError */ .xx('GATES_E_USAGE', { detail: `the event payload ${env.GITHUB_EVENT_PATH} is not a JSON object` });
    return payload;
}
function stringOf(value) {
    return typeof value === 'string' ? value : undefined;
}
function numberOf(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}


/***/ })

};
