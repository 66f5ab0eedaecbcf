export const id = 263;
export const ids = [263];
export const modules = {

/***/ 45263:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SECURITY_GATE_RULES: () => (/* binding */ SECURITY_GATE_RULES),
  securityGate: () => (/* binding */ securityGate)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/errors/catalogue.ts
var catalogue = __webpack_require__(46360);
// EXTERNAL MODULE: ./packages/core/src/action/report-files.ts + 3 modules
var report_files = __webpack_require__(79517);
// EXTERNAL MODULE: ./packages/core/src/state/state-root.ts + 1 modules
var state_root = __webpack_require__(57734);
// EXTERNAL MODULE: ./packages/core/src/report/untrusted-text.ts
var untrusted_text = __webpack_require__(47920);
// EXTERNAL MODULE: ./packages/core/src/files/discover-files.ts
var discover_files = __webpack_require__(48672);
// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __webpack_require__(15170);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./packages/core/src/json/json-scanner.ts
var json_scanner = __webpack_require__(99063);
// EXTERNAL MODULE: ./packages/core/src/findings/fingerprint.ts
var fingerprint = __webpack_require__(96448);
;// CONCATENATED MODULE: ./actions/security-gate/src/ingest/scan-result.ts
const SEVERITY_ORDER = { critical: 5, high: 4, unknown: 4, medium: 3, low: 2, info: 1 };
/** CVSS v3 qualitative rating of a score (FIRST's table; GitHub maps security-severity the same way). */
function severityOfScore(score) {
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'medium';
    if (score > 0)
        return 'low';
    return 'info';
}
/** Scanner words for severity (npm's `moderate`, Trivy's `UNKNOWN`, Bandit's `HIGH`). */
function severityOfWord(word) {
    switch (String(word ?? '').toLowerCase()) {
        case 'critical':
            return 'critical';
        case 'high':
        case 'error':
            return 'high';
        case 'moderate':
        case 'medium':
        case 'warning':
            return 'medium';
        case 'low':
        case 'note':
            return 'low';
        case 'info':
        case 'informational':
        case 'none':
        case 'negligible':
            return 'info';
        default:
            return 'unknown';
    }
}
const ADVISORY = /^(CVE-\d{4}-\d{4,}|GHSA(-[23456789cfghjmpqrvwx]{4}){3}|[A-Z][A-Z0-9]*-\d{4}-[A-Za-z0-9._-]+|[A-Z][A-Z0-9]+-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}(-[A-Za-z0-9]{4})?)$/i;
/** Ids that name an advisory (CVE, GHSA, PYSEC, GO, RUSTSEC, OSV...), upper-cased, each once. */
function advisoryIds(candidates) {
    const ids = new Set();
    for (const candidate of candidates)
        if (typeof candidate === 'string' && ADVISORY.test(candidate))
            ids.add(candidate.toUpperCase());
    return [...ids];
}
/** A plain string field, or undefined: reports are untrusted input. */
function scan_result_text(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function positiveInteger(value) {
    return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}
function score(value) {
    const number = typeof value === 'string' ? Number(value) : value;
    return typeof number === 'number' && Number.isFinite(number) && number >= 0 && number <= 10 ? number : undefined;
}

;// CONCATENATED MODULE: ./actions/security-gate/src/ingest/npm-audit.ts


/**
 * `npm audit --json` (auditReportVersion 2, npm 7 and later): one result per
 * package and advisory it names (`via` objects). `via` strings only say which
 * vulnerable dependency a package pulls in; that dependency has its own entry.
 * npm gives the vulnerable range, not the installed version.
 */
function npmAuditResults(report) {
    const results = [];
    for (const [key, value] of Object.entries((report.vulnerabilities ?? {}))) {
        const entry = (value ?? {});
        const name = scan_result_text(entry.name) ?? key;
        const fix = entry.fixAvailable;
        const fixAvailable = fix === false ? false : fix === true || (typeof fix === 'object' && fix !== null) ? true : undefined;
        const fixedVersion = typeof fix === 'object' && fix !== null && scan_result_text(fix.name) === name ? scan_result_text(fix.version) : undefined;
        for (const via of Array.isArray(entry.via) ? entry.via : []) {
            if (!via || typeof via !== 'object')
                continue;
            const advisory = via;
            const url = scan_result_text(advisory.url) ?? '';
            const ghsa = url.split('/').pop() ?? '';
            const ruleId = advisoryIds([ghsa]).length > 0 ? ghsa : `npm-advisory-${String(advisory.source ?? 'unknown')}`;
            const range = scan_result_text(advisory.range) ?? scan_result_text(entry.range) ?? '';
            results.push({
                tool: 'npm audit',
                ruleId,
                ruleDescription: scan_result_text(advisory.title),
                message: `${scan_result_text(advisory.title) ?? ruleId}: ${name} ${range}`.trim(),
                severity: severityOfWord(advisory.severity ?? entry.severity),
                cvss: positiveScore(advisory.cvss?.score),
                fixAvailable,
                fixedVersion,
                advisories: advisoryIds([ruleId]),
                package: { name, ecosystem: 'npm' },
                fingerprint: (0,fingerprint/* textFingerprint */.Kb)(`npm audit/${ruleId}`, undefined, `${name} ${range}`),
            });
        }
    }
    return results;
}
/** npm writes a score of 0 when an advisory has none. */
function positiveScore(value) {
    const number = score(value);
    return number ? number : undefined;
}

;// CONCATENATED MODULE: ./actions/security-gate/src/ingest/osv-scanner.ts


/**
 * `osv-scanner --format json`: results (one per lockfile or SBOM) → packages
 * → vulnerabilities (OSV records), with `groups` joining the ids that are one
 * vulnerability. One result per package and group; severity from the group's
 * `max_severity` (a CVSS score), else the advisory database's word.
 */
function osvScannerResults(report, workspace) {
    const results = [];
    for (const sourceValue of Array.isArray(report.results) ? report.results : []) {
        const source = (sourceValue ?? {});
        const origin = (source.source ?? source.packageSource ?? {});
        const file = relativeTo(scan_result_text(origin.path), workspace);
        for (const packageValue of Array.isArray(source.packages) ? source.packages : []) {
            const entry = (packageValue ?? {});
            const pkg = (entry.package ?? {});
            const name = scan_result_text(pkg.name);
            if (!name)
                continue;
            const version = scan_result_text(pkg.version);
            const vulns = (Array.isArray(entry.vulnerabilities) ? entry.vulnerabilities : []).map((vuln) => (vuln ?? {}));
            const groups = (Array.isArray(entry.groups) && entry.groups.length > 0 ? entry.groups : vulns.map((vuln) => ({ ids: [vuln.id] }))).map((group) => (group ?? {}));
            for (const group of groups) {
                const ids = (Array.isArray(group.ids) ? group.ids : []).filter((id) => typeof id === 'string');
                const members = vulns.filter((vuln) => ids.includes(String(vuln.id)));
                const first = members[0] ?? {};
                const ruleId = ids.find((id) => /^(GHSA|CVE)-/i.test(id)) ?? ids[0];
                if (!ruleId)
                    continue;
                const cvss = score(group.max_severity);
                const fixed = members.flatMap((vuln) => fixedVersions(vuln, name));
                results.push({
                    tool: 'osv-scanner',
                    ruleId,
                    ruleDescription: scan_result_text(first.summary),
                    message: `${scan_result_text(first.summary) ?? ruleId}: ${name} ${version ?? ''}`.trim(),
                    file,
                    severity: cvss !== undefined ? severityOfScore(cvss) : severityOfWord((first.database_specific ?? {}).severity),
                    cvss,
                    fixAvailable: fixed.length > 0,
                    fixedVersion: fixed[0],
                    advisories: advisoryIds([...ids, ...(Array.isArray(group.aliases) ? group.aliases : []), ...members.flatMap((vuln) => (Array.isArray(vuln.aliases) ? vuln.aliases : []))]),
                    package: { name, version, ecosystem: scan_result_text(pkg.ecosystem) },
                    fingerprint: (0,fingerprint/* textFingerprint */.Kb)(`osv-scanner/${ruleId}`, file, `${name}@${version ?? ''}`),
                });
            }
        }
    }
    return results;
}
/** `fixed` events of the ranges that concern this package. */
function fixedVersions(vuln, name) {
    const fixed = [];
    for (const affectedValue of Array.isArray(vuln.affected) ? vuln.affected : []) {
        const affected = (affectedValue ?? {});
        if (scan_result_text((affected.package ?? {}).name) !== name)
            continue;
        for (const range of Array.isArray(affected.ranges) ? affected.ranges : []) {
            for (const event of Array.isArray(range?.events) ? range.events : []) {
                const version = scan_result_text(event?.fixed);
                if (version)
                    fixed.push(version);
            }
        }
    }
    return fixed;
}
/** osv-scanner writes absolute paths: shown relative to the checkout when inside it. */
function relativeTo(path, workspace) {
    if (!path)
        return undefined;
    const root = (0,fingerprint/* normaliseLocation */.so)(workspace).replace(/\/?$/, '/');
    const normal = (0,fingerprint/* normaliseLocation */.so)(path);
    return normal.startsWith(root) ? normal.slice(root.length) : normal;
}

;// CONCATENATED MODULE: ./actions/security-gate/src/ingest/pip-audit.ts


/**
 * `pip-audit --format json`: `{"dependencies": [...]}` (2.x) or the bare list
 * of 1.x. One result per dependency and vulnerability. pip-audit reports no
 * severity: it is `unknown`, which blocks like `high` (fail closed); use
 * waivers or the `cvss`/`fix-available` conditions to narrow it.
 */
function pipAuditResults(dependencies) {
    const results = [];
    for (const value of dependencies) {
        const dependency = (value ?? {});
        const name = scan_result_text(dependency.name);
        if (!name)
            continue;
        const version = scan_result_text(dependency.version);
        for (const vulnValue of Array.isArray(dependency.vulns) ? dependency.vulns : []) {
            const vuln = (vulnValue ?? {});
            const id = scan_result_text(vuln.id);
            if (!id)
                continue;
            const fixes = (Array.isArray(vuln.fix_versions) ? vuln.fix_versions : []).filter((fix) => typeof fix === 'string');
            const aliases = Array.isArray(vuln.aliases) ? vuln.aliases : [];
            results.push({
                tool: 'pip-audit',
                ruleId: id,
                message: `${id}: ${name} ${version ?? ''}`.trim() + (fixes.length ? ` (fixed in ${fixes.join(', ')})` : ' (no fixed version)'),
                ruleDescription: scan_result_text(vuln.description)?.slice(0, 300),
                severity: 'unknown',
                fixAvailable: fixes.length > 0,
                fixedVersion: fixes[0],
                advisories: advisoryIds([id, ...aliases]),
                package: { name, version, ecosystem: 'PyPI' },
                fingerprint: (0,fingerprint/* textFingerprint */.Kb)(`pip-audit/${id}`, undefined, `${name}@${version ?? ''}`),
            });
        }
    }
    return results;
}

;// CONCATENATED MODULE: ./actions/security-gate/src/ingest/trivy-json.ts



/**
 * `trivy ... --format json` (SchemaVersion 2): per target, vulnerabilities,
 * misconfigurations and secrets. CVSS: the V3 score of the severity source,
 * else the highest any source gives. A secret's matched text is never read.
 */
function trivyResults(report, workspace) {
    const results = [];
    for (const targetValue of Array.isArray(report.Results) ? report.Results : []) {
        const target = (targetValue ?? {});
        const file = relativeTo(scan_result_text(target.Target), workspace);
        for (const value of list(target.Vulnerabilities)) {
            const id = scan_result_text(value.VulnerabilityID);
            const name = scan_result_text(value.PkgName);
            if (!id || !name)
                continue;
            const version = scan_result_text(value.InstalledVersion);
            const fixed = scan_result_text(value.FixedVersion);
            results.push({
                tool: 'Trivy',
                ruleId: id,
                ruleDescription: scan_result_text(value.Title),
                message: `${scan_result_text(value.Title) ?? id}: ${name} ${version ?? ''}`.trim() + (fixed ? ` (fixed in ${fixed})` : ''),
                file,
                severity: severityOfWord(value.Severity),
                cvss: cvssOf(value),
                fixAvailable: fixed !== undefined,
                fixedVersion: fixed,
                advisories: advisoryIds([id, ...(Array.isArray(value.VendorIDs) ? value.VendorIDs : [])]),
                package: { name, version, ecosystem: scan_result_text(target.Type) },
                fingerprint: (0,fingerprint/* textFingerprint */.Kb)(`Trivy/${id}`, file, `${name}@${version ?? ''}`),
            });
        }
        for (const value of list(target.Misconfigurations)) {
            const id = scan_result_text(value.AVDID) ?? scan_result_text(value.ID);
            if (!id)
                continue;
            const line = positiveInteger((value.CauseMetadata ?? {}).StartLine);
            results.push({ tool: 'Trivy', ruleId: id, ruleDescription: scan_result_text(value.Title), message: scan_result_text(value.Message) ?? scan_result_text(value.Title) ?? id, file, line, severity: severityOfWord(value.Severity), advisories: [], fingerprint: (0,fingerprint/* textFingerprint */.Kb)(`Trivy/${id}`, file, scan_result_text(value.Message) ?? id) });
        }
        for (const value of list(target.Secrets)) {
            const id = scan_result_text(value.RuleID);
            if (!id)
                continue;
            results.push({ tool: 'Trivy', ruleId: id, message: `${scan_result_text(value.Title) ?? id} (secret found; its value is not shown)`, file, line: positiveInteger(value.StartLine), severity: severityOfWord(value.Severity), advisories: [], fingerprint: (0,fingerprint/* textFingerprint */.Kb)(`Trivy/${id}`, file, String(value.StartLine ?? '')) });
        }
    }
    return results;
}
function list(value) {
    return (Array.isArray(value) ? value : []).map((item) => (item ?? {}));
}
function cvssOf(vulnerability) {
    const sources = (vulnerability.CVSS ?? {});
    const preferred = score((sources[String(vulnerability.SeveritySource ?? '')] ?? {}).V3Score);
    if (preferred !== undefined)
        return preferred;
    const scores = Object.values(sources).map((source) => score(source?.V3Score)).filter((value) => value !== undefined);
    return scores.length > 0 ? scores.reduce((a, b) => Math.max(a, b)) : undefined;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./actions/security-gate/src/ingest/sarif-result.ts



function runContext(tool, bases) {
    const driver = (tool?.driver ?? {});
    const rules = (Array.isArray(driver.rules) ? driver.rules : []).map((rule) => (rule && typeof rule === 'object' ? rule : {}));
    const ruleById = new Map();
    rules.forEach((rule, index) => {
        const id = scan_result_text(rule.id);
        if (id && !ruleById.has(id))
            ruleById.set(id, index);
    });
    const baseMap = new Map();
    for (const [name, value] of Object.entries((bases ?? {}))) {
        const uri = scan_result_text(value?.uri);
        if (uri)
            baseMap.set(name, uri);
    }
    return { tool: scan_result_text(driver.name) ?? 'unknown scanner', rules, ruleById, bases: baseMap };
}
/**
 * One SARIF result as a ScanResult. Severity, in order: a numeric
 * `security-severity` (result, then rule properties; CodeQL, Trivy), the
 * scanner's own severity property (Bandit's `issue_severity`, zizmor's
 * `zizmor/severity`), then the SARIF level (result, then the rule's default,
 * then `warning` as the spec says).
 */
function sarifResult(result, run) {
    const ruleRef = (result.rule ?? {});
    const index = positiveOrZero(result.ruleIndex) ?? positiveOrZero(ruleRef.index);
    const ruleId = scan_result_text(result.ruleId) ?? scan_result_text(ruleRef.id) ?? (index !== undefined ? scan_result_text(run.rules[index]?.id) : undefined) ?? 'unnamed-rule';
    const rule = run.rules[index ?? run.ruleById.get(ruleId) ?? -1] ?? {};
    const ruleProperties = (rule.properties ?? {});
    const properties = (result.properties ?? {});
    const { snippet, ...location } = primaryLocation(result, run);
    const securitySeverity = score(properties['security-severity']) ?? score(ruleProperties['security-severity']);
    const level = scan_result_text(result.level) ?? scan_result_text((rule.defaultConfiguration ?? {}).level) ?? 'warning';
    const named = severityOfWord(properties.issue_severity ?? properties['zizmor/severity'] ?? properties.severity);
    const severity = securitySeverity !== undefined ? severityOfScore(securitySeverity) : named !== 'unknown' ? named : severityOfWord(level);
    const message = messageText(result.message, rule) ?? ruleId;
    const tags = Array.isArray(ruleProperties.tags) ? ruleProperties.tags : [];
    return {
        tool: run.tool,
        ruleId,
        ruleDescription: messageText(rule.shortDescription, {}) ?? scan_result_text(rule.name),
        message,
        ...location,
        severity,
        cvss: securitySeverity,
        fixAvailable: Array.isArray(result.fixes) && result.fixes.length > 0 ? true : undefined,
        advisories: advisoryIds([ruleId, ...tags]),
        fingerprint: fingerprintOf(result, run.tool, ruleId, location.file, snippet ?? message),
    };
}
function positiveOrZero(value) {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}
/** `message.text`, or the rule's message string it names by `id` (SARIF §3.11.7). */
function messageText(message, rule) {
    const value = (message ?? {});
    const direct = scan_result_text(value.text) ?? scan_result_text(value.markdown);
    if (direct)
        return direct;
    const id = scan_result_text(value.id);
    const strings = (rule.messageStrings ?? {});
    return id ? scan_result_text(strings[id]?.text) : undefined;
}
function primaryLocation(result, run) {
    const location = (Array.isArray(result.locations) ? result.locations[0] : undefined);
    const physical = (location?.physicalLocation ?? {});
    const artifact = (physical.artifactLocation ?? {});
    const region = (physical.region ?? {});
    const uri = scan_result_text(artifact.uri);
    const file = uri ? relativeUri(uri, scan_result_text(artifact.uriBaseId), run) : undefined;
    const line = positiveInteger(region.startLine);
    return {
        file,
        line,
        column: line ? positiveInteger(region.startColumn) : undefined,
        endLine: line ? positiveInteger(region.endLine) : undefined,
        endColumn: line ? positiveInteger(region.endColumn) : undefined,
        snippet: scan_result_text((region.snippet ?? {}).text),
    };
}
/** A workspace-relative path: percent-decoded, `file://` and known absolute bases stripped. */
function relativeUri(uri, baseId, run) {
    let path = uri;
    try {
        path = decodeURIComponent(uri);
    }
    catch {
        // A malformed escape stays as written.
    }
    const base = baseId ? run.bases.get(baseId) : undefined;
    if (base && /^file:/i.test(base) && !/^[a-z]+:/i.test(path))
        return (0,fingerprint/* normaliseLocation */.so)(path);
    return (0,fingerprint/* normaliseLocation */.so)(path.replace(/^file:\/\/[^/]*/i, ''));
}
/**
 * partialFingerprints when the scanner gives them (CodeQL's line hash, which
 * survives line shifts); else the rule, the location and the flagged text.
 */
function fingerprintOf(result, tool, ruleId, file, flagged) {
    const partial = Object.entries((result.partialFingerprints ?? {})).filter(([, value]) => typeof value === 'string');
    if (partial.length > 0) {
        const canonical = partial.sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, value]) => `${key}=${value}`).join('\n');
        return `sarif:${(0,external_node_crypto_.createHash)('sha256').update(`${tool}\u0000${ruleId}\u0000${file ?? ''}\u0000${canonical}`).digest('hex').slice(0, 32)}`;
    }
    return (0,fingerprint/* textFingerprint */.Kb)(`${tool}/${ruleId}`, file, flagged);
}

;// CONCATENATED MODULE: ./actions/security-gate/src/ingest/read-results.ts







/** The tool a native format names. */
const NATIVE_TOOL = { 'npm-audit': 'npm audit', 'pip-audit': 'pip-audit', 'osv-scanner': 'osv-scanner', trivy: 'Trivy' };
const READ_CHUNK = 1024 * 1024;
/** A SARIF run's results came before its tool: read the tools first, then the results. */
class ToolsComeLater extends Error {
}
/**
 * Reads one scanner output and hands each result to `onResult`, in bounded
 * memory for SARIF (one result parsed at a time; a 200 MB CodeQL log never
 * sits in memory whole). The format is told from the document itself: SARIF
 * 2.1.0 (`version` and `runs`), npm audit (`auditReportVersion: 2`),
 * pip-audit (`dependencies`, or 1.x's bare list), osv-scanner (`results`
 * with `packages`), Trivy (`SchemaVersion` and `Results`). Anything else,
 * and any JSON that does not parse, is a config error naming the file: never
 * an empty pass.
 */
async function readResults(file, workspace, onResult) {
    try {
        return await readOnce(file, workspace, onResult, undefined);
    }
    catch (error) {
        if (!(error instanceof ToolsComeLater))
            throw error;
        const tools = await readTools(file);
        return readOnce(file, workspace, onResult, tools);
    }
}
async function readOnce(file, workspace, onResult, knownTools) {
    const top = {};
    const rootItems = [];
    const runs = new Map();
    let sawRuns = false;
    const scanner = new json_scanner/* JsonScanner */.V({
        select(path) {
            if (path.length === 0)
                return 'enter';
            if (path[0] === 'runs') {
                sawRuns = true;
                return selectInRun(path);
            }
            return 'capture';
        },
        value(path, value) {
            if (path.length === 1) {
                if (typeof path[0] === 'number')
                    rootItems.push(value);
                else
                    top[path[0]] = value;
                return;
            }
            const run = runs.get(path[1]) ?? {};
            runs.set(path[1], run);
            if (path[2] === 'tool')
                run.tool = value;
            else if (path[2] === 'originalUriBaseIds')
                run.bases = value;
            else if (path[2] === 'results') {
                if (!value || typeof value !== 'object' || Array.isArray(value))
                    throw new json_scanner/* JsonSyntaxError */.q('a SARIF result that is not an object', 0);
                run.context ??= knownTools?.get(path[1]) ?? (run.tool !== undefined ? runContext(run.tool, run.bases) : undefined);
                if (!run.context)
                    throw new ToolsComeLater();
                onResult(sarifResult(value, run.context));
            }
        },
    });
    await feed(file, scanner);
    const format = finish(file, workspace, top, rootItems, sawRuns, onResult);
    if (format !== 'sarif')
        return { format, tools: [NATIVE_TOOL[format]] };
    const tools = [...runs.values()].map((run) => (run.context ?? runContext(run.tool, run.bases)).tool);
    return { format, tools: [...new Set(tools)] };
}
function selectInRun(path) {
    if (path.length === 1)
        return 'enter';
    if (path.length === 2)
        return typeof path[1] === 'number' ? 'enter' : 'skip';
    if (path.length === 3)
        return path[2] === 'results' ? 'enter' : path[2] === 'tool' || path[2] === 'originalUriBaseIds' ? 'capture' : 'skip';
    return 'capture';
}
/** The first pass of a SARIF file whose results precede their tool: tools only, results skipped. */
async function readTools(file) {
    const found = new Map();
    const scanner = new json_scanner/* JsonScanner */.V({
        select: (path) => (path.length === 0 || (path.length === 1 && path[0] === 'runs') || (path.length === 2 && path[0] === 'runs') ? 'enter' : path.length === 3 && path[0] === 'runs' && (path[2] === 'tool' || path[2] === 'originalUriBaseIds') ? 'capture' : 'skip'),
        value(path, value) {
            const run = found.get(path[1]) ?? {};
            found.set(path[1], run);
            if (path[2] === 'tool')
                run.tool = value;
            else
                run.bases = value;
        },
    });
    await feed(file, scanner);
    return new Map([...found].map(([index, run]) => [index, runContext(run.tool, run.bases)]));
}
async function feed(file, scanner) {
    try {
        for await (const chunk of (0,external_node_fs_.createReadStream)(file.path, { highWaterMark: READ_CHUNK }))
            scanner.push(chunk);
        scanner.end();
    }
    catch (error) {
        if (error instanceof ToolsComeLater || error instanceof gates_error/* GatesError */.xx)
            throw error;
        if (error instanceof json_scanner/* JsonSyntaxError */.q)
            throw invalid(file, `it is not valid JSON: ${error.message} at byte ${error.offset}`);
        const code = error.code;
        if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR')
            throw invalid(file, `it cannot be read (${code})`);
        throw error;
    }
}
function finish(file, workspace, top, rootItems, isSarif, onResult) {
    const emit = (results) => results.forEach(onResult);
    if (isSarif) {
        if (top.version !== '2.1.0')
            throw invalid(file, `it is SARIF version ${JSON.stringify(top.version ?? null)}; security-gate reads SARIF 2.1.0`);
        return 'sarif';
    }
    if (rootItems.length > 0 && rootItems.every((item) => item && typeof item === 'object' && 'name' in item && ('vulns' in item || 'skip_reason' in item))) {
        emit(pipAuditResults(rootItems));
        return 'pip-audit';
    }
    if (top.auditReportVersion !== undefined) {
        if (top.auditReportVersion !== 2)
            throw invalid(file, `it is npm audit report version ${JSON.stringify(top.auditReportVersion)}; security-gate reads version 2 (npm 7 and later)`);
        emit(npmAuditResults(top));
        return 'npm-audit';
    }
    if (Array.isArray(top.dependencies)) {
        emit(pipAuditResults(top.dependencies));
        return 'pip-audit';
    }
    if (typeof top.SchemaVersion === 'number') {
        emit(trivyResults(top, workspace));
        return 'trivy';
    }
    if (Array.isArray(top.results) && top.results.every((entry) => entry && typeof entry === 'object' && Array.isArray(entry.packages))) {
        emit(osvScannerResults(top, workspace));
        return 'osv-scanner';
    }
    throw invalid(file, 'it is none of the formats security-gate reads (SARIF 2.1.0, npm audit, pip-audit, osv-scanner or Trivy JSON)');
}
function invalid(file, reason) {
    return new gates_error/* GatesError */.xx('GATES_E_RESULTS_INVALID', { file: file.display, reason });
}

// EXTERNAL MODULE: ./packages/core/src/config/layers.ts
var config_layers = __webpack_require__(7572);
;// CONCATENATED MODULE: ./actions/security-gate/src/judge/block-policy.ts


const DEFAULT_BLOCK_POLICY = { severity: 'high', knownExploited: true, fixAvailable: false, newSinceBase: true };
function blockPolicyFrom(config) {
    const block = ((0,config_layers/* valueAt */.fK)(config, 'security-gate.block') ?? {});
    return {
        severity: block.severity ?? DEFAULT_BLOCK_POLICY.severity,
        cvss: block.cvss,
        knownExploited: block['known-exploited'] ?? DEFAULT_BLOCK_POLICY.knownExploited,
        fixAvailable: block['fix-available'] ?? DEFAULT_BLOCK_POLICY.fixAvailable,
        newSinceBase: block['new-since-base'] ?? DEFAULT_BLOCK_POLICY.newSinceBase,
    };
}
/**
 * Whether a result blocks. Any trigger (severity at or above the threshold,
 * CVSS at or above the score, an advisory in the known-exploited list) makes
 * it a candidate; every filter (a fix available, new since the base) must
 * then hold. Unknown facts fail closed: a result whose scanner cannot say
 * whether a fix exists counts as fixable. Pure.
 */
function judge(result, policy, knownExploited, base) {
    const exploited = result.advisories.some((id) => knownExploited.has(id));
    const isNew = base ? !base.has(result.fingerprint) : undefined;
    const triggers = [];
    if (policy.severity !== 'none' && SEVERITY_ORDER[result.severity] >= SEVERITY_ORDER[policy.severity])
        triggers.push(`severity ${result.severity} ≥ ${policy.severity}`);
    if (policy.cvss !== undefined && result.cvss !== undefined && result.cvss >= policy.cvss)
        triggers.push(`CVSS ${result.cvss} ≥ ${policy.cvss}`);
    if (policy.knownExploited && exploited)
        triggers.push('known exploited');
    if (triggers.length === 0)
        return { blocks: false, because: 'below every block condition', knownExploited: exploited, isNew };
    if (policy.fixAvailable && result.fixAvailable === false)
        return { blocks: false, because: `${triggers.join(', ')}, but no fix is available`, knownExploited: exploited, isNew };
    if (policy.newSinceBase && isNew === false)
        return { blocks: false, because: `${triggers.join(', ')}, but also in the base results`, knownExploited: exploited, isNew };
    return { blocks: true, because: triggers.join(', '), knownExploited: exploited, isNew };
}
/** The CISA Known Exploited Vulnerabilities catalogue format: `vulnerabilities[].cveID`. */
function knownExploitedIds(data, display) {
    const list = data?.vulnerabilities;
    if (!Array.isArray(list))
        throw new gates_error/* GatesError */.xx('GATES_E_RESULTS_INVALID', { file: display, reason: 'it is not a known-exploited catalogue in the CISA KEV JSON format (no `vulnerabilities` list)' });
    const ids = new Set();
    for (const entry of list) {
        const id = entry?.cveID;
        if (typeof id === 'string')
            ids.add(id.toUpperCase());
    }
    return ids;
}

;// CONCATENATED MODULE: ./actions/security-gate/src/judge/to-finding.ts
/**
 * A judged result as a finding: `error` when it blocks (the gate fails on
 * errors only), else `warning` for medium and above and `note` below. The
 * scanner's own severity, CVSS and the reason stay in its properties.
 */
function toFinding(result, judgement) {
    const properties = { severity: result.severity, blocks: judgement.blocks, because: judgement.because };
    if (result.cvss !== undefined)
        properties.cvss = result.cvss;
    if (result.fixAvailable !== undefined)
        properties.fixAvailable = result.fixAvailable;
    if (result.fixedVersion)
        properties.fixedVersion = result.fixedVersion;
    if (judgement.knownExploited)
        properties.knownExploited = true;
    if (judgement.isNew !== undefined)
        properties.newSinceBase = judgement.isNew;
    return {
        ruleId: result.ruleId,
        tool: result.tool,
        severity: judgement.blocks ? 'error' : ['critical', 'high', 'unknown', 'medium'].includes(result.severity) ? 'warning' : 'note',
        message: `${result.message} [${judgement.blocks ? 'blocks' : 'does not block'}: ${judgement.because}]`,
        ...(result.file ? { file: result.file } : {}),
        ...(result.line ? { line: result.line, column: result.column, endLine: result.endLine, endColumn: result.endColumn } : {}),
        ...(result.fixedVersion && result.package ? { fixHint: `upgrade ${result.package.name} to ${result.fixedVersion}` } : {}),
        fingerprint: result.fingerprint,
        ...(result.advisories.length ? { advisories: result.advisories } : {}),
        ...(result.package ? { package: result.package } : {}),
        properties,
    };
}
/** Each scanner rule once, under its scanner: the merged SARIF's rules (kept as results stream in, not per result). */
class RuleTable {
    rules = new Map();
    add(result, blocks) {
        const key = `${result.tool}\u0000${result.ruleId}`;
        const known = this.rules.get(key);
        if (known) {
            if (blocks)
                known.severity = 'error';
            return;
        }
        this.rules.set(key, { id: result.ruleId, tool: result.tool, description: result.ruleDescription ?? result.ruleId, severity: blocks ? 'error' : 'warning' });
    }
    list() {
        return [...this.rules.values()];
    }
}

;// CONCATENATED MODULE: ./actions/security-gate/src/report/security-metrics.ts
/**
 * The metrics the plan names for this gate, per run (the action's
 * metrics.json; output `metrics-file`): blocks, and waiver approvals and
 * expiries, for dashboards that chart exceptions over time.
 */
function securityMetrics(blocking, waived, waivers) {
    const count = (...states) => waivers.filter((waiver) => states.includes(waiver.state)).length;
    return {
        blocked: blocking > 0,
        blockingFindings: blocking,
        waivedFindings: waived,
        waiverApprovals: count('applied', 'expiring'),
        waiverExpiries: count('expired'),
        waiversExpiringSoon: count('expiring'),
        waiversStale: count('stale'),
        waiversRefused: count('rejected', 'unapproved', 'unwaivable'),
    };
}

// EXTERNAL MODULE: ./packages/core/src/report/markdown.ts
var markdown = __webpack_require__(97195);
;// CONCATENATED MODULE: ./actions/security-gate/src/report/security-summary.ts

/** Counts per scanner, after waivers: what each tool reported and what of it blocks. */
function countPerScanner(findings, sources) {
    const counts = new Map();
    for (const [tool, source] of sources)
        counts.set(tool, { tool, ...source, results: 0, blocking: 0, waived: 0 });
    for (const finding of findings) {
        const count = counts.get(finding.tool ?? '');
        if (!count)
            continue;
        count.results++;
        if (finding.waived)
            count.waived++;
        else if (finding.severity === 'error')
            count.blocking++;
    }
    return [...counts.values()].sort((a, b) => (a.tool < b.tool ? -1 : a.tool > b.tool ? 1 : 0));
}
function describePolicy(policy, withBase, kevCount) {
    const triggers = [
        policy.severity === 'none' ? undefined : `severity ≥ ${policy.severity}`,
        policy.cvss === undefined ? undefined : `CVSS ≥ ${policy.cvss}`,
        policy.knownExploited ? (kevCount === undefined ? 'known exploited (no list given)' : `known exploited (${kevCount} CVEs listed)`) : undefined,
    ].filter(Boolean);
    const filters = [policy.fixAvailable ? 'only with a fix available' : undefined, policy.newSinceBase && withBase ? 'only new since the base results' : undefined].filter(Boolean);
    return `Blocks on ${triggers.length ? triggers.join(' or ') : 'nothing (no trigger configured)'}${filters.length ? `; ${filters.join(', ')}` : ''}.`;
}
/** The scanners table, after the findings: what was read, from where, and how much of it blocks. */
function renderScannerSection(counts, policyLine, md) {
    const rows = counts.map((count) => [md.text(count.tool), [...count.formats].join(', '), String(count.files.size), String(count.results), String(count.blocking), String(count.waived)]);
    return ['### Results per scanner', '', md.text(policyLine), '', (0,markdown/* table */.tp)(['Scanner', 'Format', 'Files', 'Results', 'Blocking', 'Waived'], rows), ''].join('\n');
}

;// CONCATENATED MODULE: ./actions/security-gate/src/definition.ts








const SECURITY_GATE_RULES = [
    { id: 'scanner-result', description: 'A scanner result judged against the block conditions; its rule id is the scanner\'s own', severity: 'error', docs: (0,catalogue/* ruleDocsUrl */.hS)('security-gate', 'scanner-result') },
];
const securityGate = {
    name: 'security-gate',
    description: 'Scanner results (SARIF 2.1.0, npm audit, pip-audit, osv-scanner, Trivy) against block conditions and waivers.',
    rules: SECURITY_GATE_RULES,
    secretInputs: ['token'],
    async run({ inputs, workspace, config, runner, redactor, stateRoot }) {
        inputs.required('results');
        const policy = blockPolicyFrom(config.values);
        const files = resultFiles(inputs.list('results'), workspace, 'results');
        const baseInput = inputs.list('base-results');
        const base = baseInput.length > 0 ? await baseFingerprints(resultFiles(baseInput, workspace, 'base-results'), workspace) : undefined;
        const kevPath = inputs.string('known-exploited');
        const kev = kevPath ? knownExploitedIds(await readJson((0,external_node_path_.resolve)(workspace, kevPath), kevPath), kevPath) : new Set();
        const rules = new RuleTable();
        const findings = [];
        let meetingConditions = 0;
        const sources = new Map();
        for (const file of files) {
            const { format, tools } = await readResults(file, workspace, (result) => {
                const judgement = judge(result, policy, kev, base);
                rules.add(result, judgement.blocks);
                if (judgement.blocks)
                    meetingConditions++;
                findings.push(toFinding(result, judgement));
            });
            // A file with no results still counts for its scanner: a clean scan is a result.
            for (const tool of tools) {
                const source = sources.get(tool) ?? { formats: new Set(), files: new Set() };
                source.formats.add(format);
                source.files.add(file.display);
                sources.set(tool, source);
            }
        }
        runner.debug(`security-gate: ${findings.length} result(s) from ${files.length} file(s), ${meetingConditions} meeting a block condition before waivers`);
        const policyLine = describePolicy(policy, base !== undefined, kevPath ? kev.size : undefined);
        return {
            findings,
            rules: [...SECURITY_GATE_RULES, ...rules.list()],
            // Blocking results are errors and fail the gate whatever `fail-on` says: security decisions fail closed.
            failOn: 'error',
            async afterWaivers(waived, waivers) {
                const blocking = waived.filter((finding) => finding.severity === 'error' && !finding.waived).length;
                const waivedCount = waived.filter((finding) => finding.waived).length;
                if (blocking > 0) {
                    runner.annotation(`::error title=security block without waiver::${blocking} finding(s) meet the block conditions and no waiver covers them. See the job summary.`, `error   security block without waiver: ${blocking} finding(s) meet the block conditions and no waiver covers them`);
                }
                const metrics = securityMetrics(blocking, waivedCount, waivers);
                const metricsFile = await (0,report_files/* writeReportFile */.aS)((0,state_root/* statePath */.B)(stateRoot, 'reports', 'security-gate'), 'metrics.json', metrics, redactor);
                return {
                    outputs: { blocked: String(blocking > 0), 'blocking-count': String(blocking), 'waived-count': String(waivedCount), 'metrics-file': metricsFile },
                    notes: blocking > 0 ? [`⛔ Security block without waiver: ${blocking} finding(s) meet the block conditions and no waiver covers them.`] : undefined,
                    summaryAppendix: renderScannerSection(countPerScanner(waived, sources), policyLine, (0,untrusted_text/* markdownText */.p7)(redactor)),
                    ledgerEvent: { blocked: blocking > 0, blocking, waived: waivedCount },
                };
            },
        };
    },
};
/** The files the patterns name; none at all is a config error, never a pass. */
function resultFiles(patterns, workspace, input) {
    const discovery = (0,discover_files/* discoverFiles */.Z)(patterns, workspace);
    if (discovery.files.length === 0) {
        throw new gates_error/* GatesError */.xx('GATES_E_RESULTS_MISSING', { detail: `the \`${input}\` patterns (${patterns.join(', ')}) match no file` });
    }
    if (discovery.unmatched.length > 0) {
        throw new gates_error/* GatesError */.xx('GATES_E_RESULTS_MISSING', { detail: `\`${input}\` pattern(s) ${discovery.unmatched.join(', ')} match no file (a scan that wrote nothing is not a clean scan)` });
    }
    return discovery.files.map((file) => ({ path: file.path, display: file.display }));
}
async function baseFingerprints(files, workspace) {
    const fingerprints = new Set();
    for (const file of files)
        await readResults(file, workspace, (result) => fingerprints.add(result.fingerprint));
    return fingerprints;
}
async function readJson(path, display) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new gates_error/* GatesError */.xx('GATES_E_RESULTS_INVALID', { file: display, reason: `it cannot be read (${error.code ?? 'error'})` });
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new gates_error/* GatesError */.xx('GATES_E_RESULTS_INVALID', { file: display, reason: `it is not valid JSON: ${error.message}` });
    }
}


/***/ }),

/***/ 48672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ discoverFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(15170);
/* harmony import */ var _safe_files_contained_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71914);
/* harmony import */ var _text_glob_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13483);





const GLOB_CHARS = /[*?[\]{}!]/;
/**
 * Expands patterns (files, directories, globs; relative to the workspace or
 * absolute) into regular files, in a stable order, without following links.
 * A directory that cannot be listed, or an entry that cannot be examined, is
 * GATES_E_FILESYSTEM (exit 3) naming the path: files the patterns asked for
 * are never silently left out. Only a path that does not exist is a miss.
 */
function discoverFiles(patterns, workspace, options = {}) {
    const seen = new Set();
    const discovery = { files: [], skipped: [], unmatched: [] };
    const excluded = (0,_text_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .globMatcher */ .f)(options.exclude ?? []);
    const display = (path) => ((0,_safe_files_contained_path_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(path, workspace) ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, path).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') : path);
    for (const pattern of patterns) {
        const before = discovery.files.length + discovery.skipped.length;
        const { base, glob } = splitPattern(pattern, workspace);
        const matches = glob ? (0,_text_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .globMatcher */ .f)([glob]) : () => true;
        // A pattern longer than a path can be names nothing: a miss, like any other name that is not there.
        const startStats = lstatOrUndefined(base, 'ENAMETOOLONG');
        // The walk follows no link; the directories above where it starts are resolved once and must stay inside the root.
        const top = glob || startStats?.isDirectory() ? base : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(base);
        const root = (0,_safe_files_contained_path_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(base, workspace) ? workspace : top;
        const leak = startStats ? escapes(root, top) : undefined;
        if (leak) {
            discovery.skipped.push({ display: display(base), reason: leak, outside: true });
            continue;
        }
        const visit = (path, stats) => {
            if (!stats)
                return;
            const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(base, path).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') || basename(path);
            if (excluded(display(path)))
                return;
            if (stats.isSymbolicLink()) {
                if (matches(rel))
                    discovery.skipped.push({ display: display(path), reason: 'symbolic link (not followed)' });
                return;
            }
            if (stats.isDirectory()) {
                for (const entry of listDirectory(path))
                    visit((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, entry), lstatOrUndefined((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, entry)));
                return;
            }
            if (!matches(rel))
                return;
            if (options.ignore?.(path))
                return;
            if (!stats.isFile()) {
                discovery.skipped.push({ display: display(path), reason: 'not a regular file' });
                return;
            }
            if (seen.has(path))
                return;
            seen.add(path);
            discovery.files.push({ path, display: display(path), relative: rel, root });
        };
        visit(base, startStats);
        if (discovery.files.length + discovery.skipped.length === before)
            discovery.unmatched.push(pattern);
    }
    return discovery;
}
/** Why `directory` is not inside `root` once links are resolved (`logs -> /home/runner/...`), or undefined. */
function escapes(root, directory) {
    try {
        (0,_safe_files_contained_path_js__WEBPACK_IMPORTED_MODULE_3__/* .containedDirectory */ .R)(root, directory);
        return undefined;
    }
    catch (error) {
        if (!(error instanceof _safe_files_contained_path_js__WEBPACK_IMPORTED_MODULE_3__/* .PathOutside */ .jd))
            throw error;
        return `a symbolic link on its path leads outside the workspace (to ${error.real}); not followed`;
    }
}
/** `logs/**\/*.log` → base `logs`, glob `**\/*.log`: only the base is walked. */
function splitPattern(pattern, workspace) {
    const segments = pattern.split('/');
    const firstGlob = segments.findIndex((segment) => GLOB_CHARS.test(segment));
    if (firstGlob < 0)
        return { base: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, pattern) };
    const base = segments.slice(0, firstGlob).join('/') || (pattern.startsWith('/') ? '/' : '.');
    return { base: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, base), glob: segments.slice(firstGlob).join('/') };
}
/** undefined when nothing is there (a miss, or an entry gone since its directory was listed). */
function lstatOrUndefined(path, alsoMissing) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
    }
    catch (error) {
        const { code } = error;
        if (code === 'ENOENT' || code === 'ENOTDIR' || code === alsoMissing)
            return undefined;
        throw filesystemError(path, error);
    }
}
function listDirectory(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(path).sort();
    }
    catch (error) {
        throw filesystemError(path, error);
    }
}
function filesystemError(path, error) {
    const { code, message } = error;
    const reason = code === 'EACCES' || code === 'EPERM' ? `cannot be read (${code}: permission denied)` : `cannot be read (${code ?? message})`;
    return new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_4__/* .GatesError */ .xx('GATES_E_FILESYSTEM', { path, reason }, { cause: error });
}
function basename(path) {
    return path.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).pop() ?? path;
}


/***/ }),

/***/ 99063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ JsonScanner),
/* harmony export */   q: () => (/* binding */ JsonSyntaxError)
/* harmony export */ });
/**
 * A streaming JSON reader over bytes for files too large to `JSON.parse`
 * whole (a 200 MB SARIF log, a Jest report): it walks the structure the
 * handler enters, hands out the values it selects (each parsed on its own:
 * one SARIF result or one test at a time) and skips the rest without
 * building them. Memory: one read, plus the value being captured. No I/O.
 */
class JsonSyntaxError extends Error {
    offset;
    constructor(message, 
    /** Byte offset in the whole input. */
    offset) {
        super(message);
        this.offset = offset;
    }
}
const MAX_TOKEN_BYTES = 1024 * 1024;
const MAX_CAPTURE_BYTES = 64 * 1024 * 1024;
const WHITESPACE = new Uint8Array(256);
for (const byte of [0x20, 0x0a, 0x0d, 0x09])
    WHITESPACE[byte] = 1;
const DELIMITER = new Uint8Array(256);
for (const byte of [0x20, 0x0a, 0x0d, 0x09, 0x2c, 0x7d, 0x5d])
    DELIMITER[byte] = 1;
class JsonScanner {
    handler;
    carry = Buffer.alloc(0);
    /** Bytes of input before `carry`'s first byte. */
    consumed = 0;
    frames = [];
    path = [];
    rootDone = false;
    skipping;
    constructor(handler) {
        this.handler = handler;
    }
    push(chunk) {
        let buffer = this.carry.length === 0 ? chunk : Buffer.concat([this.carry, chunk]);
        if (this.consumed === 0 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
            this.consumed = 3;
            buffer = buffer.subarray(3);
        }
        const stop = this.run(buffer, false);
        this.consumed += stop;
        this.carry = stop === buffer.length ? Buffer.alloc(0) : Buffer.from(buffer.subarray(stop));
        if (this.carry.length > MAX_TOKEN_BYTES)
            throw new JsonSyntaxError(`a key or number longer than ${MAX_TOKEN_BYTES} bytes`, this.consumed);
    }
    end() {
        const stop = this.run(this.carry, true);
        const at = this.consumed + stop;
        if (this.skipping || this.frames.length > 0)
            throw new JsonSyntaxError('the document ends inside a value (truncated?)', at);
        if (!this.rootDone)
            throw new JsonSyntaxError('no JSON value', at);
    }
    /** Processes what is complete; returns where an incomplete token starts (or the end). */
    run(buffer, final) {
        let at = 0;
        for (;;) {
            if (this.skipping) {
                at = this.continueSkipping(buffer, at);
                if (!this.skipping.done)
                    return buffer.length;
                this.finishSkipping();
                continue;
            }
            while (at < buffer.length && WHITESPACE[buffer[at]] === 1)
                at++;
            if (at >= buffer.length)
                return at;
            const frame = this.frames[this.frames.length - 1];
            if (!frame) {
                if (this.rootDone)
                    this.fail('content after the JSON value', at);
                const next = this.startValue(buffer, at, final);
                if (next < 0)
                    return at;
                at = next;
                continue;
            }
            const byte = buffer[at];
            switch (frame.expect) {
                case 'key-or-end':
                case 'key': {
                    if (byte === 0x7d && frame.expect === 'key-or-end') {
                        this.close();
                        at++;
                        break;
                    }
                    if (byte !== 0x22)
                        this.fail('expected a key in quotes', at);
                    const end = stringEnd(buffer, at + 1);
                    if (end < 0)
                        return final ? this.fail('the document ends inside a key', at) : at;
                    this.path[this.path.length - 1] = JSON.parse(buffer.toString('utf8', at, end + 1));
                    frame.expect = 'colon';
                    at = end + 1;
                    break;
                }
                case 'colon':
                    if (byte !== 0x3a)
                        this.fail('expected ":"', at);
                    frame.expect = 'value';
                    at++;
                    break;
                case 'value-or-end':
                case 'value': {
                    if (byte === 0x5d && frame.expect === 'value-or-end') {
                        this.close();
                        at++;
                        break;
                    }
                    const next = this.startValue(buffer, at, final);
                    if (next < 0)
                        return at;
                    at = next;
                    break;
                }
                case 'comma-or-end':
                    if (byte === 0x2c) {
                        if (frame.kind === 'object')
                            frame.expect = 'key';
                        else {
                            this.path[this.path.length - 1] = this.path[this.path.length - 1] + 1;
                            frame.expect = 'value';
                        }
                        at++;
                    }
                    else if ((byte === 0x7d && frame.kind === 'object') || (byte === 0x5d && frame.kind === 'array')) {
                        this.close();
                        at++;
                    }
                    else
                        this.fail(`expected "," or "${frame.kind === 'object' ? '}' : ']'}"`, at);
                    break;
            }
        }
    }
    /** A value starts at `at`: entered, or skipped or captured (strings and containers, across reads), or read whole (numbers and literals). Returns -1 when incomplete. */
    startValue(buffer, at, final) {
        const byte = buffer[at];
        const decision = this.handler.select(this.path);
        if (byte === 0x7b || byte === 0x5b) {
            if (decision === 'enter') {
                const kind = byte === 0x7b ? 'object' : 'array';
                this.frames.push({ kind, expect: kind === 'object' ? 'key-or-end' : 'value-or-end' });
                this.path.push(kind === 'object' ? '' : 0);
                return at + 1;
            }
            this.skipping = { depth: 1, inString: false, escape: false, done: false, parts: decision === 'capture' ? [] : undefined, bytes: 0, start: this.consumed + at };
            this.skipping.parts?.push(Buffer.from(buffer.subarray(at, at + 1)));
            return at + 1;
        }
        if (byte === 0x22) {
            this.skipping = { depth: 0, inString: true, escape: false, done: false, parts: decision === 'skip' ? undefined : [], bytes: 0, start: this.consumed + at };
            this.skipping.parts?.push(Buffer.from(buffer.subarray(at, at + 1)));
            return at + 1;
        }
        let end = at;
        while (end < buffer.length && DELIMITER[buffer[end]] !== 1)
            end++;
        if (end === buffer.length && !final)
            return -1;
        let value;
        try {
            value = JSON.parse(buffer.toString('latin1', at, end));
        }
        catch {
            this.fail(`not a JSON value: ${buffer.toString('latin1', at, Math.min(end, at + 20))}`, at);
        }
        if (decision !== 'skip')
            this.handler.value(this.path, value, this.consumed + at);
        this.afterValue();
        return end;
    }
    /** Bytes of a skipped or captured value until it ends (strings and nesting tracked); returns where it stopped. */
    continueSkipping(buffer, from) {
        const state = this.skipping;
        let at = from;
        for (; at < buffer.length; at++) {
            const byte = buffer[at];
            if (state.inString) {
                if (state.escape)
                    state.escape = false;
                else if (byte === 0x5c)
                    state.escape = true;
                else if (byte === 0x22) {
                    state.inString = false;
                    if (state.depth === 0)
                        break;
                }
            }
            else if (byte === 0x22)
                state.inString = true;
            else if (byte === 0x7b || byte === 0x5b)
                state.depth++;
            else if (byte === 0x7d || byte === 0x5d) {
                if (--state.depth === 0)
                    break;
            }
        }
        if (at < buffer.length) {
            state.done = true;
            at++;
        }
        if (state.parts) {
            state.bytes += at - from;
            if (state.bytes > MAX_CAPTURE_BYTES)
                throw new JsonSyntaxError(`a value longer than ${MAX_CAPTURE_BYTES} bytes`, state.start);
            state.parts.push(Buffer.from(buffer.subarray(from, at)));
        }
        return at;
    }
    finishSkipping() {
        const state = this.skipping;
        this.skipping = undefined;
        if (state.parts) {
            let value;
            try {
                value = JSON.parse(Buffer.concat(state.parts).toString('utf8'));
            }
            catch (error) {
                throw new JsonSyntaxError(`invalid JSON: ${error.message}`, state.start);
            }
            this.handler.value(this.path, value, state.start);
        }
        this.afterValue();
    }
    close() {
        this.handler.leave?.(this.path.slice(0, -1));
        this.frames.pop();
        this.path.pop();
        this.afterValue();
    }
    afterValue() {
        const parent = this.frames[this.frames.length - 1];
        if (parent)
            parent.expect = 'comma-or-end';
        else
            this.rootDone = true;
    }
    fail(message, at) {
        throw new JsonSyntaxError(message, this.consumed + at);
    }
}
/** The closing quote of a string whose content starts at `from`; -1 when not in this buffer. */
function stringEnd(buffer, from) {
    for (let at = from; at < buffer.length; at++) {
        const byte = buffer[at];
        if (byte === 0x5c)
            at++;
        else if (byte === 0x22)
            return at;
    }
    return -1;
}


/***/ })

};
