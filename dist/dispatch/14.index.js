export const id = 14;
export const ids = [14];
export const modules = {

/***/ 51014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  envGuard: () => (/* binding */ envGuard)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 119 modules
var src = __webpack_require__(91943);
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
        const pull = (0,src/* requireAnswer */.qtC)(await api.get('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner, repo, pull_number: number }), what);
        const state = pull?.state;
        if (state !== 'open' && state !== 'closed')
            throw new src/* GatesError */.xx('GATES_E_API_MALFORMED', { route: what, reason: 'no state open or closed' });
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
        throw new src/* GatesError */.xx('GATES_E_INPUT_INVALID', { input: 'secrets', value: '(not shown)', expected: 'the JSON of the secrets context: ${{ toJSON(secrets) }}' });
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new src/* GatesError */.xx('GATES_E_INPUT_INVALID', { input: 'secrets', value: '(not shown)', expected: 'a JSON object of secret names to values: ${{ toJSON(secrets) }}' });
    }
    for (const value of Object.values(parsed))
        if (typeof value === 'string' && value)
            redactor.tryAddSecret(value);
    return Object.keys(parsed);
}

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
    if (rules.refs && !(0,src/* globMatcher */.fUN)(rules.refs)(facts.ref)) {
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
    const forbiddenName = (0,src/* globMatcher */.fUN)(rules.forbiddenVariables.map((pattern) => pattern.toUpperCase()));
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
        throw new src/* GatesError */.xx('GATES_E_CONFIG_INVALID', { file: path, count: 1 }, { location: at(pointer), details: [{ message: `${pointer}: ${problem}`, location: at(pointer) }] });
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
        const matchName = (0,src/* globMatcher */.fUN)([entry.name.toLowerCase()]);
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
                (0,src/* parseDuration */.E9z)(constraints[key]);
            }
            catch {
                return `${variable.name}: constraints.${key} is not a duration`;
            }
        }
    }
    return undefined;
}

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
        lines.push('', (0,src/* table */.tpe)(['Variable', 'From', 'Check'], rows));
    }
    return `${lines.join('\n')}\n`;
}
/** Cleanup: the recorded namespaces whose pull request is closed, for a cleanup job to delete. */
function renderCleanupSummary(stale, recorded, md) {
    const lines = ['### env-guard cleanup', '', `${stale.length} of ${recorded} recorded ephemeral namespace(s) belong to closed pull requests.`];
    if (stale.length > 0)
        lines.push('', (0,src/* table */.tpe)(['Namespace', 'Pull request', 'Last derived'], stale.map((entry) => [md.code(entry.namespace), `#${entry.pullRequest}`, md.text(entry.lastSeen)])));
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./actions/env-guard/src/rules.ts

const ENV_GUARD_RULES = [
    { id: 'denied', description: 'This run may target the environment: event, ref, protection, fork, GitHub environment and credentials named for another environment', severity: 'error', docs: (0,src/* ruleDocsUrl */.hSJ)('env-guard', 'denied') },
    { id: 'variable-invalid', description: 'A variable the environment declares is set (or defaulted) and valid for its type and constraints', severity: 'error', docs: (0,src/* ruleDocsUrl */.hSJ)('env-guard', 'variable-invalid') },
    (0,src/* nothingToCheckRule */.JZf)('env-guard'),
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
        const apiTimeoutMs = inputs.duration('api-timeout', 10_000, src/* API_TIMEOUT_RANGE */.fLU);
        const loaded = await (0,src/* loadConfigInput */.jlE)(inputs, workspace, { input: 'policy', kind: src/* CONFIG_KINDS */.j0D.env });
        const policy = loaded ? compilePolicy(loaded.value, loaded.file, loaded.positions) : { namespace: DEFAULT_NAMESPACE };
        return mode === 'cleanup' ? cleanup(context, apiTimeoutMs) : check(context, policy);
    },
};
async function check({ inputs, env, runner, redactor }, policy) {
    const target = environmentName(inputs.string('environment') ?? '');
    const secretNames = parseSecretNames(inputs.raw('secrets'), redactor);
    const facts = collectFacts(env, (0,src/* eventOrigin */.tWf)(env.GITHUB_EVENT_NAME ?? '', (0,src/* readEventPayload */.N5_)(env)), { target, jobEnvironment: inputs.string('job-environment'), secretNames });
    const rules = rulesFor(policy, target);
    const denials = rules ? judgeSegregation(rules, facts) : [{ rule: 'no-environment', reason: `no environment in ${policy.file} matches ${target || '(an empty environment input)'}` }];
    const applied = rules ?? builtInRules(target);
    const variables = rules ? (0,src/* checkVariables */.kLD)(rules.variables, env) : [];
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
        summaryAppendix: renderCheckSummary({ target, rules: applied, namespace, exportAs: policy.namespace.exportAs, denials, variables }, (0,src/* markdownText */.p7L)(redactor)),
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
            throw new src/* GatesError */.xx('GATES_E_API_NO_TOKEN', { what: 'env-guard cleanup (which pull requests are closed)' });
        const api = await (0,src/* connectGitHub */.UYj)(token, env, runner, { timeoutMs: apiTimeoutMs });
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
        summaryAppendix: renderCleanupSummary(stale, recorded.length, (0,src/* markdownText */.p7L)(redactor)),
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
        throw new src/* GatesError */.xx('GATES_E_INPUT_INVALID', { input: 'environment', value: name, expected: `an environment name: ${problem}` });
    return name;
}


/***/ })

};
