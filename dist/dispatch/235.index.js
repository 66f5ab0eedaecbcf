export const id = 235;
export const ids = [235];
export const modules = {

/***/ 3235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkRepository: () => (/* binding */ checkRepository),
  pinCheck: () => (/* binding */ pinCheck)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./actions/pin-check/src/repository-facts.ts
function emptyFacts() {
    return { workflows: [], dockerfiles: [], paths: new Set(), manifests: [], skipped: [] };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./actions/pin-check/src/workflow-model.ts

function parseWorkflowFacts(file, text, kind) {
    const facts = { file, kind, uses: [], runs: [], images: [] };
    const lines = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: true });
    const problem = document.errors[0];
    if (problem) {
        const position = problem.linePos?.[0] ?? { line: 1, col: 1 };
        facts.parseError = { message: problem.message.split('\n')[0].split(' at line ')[0], line: position.line, column: position.col };
        return facts;
    }
    const root = document.contents;
    if (!(0,dist/* isMap */.jh)(root))
        return facts;
    const at = (node) => {
        const { line, col } = lines.linePos(node.range?.[0] ?? 0);
        return { line, column: col };
    };
    const visitSteps = (steps) => {
        if (!(0,dist/* isSeq */.oP)(steps))
            return;
        for (const step of steps.items) {
            if (!(0,dist/* isMap */.jh)(step))
                continue;
            addUses(step, facts, text, at);
            const run = step.get('run', true);
            if ((0,dist/* isScalar */.jn)(run) && typeof run.value === 'string')
                facts.runs.push(runFact(run, at));
        }
    };
    if (kind === 'workflow') {
        const jobs = root.get('jobs', true);
        if (!(0,dist/* isMap */.jh)(jobs))
            return facts;
        for (const pair of jobs.items) {
            const job = pair.value;
            if (!(0,dist/* isMap */.jh)(job))
                continue;
            addUses(job, facts, text, at);
            addContainer(job, facts, at);
            visitSteps(job.get('steps', true));
        }
    }
    else {
        const runs = root.get('runs', true);
        if (!(0,dist/* isMap */.jh)(runs))
            return facts;
        visitSteps(runs.get('steps', true));
        const image = runs.get('image', true);
        if ((0,dist/* isScalar */.jn)(image) && typeof image.value === 'string' && image.value.startsWith('docker://')) {
            facts.images.push({ image: image.value.slice('docker://'.length), where: 'docker action', ...at(image) });
        }
    }
    return facts;
}
function addUses(map, facts, text, at) {
    const uses = map.get('uses', true);
    if (!(0,dist/* isScalar */.jn)(uses) || typeof uses.value !== 'string' || !uses.range)
        return;
    const [start, end] = uses.range;
    const lineEnd = text.indexOf('\n', end);
    const rest = text.slice(end, lineEnd === -1 ? undefined : lineEnd);
    const comment = /^\s*#\s*(.*?)\s*$/.exec(rest.replace(/\r$/, ''))?.[1];
    facts.uses.push({ value: uses.value, comment, start, end, ...at(uses) });
}
function addContainer(job, facts, at) {
    const pushImage = (node, where) => {
        const image = (0,dist/* isMap */.jh)(node) ? node.get('image', true) : node;
        if ((0,dist/* isScalar */.jn)(image) && typeof image.value === 'string')
            facts.images.push({ image: image.value, where, ...at(image) });
    };
    pushImage(job.get('container', true), 'container');
    const services = job.get('services', true);
    if ((0,dist/* isMap */.jh)(services))
        for (const service of services.items)
            pushImage(service.value, `services.${String(service.key?.value ?? service.key)}`);
}
function runFact(run, at) {
    const position = at(run);
    const isBlock = run.type === 'BLOCK_LITERAL' || run.type === 'BLOCK_FOLDED';
    // A block scalar's content starts on the line after its `|` or `>` header.
    const firstScriptLine = isBlock ? position.line + 1 : position.line;
    return { script: String(run.value), firstScriptLine, ...position };
}

;// CONCATENATED MODULE: ./actions/pin-check/src/collect.ts




/** Workflow files are small; a bigger one is generated or hostile and is reported, not parsed. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;
const MAX_FILES = 200_000;
const SKIP_DIRECTORIES = new Set(['.git', 'node_modules', '.venv', 'vendor', 'dist', 'target']);
const WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/;
const ACTION = /(^|\/)action\.ya?ml$/;
const DOCKERFILE = /(^|\/)((Dockerfile|Containerfile)(\.[\w.-]+)?|[\w.-]+\.(Dockerfile|Containerfile))$/;
const MANIFEST = /(^|\/)(package\.json|package-lock\.json|npm-shrinkwrap\.json|requirements[\w.-]*\.txt|go\.mod|Cargo\.toml|pyproject\.toml)$/;
/**
 * Walks the workspace once and reads the files the rules need. Symlinks are
 * never followed (a link out of the workspace would leak or loop); binary,
 * oversized, unreadable and non-UTF-8 files are listed as skipped with why.
 */
async function collectFacts(workspace) {
    const facts = emptyFacts();
    const pending = [workspace];
    while (pending.length > 0 && facts.paths.size < MAX_FILES) {
        const directory = pending.pop();
        let entries;
        try {
            entries = await (0,promises_.readdir)(directory, { withFileTypes: true });
        }
        catch (error) {
            facts.skipped.push({ path: toRelative(workspace, directory), reason: `cannot list: ${error.code}` });
            continue;
        }
        entries.sort((a, b) => a.name.localeCompare(b.name));
        for (const entry of entries) {
            const absolute = (0,external_node_path_.join)(directory, entry.name);
            const path = toRelative(workspace, absolute);
            if (entry.isDirectory()) {
                if (!SKIP_DIRECTORIES.has(entry.name))
                    pending.push(absolute);
            }
            else if (entry.isSymbolicLink()) {
                if (wanted(path))
                    facts.skipped.push({ path, reason: 'symbolic link, not followed' });
            }
            else if (entry.isFile()) {
                facts.paths.add(path);
                if (wanted(path))
                    await readWanted(absolute, path, facts);
            }
        }
    }
    return facts;
}
function wanted(path) {
    return WORKFLOW.test(path) || ACTION.test(path) || DOCKERFILE.test(path) || MANIFEST.test(path);
}
async function readWanted(absolute, path, facts) {
    const text = await readText(absolute, path, facts);
    if (text === undefined)
        return;
    if (WORKFLOW.test(path))
        facts.workflows.push(parseWorkflowFacts(path, text, 'workflow'));
    else if (ACTION.test(path))
        facts.workflows.push(parseWorkflowFacts(path, text, 'action'));
    else if (DOCKERFILE.test(path))
        facts.dockerfiles.push({ path, text });
    else
        facts.manifests.push({ path, text });
}
async function readText(absolute, path, facts) {
    try {
        const info = await (0,promises_.lstat)(absolute);
        if (info.size > MAX_FILE_BYTES) {
            facts.skipped.push({ path, reason: `${info.size} bytes, over the ${MAX_FILE_BYTES}-byte limit` });
            return undefined;
        }
        const handle = await (0,promises_.open)(absolute, 'r');
        let bytes;
        try {
            bytes = await handle.readFile();
        }
        finally {
            await handle.close();
        }
        if (bytes.includes(0)) {
            facts.skipped.push({ path, reason: 'binary file' });
            return undefined;
        }
        const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    }
    catch (error) {
        const reason = error.code === 'ERR_ENCODING_INVALID_ENCODED_DATA' ? 'not valid UTF-8' : `unreadable: ${error.code ?? error.message}`;
        facts.skipped.push({ path, reason });
        return undefined;
    }
}
function toRelative(workspace, absolute) {
    return (0,external_node_path_.relative)(workspace, absolute).split(external_node_path_.sep).join('/');
}

// EXTERNAL MODULE: ./packages/core/src/index.ts + 35 modules
var src = __webpack_require__(9443);
;// CONCATENATED MODULE: ./actions/pin-check/src/policy.ts

function readPinPolicy(config) {
    const section = ((0,src/* valueAt */.fK)(config.values, 'pin-check') ?? {});
    return {
        rules: section.rules ?? {},
        paths: section.paths ?? {},
        allow: section.allow ?? [],
        requireToolVersions: section['require-tool-versions'] ?? [],
        online: section.online ?? 'optional',
    };
}
/** Whether a rule applies to a file under the policy's path scoping. */
function ruleAppliesTo(policy, ruleId, file) {
    if (policy.rules[ruleId] === 'off')
        return false;
    const scope = policy.paths[ruleId];
    if (!scope)
        return true;
    if (scope.include && !(0,src/* globMatcher */.fU)(scope.include)(file))
        return false;
    return !(scope.exclude && (0,src/* globMatcher */.fU)(scope.exclude)(file));
}
/** The rule's severity after the policy's override. */
function severityFor(policy, meta) {
    const override = policy.rules[meta.id];
    return override && override !== 'off' ? override : meta.severity;
}

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/rule.ts
const DOCS = 'https://github.com/org/gates/blob/main/README.md';
function ruleDocs(id) {
    return `${DOCS}#pin-check-${id}`;
}

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/invalid-workflow.ts


/** A workflow that is not valid YAML cannot be checked (and GitHub will not run it). */
const invalidWorkflow = {
    meta: {
        id: 'invalid-workflow',
        description: 'Workflow and action files parse as YAML; files that cannot be read are reported',
        severity: 'error',
        docs: ruleDocs('invalid-workflow'),
    },
    check(facts, policy) {
        const findings = [];
        for (const workflow of facts.workflows) {
            if (!workflow.parseError)
                continue;
            const { message, line, column } = workflow.parseError;
            findings.push({
                ruleId: this.meta.id,
                severity: severityFor(policy, this.meta),
                message: `not valid YAML, so it was not checked: ${message}`,
                file: workflow.file,
                line,
                column,
                fixHint: 'fix the YAML syntax at this line',
            });
        }
        for (const skipped of facts.skipped) {
            findings.push({
                ruleId: this.meta.id,
                severity: 'note',
                message: `not checked: ${skipped.reason}`,
                file: skipped.path,
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./actions/pin-check/src/uses-reference.ts
function parseUses(value) {
    const trimmed = value.trim();
    if (trimmed.includes('${{'))
        return { kind: 'expression' };
    if (trimmed.startsWith('./') || trimmed.startsWith('.\\'))
        return { kind: 'local', path: trimmed };
    if (trimmed.startsWith('docker://'))
        return { kind: 'docker', image: trimmed.slice('docker://'.length) };
    const at = trimmed.lastIndexOf('@');
    if (at <= 0 || at === trimmed.length - 1)
        return { kind: 'invalid', reason: 'expected owner/repo[/path]@ref' };
    const [owner, repo, ...rest] = trimmed.slice(0, at).split('/');
    if (!owner || !repo)
        return { kind: 'invalid', reason: 'expected owner/repo[/path]@ref' };
    return { kind: 'remote', owner, repo, path: rest.join('/'), ref: trimmed.slice(at + 1) };
}
function classifyRef(ref) {
    if (/^[0-9a-f]{40}$/.test(ref) || /^[0-9a-f]{64}$/.test(ref))
        return 'sha';
    if (/^[0-9a-f]{7,39}$/.test(ref))
        return 'short-sha';
    if (/^v?\d+(\.\d+){0,2}([-+][\w.-]+)?$/.test(ref))
        return 'semver-tag';
    return 'branch-or-tag';
}

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/unpinned-uses.ts




const DESCRIBE = {
    'short-sha': 'a short SHA, which can collide with a commit in a fork',
    'semver-tag': 'a tag, which its owner can move to other code at any time',
    'branch-or-tag': 'a branch or tag, which moves whenever its owner pushes',
};
/** `uses: owner/repo@ref` must name a full commit SHA (steps, reusable workflows, composite actions). */
const unpinnedUses = {
    meta: {
        id: 'unpinned-uses',
        description: 'Actions and reusable workflows are pinned to a full commit SHA',
        severity: 'error',
        docs: ruleDocs('unpinned-uses'),
    },
    check(facts, policy) {
        const findings = [];
        const allowed = policy.allow.map((entry) => ({ entry, matches: (0,src/* globMatcher */.fU)([entry.uses]) }));
        for (const workflow of facts.workflows) {
            if (!ruleAppliesTo(policy, this.meta.id, workflow.file))
                continue;
            for (const uses of workflow.uses) {
                const reference = parseUses(uses.value);
                if (reference.kind !== 'remote')
                    continue;
                const refKind = classifyRef(reference.ref);
                if (refKind === 'sha')
                    continue;
                const name = `${reference.owner}/${reference.repo}`;
                const allow = allowed.find(({ matches }) => matches(name) || matches(`${name}/${reference.path}`));
                const base = uses.value.slice(0, uses.value.lastIndexOf('@'));
                findings.push({
                    ruleId: this.meta.id,
                    severity: severityFor(policy, this.meta),
                    message: `${uses.value} is pinned to ${DESCRIBE[refKind]}.`,
                    file: workflow.file,
                    line: uses.line,
                    column: uses.column,
                    confidence: 'high',
                    fixHint: `pin the full commit SHA the ref points to: uses: ${base}@<40-hex sha> # ${reference.ref}`,
                    ...(allow ? { waived: { reason: `allowed by policy (${allow.entry.uses}): ${allow.entry.reason}` } } : {}),
                });
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/index.ts


/** Every pin-check rule, in the order their findings are reported. */
const PIN_RULES = [unpinnedUses, invalidWorkflow];

;// CONCATENATED MODULE: ./actions/pin-check/src/definition.ts



/** Runs every enabled rule over collected facts. Pure, for tests and the bench. */
function checkRepository(facts, policy) {
    return PIN_RULES.flatMap((rule) => (policy.rules[rule.meta.id] === 'off' ? [] : rule.check(facts, policy))).filter((finding) => !finding.file || ruleAppliesTo(policy, finding.ruleId, finding.file));
}
const pinCheck = {
    name: 'pin-check',
    description: 'Toolchain and supply chain pinned: actions at commit SHAs, images by digest, installs pinned, lockfiles present',
    rules: PIN_RULES.map((rule) => rule.meta),
    async run({ workspace, config, runner }) {
        const policy = readPinPolicy(config);
        const facts = await runner.group('pin-check: reading the repository', () => collectFacts(workspace));
        runner.info(`Read ${facts.workflows.length} workflow/action file(s), ${facts.dockerfiles.length} Dockerfile(s), ${facts.manifests.length} manifest(s).`);
        const findings = checkRepository(facts, policy);
        const unpinned = findings.filter((finding) => !finding.waived && finding.ruleId !== 'invalid-workflow').length;
        return {
            findings,
            outputs: { 'unpinned-count': String(unpinned) },
            notes: ['Online checks (version comments against tags, imposter commits, deprecated runtimes) are not part of this release; offline rules ran in full.'],
            ledgerEvent: { files: facts.workflows.length },
        };
    },
};


/***/ })

};
