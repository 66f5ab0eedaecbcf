export const id = 481;
export const ids = [481];
export const modules = {

/***/ 4481:
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
/** Lockfiles of large monorepos run to tens of megabytes. */
const MAX_LOCKFILE_BYTES = 64 * 1024 * 1024;
const MAX_FILES = 200_000;
const SKIP_DIRECTORIES = new Set(['.git', 'node_modules', '.venv', 'vendor', 'dist', 'target']);
const WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/;
const ACTION = /(^|\/)action\.ya?ml$/;
const DOCKERFILE = /(^|\/)((Dockerfile|Containerfile)(\.[\w.-]+)?|[\w.-]+\.(Dockerfile|Containerfile))$/;
const MANIFEST = /(^|\/)(package\.json|package-lock\.json|npm-shrinkwrap\.json|requirements[\w.-]*\.txt|go\.mod|Cargo\.toml|pyproject\.toml)$|^\.tool-versions$/;
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
    const limit = /(package-lock|npm-shrinkwrap)\.json$/.test(path) ? MAX_LOCKFILE_BYTES : MAX_FILE_BYTES;
    const text = await readText(absolute, path, facts, limit);
    if (text !== undefined)
        addFileFacts(facts, path, text);
}
/** Files the rules read, by path; pure, so tests build facts from text without a filesystem. */
function addFileFacts(facts, path, text) {
    facts.paths.add(path);
    if (WORKFLOW.test(path))
        facts.workflows.push(parseWorkflowFacts(path, text, 'workflow'));
    else if (ACTION.test(path))
        facts.workflows.push(parseWorkflowFacts(path, text, 'action'));
    else if (DOCKERFILE.test(path))
        facts.dockerfiles.push({ path, text });
    else if (MANIFEST.test(path))
        facts.manifests.push({ path, text });
}
async function readText(absolute, path, facts, limit) {
    try {
        const info = await (0,promises_.lstat)(absolute);
        if (info.size > limit) {
            facts.skipped.push({ path, reason: `${info.size} bytes, over the ${limit}-byte limit` });
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

// EXTERNAL MODULE: ./packages/core/src/index.ts + 36 modules
var src = __webpack_require__(3860);
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

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/rule.ts
const DOCS = 'https://github.com/org/gates/blob/main/README.md';
function ruleDocs(id) {
    return `${DOCS}#pin-check-${id}`;
}

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/invalid-uses.ts



/** `uses:` cannot contain expressions (GitHub rejects the workflow), and malformed references are findings too. */
const invalidUses = {
    meta: {
        id: 'invalid-uses',
        description: 'uses: is a literal owner/repo[/path]@ref, ./path or docker://image; expressions are not allowed there',
        severity: 'error',
        docs: ruleDocs('invalid-uses'),
    },
    check(facts, policy) {
        const findings = [];
        for (const workflow of facts.workflows) {
            if (!ruleAppliesTo(policy, this.meta.id, workflow.file))
                continue;
            for (const uses of workflow.uses) {
                const reference = parseUses(uses.value);
                const problem = reference.kind === 'expression'
                    ? 'contains an expression; GitHub does not evaluate expressions in uses: and rejects the workflow'
                    : reference.kind === 'invalid'
                        ? `is not a valid reference (${reference.reason})`
                        : undefined;
                if (!problem)
                    continue;
                findings.push({
                    ruleId: this.meta.id,
                    severity: severityFor(policy, this.meta),
                    message: `uses: ${uses.value} ${problem}.`,
                    file: workflow.file,
                    line: uses.line,
                    column: uses.column,
                    fixHint: 'write the reference literally: owner/repo@<40-hex sha> # vX.Y.Z',
                });
            }
        }
        return findings;
    },
};

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

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./actions/pin-check/src/lockfiles.ts
/**
 * Which manifests need which lockfiles, and whether an npm lockfile matches its
 * package.json. Pure: paths and texts in.
 */

const NPM_LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json', 'pnpm-lock.yaml', 'yarn.lock', 'bun.lock', 'bun.lockb'];
const PYTHON_LOCKFILES = ['poetry.lock', 'uv.lock', 'pdm.lock', 'Pipfile.lock', 'pylock.toml'];
function dirOf(path) {
    const slash = path.lastIndexOf('/');
    return slash === -1 ? '' : path.slice(0, slash);
}
function join(dir, name) {
    return dir ? `${dir}/${name}` : name;
}
/** The nearest of `names` in `dir` or any ancestor (workspaces keep one lockfile at the root). */
function findUpwards(paths, dir, names) {
    for (let current = dir;; current = dirOf(current)) {
        for (const name of names)
            if (paths.has(join(current, name)))
                return join(current, name);
        if (current === '')
            return undefined;
    }
}
/** Manifests that declare dependencies but have no lockfile where their tool looks for one. */
function missingLockfiles(paths, texts) {
    const missing = [];
    for (const path of [...paths].sort()) {
        const name = path.slice(path.lastIndexOf('/') + 1);
        const dir = dirOf(path);
        if (name === 'package.json' && declaresNpmDependencies(texts.get(path)) && !findUpwards(paths, dir, NPM_LOCKFILES)) {
            missing.push({ manifest: path, expected: 'package-lock.json (npm install --package-lock-only), pnpm-lock.yaml or yarn.lock' });
        }
        else if (name === 'pyproject.toml' && /^\s*dependencies\s*=\s*\[\s*["']/m.test(texts.get(path) ?? '') && !findUpwards(paths, dir, PYTHON_LOCKFILES) && !hasHashedRequirements(paths, texts, dir)) {
            missing.push({ manifest: path, expected: 'uv.lock, poetry.lock, pdm.lock or a requirements.txt with --hash entries' });
        }
        else if (name === 'go.mod' && /^\s*require\b/m.test(texts.get(path) ?? '') && !paths.has(join(dir, 'go.sum'))) {
            missing.push({ manifest: path, expected: 'go.sum (go mod tidy)' });
        }
        else if (name === 'Cargo.toml' && /^\[(dev-)?dependencies\]/m.test(texts.get(path) ?? '') && !findUpwards(paths, dir, ['Cargo.lock'])) {
            missing.push({ manifest: path, expected: 'Cargo.lock (cargo generate-lockfile)' });
        }
    }
    return missing;
}
function declaresNpmDependencies(text) {
    try {
        const manifest = JSON.parse(text ?? '{}');
        return ['dependencies', 'devDependencies', 'optionalDependencies'].some((key) => Object.keys(manifest[key] ?? {}).length > 0);
    }
    catch {
        return false;
    }
}
function hasHashedRequirements(paths, texts, dir) {
    return [...paths].some((p) => dirOf(p) === dir && /requirements[\w.-]*\.txt$/.test(p) && (texts.get(p) ?? '').includes('--hash='));
}
/** Requirement lines that are not pinned with == and a hash, as [line number, requirement]. */
function unhashedRequirements(text) {
    const lines = text.split(/\r?\n/);
    const result = [];
    for (let i = 0; i < lines.length; i++) {
        const start = i + 1;
        let content = lines[i];
        while (content.trimEnd().endsWith('\\') && i + 1 < lines.length)
            content = `${content.trimEnd().slice(0, -1)} ${lines[++i]}`;
        content = content.replace(/(^|\s)#.*$/, '').trim();
        if (!content || content.startsWith('-'))
            continue;
        if (!content.includes('==') || !content.includes('--hash='))
            result.push([start, content.split(/\s/)[0]]);
    }
    return result;
}
/** Dependencies of package.json that package-lock.json lacks or locks at a version outside the range. */
function npmLockDrift(manifestText, lockText) {
    const manifest = JSON.parse(manifestText);
    const lock = JSON.parse(lockText);
    const drift = [];
    for (const key of ['dependencies', 'devDependencies', 'optionalDependencies']) {
        for (const [name, range] of Object.entries(manifest[key] ?? {})) {
            // git, file, workspace, alias and URL specs cannot be checked offline.
            if (!semver_default().validRange(range))
                continue;
            const locked = lock.packages?.[`node_modules/${name}`]?.version ?? lock.dependencies?.[name]?.version;
            if (!locked || !semver_default().satisfies(locked, range, { includePrerelease: true }))
                drift.push({ name, range, locked });
        }
    }
    return drift;
}

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/lockfile-out-of-sync.ts



/** package-lock.json names every dependency of package.json at a version its range accepts. */
const lockfileOutOfSync = {
    meta: {
        id: 'lockfile-out-of-sync',
        description: 'package-lock.json locks every dependency of package.json at a version the declared range accepts',
        severity: 'error',
        docs: ruleDocs('lockfile-out-of-sync'),
    },
    check(facts, policy) {
        const texts = new Map(facts.manifests.map((file) => [file.path, file.text]));
        const findings = [];
        for (const [path, text] of texts) {
            if (!/(^|\/)package\.json$/.test(path))
                continue;
            const lockPath = `${dirOf(path) ? `${dirOf(path)}/` : ''}package-lock.json`;
            const lockText = texts.get(lockPath);
            if (!lockText || !ruleAppliesTo(policy, this.meta.id, lockPath))
                continue;
            let drift;
            try {
                drift = npmLockDrift(text, lockText);
            }
            catch (error) {
                findings.push({ ruleId: this.meta.id, severity: severityFor(policy, this.meta), message: `${lockPath} or ${path} is not valid JSON (${error.message.split('\n')[0]}).`, file: lockPath, line: 1 });
                continue;
            }
            for (const entry of drift) {
                findings.push({
                    ruleId: this.meta.id,
                    severity: severityFor(policy, this.meta),
                    message: entry.locked
                        ? `${entry.name} is locked at ${entry.locked}, outside the range ${entry.range} in ${path}.`
                        : `${entry.name}@${entry.range} from ${path} is missing from the lockfile.`,
                    file: lockPath,
                    line: 1,
                    fixHint: 'run npm install and commit the updated package-lock.json (npm ci fails on this mismatch)',
                });
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/missing-lockfile.ts



/** Every manifest with dependencies has a lockfile beside it (or at its workspace root). */
const missingLockfile = {
    meta: {
        id: 'missing-lockfile',
        description: 'Manifests with dependencies (package.json, pyproject.toml, go.mod, Cargo.toml) have a lockfile; requirements files pin == with --hash',
        severity: 'error',
        docs: ruleDocs('missing-lockfile'),
    },
    check(facts, policy) {
        const texts = new Map(facts.manifests.map((file) => [file.path, file.text]));
        const findings = missingLockfiles(facts.paths, texts)
            .filter((missing) => ruleAppliesTo(policy, this.meta.id, missing.manifest))
            .map((missing) => ({
            ruleId: this.meta.id,
            severity: severityFor(policy, this.meta),
            message: `${missing.manifest} declares dependencies but has no lockfile, so every install resolves versions anew.`,
            file: missing.manifest,
            line: 1,
            fixHint: `commit ${missing.expected}`,
        }));
        for (const file of facts.manifests) {
            if (!/(^|\/)requirements[\w.-]*\.txt$/.test(file.path) || !ruleAppliesTo(policy, this.meta.id, file.path))
                continue;
            for (const [line, requirement] of unhashedRequirements(file.text)) {
                findings.push({
                    ruleId: this.meta.id,
                    severity: 'warning',
                    message: `${requirement} is not pinned with == and --hash, so pip may install other content.`,
                    file: file.path,
                    line,
                    fixHint: 'generate the file with pip-compile --generate-hashes (or uv pip compile --generate-hashes)',
                });
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/missing-tool-version.ts


/** Files that pin each tool's version; `.tool-versions` (asdf/mise) pins any of them by its plugin name. */
const VERSION_FILES = {
    node: { files: ['.nvmrc', '.node-version'], asdf: ['nodejs', 'node'] },
    python: { files: ['.python-version'], asdf: ['python'] },
    ruby: { files: ['.ruby-version'], asdf: ['ruby'] },
    go: { files: ['.go-version'], asdf: ['golang', 'go'] },
    java: { files: ['.java-version', '.sdkmanrc'], asdf: ['java'] },
    terraform: { files: ['.terraform-version'], asdf: ['terraform'] },
};
/** When policy requires it, the repository root pins each listed tool's version. */
const missingToolVersion = {
    meta: {
        id: 'missing-tool-version',
        description: 'Tools named in pin-check.require-tool-versions have a version file at the repository root',
        severity: 'error',
        docs: ruleDocs('missing-tool-version'),
    },
    check(facts, policy) {
        const toolVersions = facts.manifests.find((file) => file.path === '.tool-versions')?.text ?? '';
        const pinnedByAsdf = new Set(toolVersions.split(/\r?\n/).map((line) => line.trim().split(/\s+/)[0]).filter(Boolean));
        const findings = [];
        for (const tool of policy.requireToolVersions) {
            const spec = VERSION_FILES[tool];
            if (!spec)
                continue;
            if (spec.files.some((file) => facts.paths.has(file)) || spec.asdf.some((name) => pinnedByAsdf.has(name)))
                continue;
            findings.push({
                ruleId: this.meta.id,
                severity: severityFor(policy, this.meta),
                message: `policy requires a pinned ${tool} version, but the repository has none of ${[...spec.files, '.tool-versions'].join(', ')}.`,
                fixHint: `add ${spec.files[0]} with the exact version CI should use`,
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/missing-version-comment.ts



/** A SHA pin should say which tag it came from (`# v4.2.2`), so updates can be reviewed. */
const missingVersionComment = {
    meta: {
        id: 'missing-version-comment',
        description: 'A SHA-pinned uses: carries a `# vX.Y.Z` comment naming the tag it was taken from',
        severity: 'note',
        docs: ruleDocs('missing-version-comment'),
    },
    check(facts, policy) {
        const findings = [];
        for (const workflow of facts.workflows) {
            if (!ruleAppliesTo(policy, this.meta.id, workflow.file))
                continue;
            for (const uses of workflow.uses) {
                const reference = parseUses(uses.value);
                if (reference.kind !== 'remote' || classifyRef(reference.ref) !== 'sha')
                    continue;
                if (uses.comment && /\bv?\d+(\.\d+)*\b/.test(uses.comment))
                    continue;
                findings.push({
                    ruleId: this.meta.id,
                    severity: severityFor(policy, this.meta),
                    message: `${reference.owner}/${reference.repo}@${reference.ref.slice(0, 12)}… has no version comment, so reviewers cannot tell which release it is.`,
                    file: workflow.file,
                    line: uses.line,
                    column: uses.column,
                    fixHint: 'append the tag the SHA came from: # vX.Y.Z',
                });
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./actions/pin-check/src/dockerfile.ts
function parseFromLines(text) {
    const args = new Map();
    const stages = new Set();
    const result = [];
    let sawFrom = false;
    for (const { line, content } of logicalLines(text)) {
        const match = /^\s*(FROM|ARG)\s+(.*)$/i.exec(content);
        if (!match)
            continue;
        const keyword = match[1].toUpperCase();
        const rest = match[2].trim();
        if (keyword === 'ARG') {
            if (sawFrom)
                continue;
            for (const declaration of rest.split(/\s+/)) {
                const [name, ...value] = declaration.split('=');
                if (name)
                    args.set(name, value.join('=').replace(/^["']|["']$/g, ''));
            }
            continue;
        }
        sawFrom = true;
        const words = rest.split(/\s+/).filter((word) => !word.startsWith('--'));
        const raw = words[0] ?? '';
        const asIndex = words.findIndex((word) => word.toLowerCase() === 'as');
        const image = substitute(raw, args);
        const internal = image !== undefined && (image.toLowerCase() === 'scratch' || stages.has(image.toLowerCase()));
        result.push({ line, raw, image, internal });
        if (asIndex > 0 && words[asIndex + 1])
            stages.add(words[asIndex + 1].toLowerCase());
    }
    return result;
}
function substitute(raw, args) {
    let unresolved = false;
    const value = raw.replace(/\$\{(\w+)(?::?-([^}]*))?\}|\$(\w+)/g, (_whole, braced, fallback, bare) => {
        const name = braced ?? bare;
        const found = args.get(name);
        if (found)
            return found;
        if (fallback !== undefined)
            return fallback;
        unresolved = true;
        return '';
    });
    return unresolved ? undefined : value;
}
function logicalLines(text) {
    const lines = text.split(/\r?\n/);
    const result = [];
    for (let i = 0; i < lines.length; i++) {
        const start = i;
        let content = lines[i];
        while (content.endsWith('\\') && i + 1 < lines.length)
            content = content.slice(0, -1) + ' ' + lines[++i];
        if (!/^\s*#/.test(content))
            result.push({ line: start + 1, content });
    }
    return result;
}
/** An image reference pinned by content: `name@sha256:<64 hex>`. */
function isDigestPinned(image) {
    return /@sha256:[0-9a-f]{64}$/.test(image);
}

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/unpinned-image.ts




const FIX = 'pin by digest: image:tag@sha256:<digest> (docker buildx imagetools inspect image:tag shows it)';
/** Container images in workflows (container, services, docker://) and Dockerfile FROM lines use @sha256 digests. */
const unpinnedImage = {
    meta: {
        id: 'unpinned-image',
        description: 'Container images (job containers, services, docker:// actions, Dockerfile FROM) are pinned by @sha256 digest',
        severity: 'error',
        docs: ruleDocs('unpinned-image'),
    },
    check(facts, policy) {
        const findings = [];
        const severity = severityFor(policy, this.meta);
        for (const workflow of facts.workflows) {
            if (!ruleAppliesTo(policy, this.meta.id, workflow.file))
                continue;
            const images = [
                ...workflow.images,
                ...workflow.uses.flatMap((uses) => {
                    const reference = parseUses(uses.value);
                    return reference.kind === 'docker' ? [{ image: reference.image, where: 'docker:// action', line: uses.line, column: uses.column }] : [];
                }),
            ];
            for (const image of images) {
                if (isDigestPinned(image.image) || image.image.includes('${{'))
                    continue;
                findings.push({
                    ruleId: this.meta.id,
                    severity,
                    message: `${image.where} image ${image.image} is not pinned by digest; the tag can be re-pushed with other content.`,
                    file: workflow.file,
                    line: image.line,
                    column: image.column,
                    confidence: 'high',
                    fixHint: FIX,
                });
            }
        }
        for (const dockerfile of facts.dockerfiles) {
            if (!ruleAppliesTo(policy, this.meta.id, dockerfile.path))
                continue;
            for (const from of parseFromLines(dockerfile.text)) {
                if (from.internal || (from.image && isDigestPinned(from.image)))
                    continue;
                findings.push({
                    ruleId: this.meta.id,
                    severity: from.image === undefined ? 'warning' : severity,
                    message: from.image === undefined
                        ? `FROM ${from.raw} uses a build argument without a default, so the image cannot be checked; make sure the value passed is a digest.`
                        : `FROM ${from.image}${from.raw !== from.image ? ` (from ${from.raw})` : ''} is not pinned by digest.`,
                    file: dockerfile.path,
                    line: from.line,
                    confidence: from.image === undefined ? 'medium' : 'high',
                    fixHint: FIX,
                });
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./actions/pin-check/src/shell/install-checks.ts
const WRAPPERS = new Set(['sudo', 'env', 'time', 'nohup', 'exec', 'command', 'xargs']);
const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'fish', 'python', 'python3', 'node', 'perl', 'ruby']);
const DOWNLOADERS = new Set(['curl', 'wget']);
/** The command's own words: without `VAR=x` prefixes, sudo/env wrappers and their flags. */
function effectiveWords(words) {
    let index = 0;
    while (index < words.length) {
        const word = words[index];
        if (/^[A-Za-z_]\w*=/.test(word))
            index++;
        else if (WRAPPERS.has(baseName(word))) {
            index++;
            while (index < words.length && words[index].startsWith('-'))
                index++;
        }
        else
            break;
    }
    return words.slice(index);
}
function baseName(word) {
    return word.split('/').pop() ?? word;
}
function checkCommand(command) {
    const words = effectiveWords(command.words);
    const tool = baseName(words[0] ?? '');
    if (tool === 'npm')
        return checkNpm(words.slice(1));
    if (tool === 'pip' || tool === 'pip3')
        return checkPip(words.slice(2), words[1]);
    if ((tool === 'python' || tool === 'python3') && words[1] === '-m' && words[2] === 'pip')
        return checkPip(words.slice(4), words[3]);
    if (tool === 'go' && words[1] === 'install')
        return checkGoInstall(words.slice(2));
    if (tool === 'gem' && words[1] === 'install')
        return checkGem(words.slice(2));
    if (SHELLS.has(tool))
        return checkShellFetch(words);
    return [];
}
/** `curl ... | sh` across a pipeline: a downloader feeding a shell in the same pipeline. */
function checkPipelines(commands) {
    const problems = new Map();
    for (let i = 0; i < commands.length; i++) {
        const words = effectiveWords(commands[i].words);
        if (!DOWNLOADERS.has(baseName(words[0] ?? '')))
            continue;
        for (let j = i + 1; j < commands.length && commands[j].pipeline === commands[i].pipeline; j++) {
            const shell = baseName(effectiveWords(commands[j].words)[0] ?? '');
            if (SHELLS.has(shell)) {
                problems.set(commands[i], {
                    kind: 'pipe-to-shell',
                    message: `${baseName(words[0])} output is piped into ${shell}: whatever the server returns today runs with the job's permissions.`,
                    fix: 'download a pinned release, verify its checksum (sha256sum -c), then run it',
                });
                break;
            }
        }
    }
    return problems;
}
function checkShellFetch(words) {
    const fetched = words.slice(1).find((word) => /^[<$]\((curl|wget)\s/.test(word));
    if (!fetched)
        return [];
    return [{
            kind: 'pipe-to-shell',
            message: `${baseName(words[0])} runs a script fetched at run time (${fetched.slice(2, 6)}): its content is not pinned.`,
            fix: 'download a pinned release, verify its checksum (sha256sum -c), then run it',
        }];
}
const NPM_INSTALL = new Set(['install', 'i', 'add', 'isntall', 'in', 'ins', 'inst', 'insta', 'instal']);
function checkNpm(args) {
    if (!NPM_INSTALL.has(args[0] ?? ''))
        return [];
    const flags = args.slice(1).filter((a) => a.startsWith('-'));
    const packages = args.slice(1).filter((a) => !a.startsWith('-'));
    const global = flags.some((f) => f === '-g' || f === '--global' || f === '--location=global');
    if (packages.length === 0) {
        return [{ kind: 'prefer-lockfile-install', message: `npm ${args[0]} may rewrite package-lock.json and install versions nobody reviewed.`, fix: 'use npm ci, which installs exactly the lockfile' }];
    }
    return packages
        .filter((spec) => !isExactNpmSpec(spec))
        .map((spec) => ({
        kind: 'unpinned-package',
        message: `npm ${args[0]}${global ? ' -g' : ''} ${spec} installs whatever version is newest at run time.`,
        fix: global ? `pin the exact version: npm install -g ${npmName(spec)}@<x.y.z>` : 'add it to package.json and install with npm ci',
    }));
}
function npmName(spec) {
    const at = spec.lastIndexOf('@');
    return at > 0 ? spec.slice(0, at) : spec;
}
function isExactNpmSpec(spec) {
    if (/^(\.{0,2}\/|file:)/.test(spec))
        return true;
    const at = spec.lastIndexOf('@');
    if (at <= 0)
        return false;
    return /^\d+\.\d+\.\d+(-[\w.]+)?$/.test(spec.slice(at + 1));
}
function checkPip(args, subcommand) {
    if (subcommand !== 'install')
        return [];
    const problems = [];
    const hashed = args.includes('--require-hashes');
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '-r' || arg === '--requirement' || arg.startsWith('--requirement=') || arg.startsWith('-r')) {
            const file = arg === '-r' || arg === '--requirement' ? args[++i] : arg.replace(/^(-r|--requirement=)/, '');
            if (!hashed)
                problems.push({ kind: 'unhashed-requirements', message: `pip install -r ${file} without --require-hashes trusts whatever the index serves for each version.`, fix: 'pin with hashes (pip-compile --generate-hashes) and add --require-hashes' });
            continue;
        }
        if (arg === '-c' || arg === '--constraint' || arg === '-i' || arg === '--index-url' || arg === '--extra-index-url' || arg === '-t' || arg === '--target') {
            i++;
            continue;
        }
        if (arg.startsWith('-') || arg === '.' || arg.startsWith('./') || arg === '-e')
            continue;
        if (!/==[^=*]+$/.test(arg) && !/^[\w.-]+ @ /.test(arg)) {
            problems.push({ kind: 'unpinned-package', message: `pip install ${arg} installs whatever version is newest at run time.`, fix: `pin it: ${arg.split(/[<>=!~\[]/)[0]}==<x.y.z> with --require-hashes` });
        }
        else if (!hashed) {
            problems.push({ kind: 'unhashed-requirements', message: `pip install ${arg} pins the version but not its content.`, fix: 'add --require-hashes with --hash=sha256:... (or install from a hashed requirements file)' });
        }
    }
    return problems;
}
function checkGoInstall(args) {
    return args
        .filter((arg) => !arg.startsWith('-'))
        .filter((arg) => !/@v\d+\.\d+\.\d+/.test(arg) && !/@[0-9a-f]{40}$/.test(arg))
        .map((arg) => ({
        kind: 'unpinned-package',
        message: `go install ${arg} ${arg.includes('@') ? 'follows a moving version' : 'has no version'}.`,
        fix: `pin a version: go install ${arg.split('@')[0]}@vX.Y.Z`,
    }));
}
function checkGem(args) {
    if (args.some((a) => a === '-v' || a === '--version' || a.startsWith('--version=') || /^-v\S/.test(a)))
        return [];
    return args
        .filter((a) => !a.startsWith('-') && !/^[<>=~!]/.test(a) && !/:\S*\d/.test(a))
        .map((gem) => ({ kind: 'unpinned-package', message: `gem install ${gem} installs whatever version is newest at run time.`, fix: `pin it: gem install ${gem} -v <x.y.z>` }));
}

;// CONCATENATED MODULE: ./actions/pin-check/src/shell/tokenize.ts
const OPERATORS = ['&&', '||', ';;', '|&', '|', ';', '&', '(', ')', '{', '}'];
function tokenizeShell(script) {
    const commands = [];
    let words = [];
    let word;
    let line = 0;
    let startLine = 0;
    let pipeline = 0;
    const heredocs = [];
    const endWord = () => {
        if (word !== undefined) {
            if (words.length === 0)
                startLine = line;
            words.push(word);
        }
        word = undefined;
    };
    const endCommand = (operator) => {
        endWord();
        if (words.length > 0)
            commands.push({ words, line: startLine, pipeline });
        words = [];
        if (operator !== '|' && operator !== '|&')
            pipeline++;
    };
    let i = 0;
    while (i < script.length) {
        const char = script[i];
        if (char === '\\' && script[i + 1] === '\n') {
            i += 2;
            line++;
            continue;
        }
        if (char === '\n') {
            endCommand('\n');
            line++;
            i++;
            if (heredocs.length > 0) {
                const [next, skipped] = skipHeredocBodies(script, i, heredocs.splice(0));
                i = next;
                line += skipped;
            }
            continue;
        }
        if (char === ' ' || char === '\t' || char === '\r') {
            endWord();
            i++;
            continue;
        }
        if (char === '#' && word === undefined) {
            while (i < script.length && script[i] !== '\n')
                i++;
            continue;
        }
        if ((char === '>' || char === '<') && script[i + 1] !== '(') {
            // A redirection: drop it, its fd number and its target; skip a heredoc's body.
            if (word !== undefined && /^\d+$/.test(word))
                word = undefined;
            endWord();
            const redirect = readRedirect(script, i);
            if (redirect.heredoc)
                heredocs.push(redirect.heredoc);
            line += redirect.lines;
            i = redirect.next;
            continue;
        }
        // Control operators end a word anywhere; braces only where a word would start.
        const operator = OPERATORS.find((op) => script.startsWith(op, i));
        if (operator && (word === undefined || (operator !== '{' && operator !== '}'))) {
            endCommand(operator);
            i += operator.length;
            continue;
        }
        const [text, next, lines] = readWordPart(script, i);
        word = (word ?? '') + text;
        line += lines;
        i = next;
    }
    endCommand('\n');
    return commands;
}
/** Skips `>file`, `>>file`, `2>&1`, `<in`, `<<<word`; for `<<EOF` returns the delimiter to skip the body later. */
function readRedirect(script, i) {
    const operator = /^(<<-|<<<|<<|>>|>&|<&|>\||<>|>|<)/.exec(script.slice(i, i + 3))[0];
    let j = i + operator.length;
    while (script[j] === ' ' || script[j] === '\t')
        j++;
    if ((operator === '>&' || operator === '<&') && /[\d-]/.test(script[j] ?? '')) {
        while (/[\d-]/.test(script[j] ?? ''))
            j++;
        return { next: j, lines: 0 };
    }
    let target = '';
    let lines = 0;
    while (j < script.length && !' \t\r\n|&;()<>'.includes(script[j])) {
        const [text, next, crossed] = readWordPart(script, j);
        target += text;
        lines += crossed;
        j = next;
    }
    const heredoc = operator === '<<' || operator === '<<-' ? { delimiter: target, stripTabs: operator === '<<-' } : undefined;
    return { next: j, lines, heredoc };
}
/** Skips heredoc bodies that start at `from` (just after a newline); returns [next index, lines skipped]. */
function skipHeredocBodies(script, from, heredocs) {
    let cursor = from;
    let lines = 0;
    for (const heredoc of heredocs) {
        while (cursor < script.length) {
            const end = indexOrEnd(script, '\n', cursor);
            const text = script.slice(cursor, end);
            cursor = end + 1;
            lines++;
            if ((heredoc.stripTabs ? text.replace(/^\t+/, '') : text).trimEnd() === heredoc.delimiter)
                break;
        }
    }
    return [cursor, lines];
}
/** Reads one quoted, substituted or plain piece of a word; returns [text, next index, newlines crossed]. */
function readWordPart(script, i) {
    const char = script[i];
    if (char === "'") {
        const end = indexOrEnd(script, "'", i + 1);
        return [script.slice(i + 1, end), end + 1, countNewlines(script, i, end)];
    }
    if (char === '"') {
        let text = '';
        let j = i + 1;
        while (j < script.length && script[j] !== '"') {
            if (script[j] === '\\' && j + 1 < script.length) {
                text += '"\\$`\n'.includes(script[j + 1]) ? (script[j + 1] === '\n' ? '' : script[j + 1]) : script.slice(j, j + 2);
                j += 2;
            }
            else if (script.startsWith('$(', j)) {
                const end = matchingParen(script, j + 1);
                text += script.slice(j, end + 1);
                j = end + 1;
            }
            else {
                text += script[j];
                j++;
            }
        }
        return [text, j + 1, countNewlines(script, i, j)];
    }
    if (script.startsWith('${{', i)) {
        const end = script.indexOf('}}', i);
        const stop = end === -1 ? script.length : end + 2;
        return [script.slice(i, stop), stop, countNewlines(script, i, stop)];
    }
    if ((char === '$' || char === '<' || char === '>') && script[i + 1] === '(') {
        const end = matchingParen(script, i + 1);
        return [script.slice(i, end + 1), end + 1, countNewlines(script, i, end)];
    }
    if (char === '\\' && i + 1 < script.length)
        return [script[i + 1], i + 2, 0];
    let j = i;
    while (j < script.length && !' \t\r\n\'"\\|&;()<>{}'.includes(script[j]) && !script.startsWith('${{', j) && !(script[j] === '$' && script[j + 1] === '('))
        j++;
    if (j === i)
        return [char, i + 1, 0];
    return [script.slice(i, j), j, 0];
}
function matchingParen(script, open) {
    let depth = 0;
    for (let j = open; j < script.length; j++) {
        if (script[j] === '(')
            depth++;
        else if (script[j] === ')' && --depth === 0)
            return j;
    }
    return script.length - 1;
}
function indexOrEnd(script, needle, from) {
    const index = script.indexOf(needle, from);
    return index === -1 ? script.length : index;
}
function countNewlines(script, from, to) {
    let count = 0;
    for (let j = from; j < to && j < script.length; j++)
        if (script[j] === '\n')
            count++;
    return count;
}

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/unpinned-install.ts




/** `run:` steps install only pinned things: npm ci, pinned pip/go/gem installs, no curl | sh. */
const unpinnedInstall = {
    meta: {
        id: 'unpinned-install',
        description: 'Run steps install pinned versions (npm ci, pip ==x with hashes, go install @vX, gem -v) and never pipe downloads into a shell',
        severity: 'error',
        docs: ruleDocs('unpinned-install'),
    },
    check(facts, policy) {
        const findings = [];
        for (const workflow of facts.workflows) {
            if (!ruleAppliesTo(policy, this.meta.id, workflow.file))
                continue;
            for (const run of workflow.runs) {
                const commands = tokenizeShell(run.script);
                const piped = checkPipelines(commands);
                for (const command of commands) {
                    const problems = [...checkCommand(command), ...(piped.has(command) ? [piped.get(command)] : [])];
                    for (const problem of problems) {
                        findings.push({
                            ruleId: this.meta.id,
                            // Reviewing a lockfile-less `npm install` matters less than running unpinned code.
                            severity: problem.kind === 'prefer-lockfile-install' || problem.kind === 'unhashed-requirements' ? 'warning' : severityFor(policy, this.meta),
                            message: problem.message,
                            file: workflow.file,
                            line: run.firstScriptLine + command.line,
                            confidence: 'high',
                            fixHint: problem.fix,
                        });
                    }
                }
            }
        }
        return findings;
    },
};

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
const PIN_RULES = [
    unpinnedUses,
    invalidUses,
    missingVersionComment,
    unpinnedImage,
    unpinnedInstall,
    missingLockfile,
    lockfileOutOfSync,
    missingToolVersion,
    invalidWorkflow,
];

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
