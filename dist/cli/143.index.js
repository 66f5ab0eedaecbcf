export const id = 143;
export const ids = [143];
export const modules = {

/***/ 40143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ loadRedactPolicy),
  policyWithDefaults: () => (/* binding */ policyWithDefaults)
});

// UNUSED EXPORTS: DEFAULT_ENV_PATTERNS

// EXTERNAL MODULE: ./packages/core/src/redact/redactor.ts + 2 modules
var redactor = __webpack_require__(62401);
// EXTERNAL MODULE: ./packages/core/src/inputs/parse.ts
var parse = __webpack_require__(67528);
// EXTERNAL MODULE: ./packages/core/src/config/config-input.ts
var config_input = __webpack_require__(60345);
// EXTERNAL MODULE: ./packages/core/src/config/schemas.ts
var schemas = __webpack_require__(6748);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/config/load-file.ts
var load_file = __webpack_require__(15805);
// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __webpack_require__(15170);
// EXTERNAL MODULE: ./actions/redact-logs/src/rules/builtin/keywords.ts
var keywords = __webpack_require__(41791);
;// CONCATENATED MODULE: ./actions/redact-logs/src/policy/go-regex.ts
const POSIX = {
    alpha: 'A-Za-z',
    digit: '0-9',
    alnum: 'A-Za-z0-9',
    upper: 'A-Z',
    lower: 'a-z',
    space: '\\t\\n\\v\\f\\r ',
    xdigit: '0-9A-Fa-f',
    punct: '!-\\/:-@\\[-`{-~',
    word: '\\w',
    blank: '\\t ',
    cntrl: '\\x00-\\x1f\\x7f',
    print: ' -~',
    graph: '!-~',
    ascii: '\\x00-\\x7f',
};
function goRegexToJs(pattern) {
    let mode = { caseless: false, dotAll: false };
    let multiline = false;
    const stack = [];
    let out = '';
    let at = 0;
    while (at < pattern.length) {
        const char = pattern[at];
        if (char === '\\') {
            const next = pattern[at + 1] ?? '';
            if (next === 'z')
                out += '(?![\\s\\S])';
            else if (next === 'A')
                out += '(?<![\\s\\S])';
            else if (next === 'Q') {
                const end = pattern.indexOf('\\E', at + 2);
                const literal = pattern.slice(at + 2, end < 0 ? pattern.length : end);
                for (const piece of literal)
                    out += /[\\^$.*+?()[\]{}|/]/.test(piece) ? `\\${piece}` : literalOf(piece, mode);
                at = end < 0 ? pattern.length : end + 2;
                continue;
            }
            else
                out += `\\${next}`;
            at += 2;
            continue;
        }
        if (char === '[') {
            const { text, end } = translateClass(pattern, at, mode);
            out += text;
            at = end;
            continue;
        }
        if (char === '(') {
            if (pattern.startsWith('(?P<', at)) {
                stack.push(mode);
                out += '(?<';
                at += 4;
                continue;
            }
            const flags = /^\(\?([A-Za-z]*)(?:-([A-Za-z]*))?([:)])/.exec(pattern.slice(at, at + 16));
            if (flags) {
                const next = { ...mode };
                for (const flag of flags[1]) {
                    if (flag === 'i')
                        next.caseless = true;
                    if (flag === 's')
                        next.dotAll = true;
                    if (flag === 'm')
                        multiline = true;
                }
                for (const flag of flags[2] ?? '') {
                    if (flag === 'i')
                        next.caseless = false;
                    if (flag === 's')
                        next.dotAll = false;
                }
                if (flags[3] === ':') {
                    stack.push(mode);
                    out += '(?:';
                }
                mode = next;
                at += flags[0].length;
                continue;
            }
            stack.push(mode);
            out += '(';
            at++;
            continue;
        }
        if (char === ')') {
            mode = stack.pop() ?? mode;
            out += ')';
            at++;
            continue;
        }
        if (char === '.')
            out += mode.dotAll ? '[\\s\\S]' : '[^\\n]';
        else
            out += literalOf(char, mode);
        at++;
    }
    return { source: out, flags: multiline ? 'm' : '' };
}
function literalOf(char, mode) {
    if (mode.caseless && char.toLowerCase() !== char.toUpperCase())
        return `[${char.toLowerCase()}${char.toUpperCase()}]`;
    // Metacharacters come through as they are: a literal one was escaped in the pattern and took the escape branch.
    return char;
}
/** A bracket class from `[` to its `]`, with POSIX classes expanded and letters in both cases where caseless. */
function translateClass(pattern, start, mode) {
    let at = start + 1;
    let negated = false;
    if (pattern[at] === '^') {
        negated = true;
        at++;
    }
    let body = '';
    let extra = '';
    let first = true;
    while (at < pattern.length && (pattern[at] !== ']' || first)) {
        first = false;
        const posix = /^\[:(\^?)([a-z]+):\]/.exec(pattern.slice(at, at + 12));
        if (posix && POSIX[posix[2]]) {
            body += posix[1] ? '' : POSIX[posix[2]];
            at += posix[0].length;
            continue;
        }
        if (pattern[at] === '\\') {
            body += pattern.slice(at, at + 2);
            at += 2;
            continue;
        }
        const char = pattern[at];
        const range = pattern[at + 1] === '-' && pattern[at + 2] !== undefined && pattern[at + 2] !== ']' ? pattern[at + 2] : undefined;
        if (range !== undefined) {
            body += `${escapeInClass(char)}-${escapeInClass(range)}`;
            if (mode.caseless && /[a-z]/.test(char) && /[a-z]/.test(range))
                extra += `${char.toUpperCase()}-${range.toUpperCase()}`;
            if (mode.caseless && /[A-Z]/.test(char) && /[A-Z]/.test(range))
                extra += `${char.toLowerCase()}-${range.toLowerCase()}`;
            at += 3;
            continue;
        }
        body += escapeInClass(char);
        if (mode.caseless && char.toLowerCase() !== char.toUpperCase())
            extra += char === char.toLowerCase() ? char.toUpperCase() : char.toLowerCase();
        at++;
    }
    return { text: `[${negated ? '^' : ''}${body}${extra}]`, end: at + 1 };
}
function escapeInClass(char) {
    return char === '[' || char === '/' ? `\\${char}` : char;
}

;// CONCATENATED MODULE: ./actions/redact-logs/src/policy/gitleaks-allowlist.ts

/**
 * A gitleaks allowlist as a filter, with gitleaks' meaning: `regexes` test
 * the secret (or the match, or the line: `regexTarget`), `stopwords` are
 * looked for in the secret, any case; `paths` test the file's path. With
 * `condition = "AND"` every check the table has must hold; otherwise any one.
 * `commits` mean nothing for files on a runner and are ignored. Pure.
 */
function compileAllowlist(list, fail) {
    const condition = typeof list.condition === 'string' ? list.condition.toUpperCase() : 'OR';
    if (condition !== 'OR' && condition !== 'AND')
        fail(`condition "${String(list.condition)}" is not AND or OR`);
    const target = typeof list.regextarget === 'string' ? list.regextarget : 'secret';
    if (!['secret', 'match', 'line'].includes(target))
        fail(`regexTarget "${target}" is not secret, match or line`);
    const regexes = compileAll(list.regexes, 'regexes', fail);
    const paths = compileAll(list.paths, 'paths', fail);
    const stopwords = strings(list.stopwords).map((word) => word.toLowerCase());
    const checks = [];
    if (regexes.length > 0)
        checks.push((find) => regexes.some((regex) => regex.test(targetOf(find, target))));
    if (stopwords.length > 0)
        checks.push((find) => stopwords.some((word) => find.secret.toLowerCase().includes(word)));
    if (paths.length > 0)
        checks.push((find) => paths.some((regex) => regex.test(find.file)));
    if (checks.length === 0)
        return undefined;
    return condition === 'AND' ? (find) => checks.every((check) => check(find)) : (find) => checks.some((check) => check(find));
}
function targetOf(find, target) {
    return target === 'match' ? find.match : target === 'line' ? find.line : find.secret;
}
function compileAll(value, key, fail) {
    const compiled = [];
    for (const source of strings(value)) {
        const translated = goRegexToJs(source);
        try {
            compiled.push(new RegExp(translated.source, translated.flags));
        }
        catch (error) {
            fail(`${key} entry ${JSON.stringify(source)} does not compile: ${error.message}`);
        }
    }
    return compiled;
}
function strings(value) {
    return Array.isArray(value) ? value.filter((item) => typeof item === 'string' && item !== '') : [];
}

;// CONCATENATED MODULE: ./actions/redact-logs/src/policy/gitleaks-config.ts






/** gitleaks' own default location: a team that runs gitleaks has its config here. */
const DEFAULT_GITLEAKS_CONFIG = '.gitleaks.toml';
/**
 * Reads a gitleaks config (`.gitleaks.toml`, or the path the policy names)
 * so a team reuses the rules and allowlists it already has: `[[rules]]` with
 * id, regex (Go syntax, translated), secretGroup, entropy, keywords, path and
 * allowlists; global `[allowlist]` / `[[allowlists]]` (targetRules too).
 * The TOML parser loads only when such a file exists. A broken file is a
 * config error at its line (exit 2); a named file must exist.
 */
async function loadGitleaksRules(workspace, named) {
    const file = named ?? DEFAULT_GITLEAKS_CONFIG;
    const absolute = (0,external_node_path_.resolve)(workspace, file);
    if (!named && !(0,external_node_fs_.existsSync)(absolute))
        return undefined;
    const text = await (0,load_file/* readConfigText */.im)(absolute, file);
    const { parse, TomlError } = await __webpack_require__.e(/* import() */ 292).then(__webpack_require__.bind(__webpack_require__, 3292));
    let document;
    try {
        document = lowerKeys(parse(text));
    }
    catch (error) {
        if (!(error instanceof TomlError))
            throw error;
        throw new gates_error/* GatesError */.xx('GATES_E_CONFIG_SYNTAX', { file, format: 'TOML', detail: error.message.split('\n')[0].replace(/^Invalid TOML document: /, '') }, { location: { file, line: error.line, column: error.column } });
    }
    return gitleaksRules(document, file, text);
}
/** The parsed document (keys in lower case, as gitleaks reads them) as rules. Pure. */
function gitleaksRules(document, file, text) {
    const problems = [];
    const notes = [];
    const lineOf = (needle) => {
        const index = text.indexOf(needle);
        return index < 0 ? undefined : { file, line: text.slice(0, index).split('\n').length };
    };
    const fail = (message, where, hint) => problems.push({ message, location: where ? lineOf(where) : { file }, hint });
    const rules = Array.isArray(document.rules) ? document.rules : [];
    if (document.rules !== undefined && !Array.isArray(document.rules))
        fail('rules must be an array of tables ([[rules]])');
    const byTarget = new Map();
    const keep = [];
    for (const list of allowlistsOf(document.allowlist, document.allowlists)) {
        const filter = compileAllowlist(list, (message) => fail(`allowlist: ${message}`, 'allowlist'));
        if (!filter)
            continue;
        const targets = Array.isArray(list.targetrules) ? list.targetrules : [];
        if (targets.length === 0)
            keep.push(filter);
        for (const target of targets)
            byTarget.set(target, [...(byTarget.get(target) ?? []), filter]);
    }
    const extend = document.extend;
    if (extend?.usedefault === true || extend?.path || extend?.url)
        notes.push(`${file}: [extend] is not followed (gitleaks' default rules are not loaded; redact-logs' built-in rules cover the same vendors)`);
    const specs = [];
    for (const [index, rule] of rules.entries()) {
        const id = typeof rule.id === 'string' && rule.id !== '' ? rule.id : undefined;
        if (!id) {
            fail(`rules[${index}] has no id`);
            continue;
        }
        const where = `"${id}"`;
        if (typeof rule.regex !== 'string' || rule.regex === '') {
            notes.push(`${file}: rule ${id} has no regex and is not used (path-only rules report files; redact-logs scrubs values)`);
            continue;
        }
        if (rule.required !== undefined || rule.skipreport === true)
            notes.push(`${file}: rule ${id} is used alone (required rules and skipReport are not supported)`);
        const translated = goRegexToJs(rule.regex);
        try {
            new RegExp(translated.source, translated.flags);
        }
        catch (error) {
            fail(`rule ${id}: regex does not compile: ${error.message}`, where, 'gitleaks regexes are Go (RE2) syntax; lookarounds and backreferences do not exist there either');
            continue;
        }
        const group = typeof rule.secretgroup === 'number' && rule.secretgroup > 0 ? rule.secretgroup : 'first';
        const filters = [...allowlistsOf(rule.allowlist, rule.allowlists).map((list) => compileAllowlist(list, (message) => fail(`rule ${id}: allowlist: ${message}`, where))), ...(byTarget.get(id) ?? [])];
        byTarget.delete(id);
        const pathFilter = typeof rule.path === 'string' ? compilePath(rule.path, (message) => fail(`rule ${id}: path ${message}`, where)) : undefined;
        specs.push({
            id: `gitleaks:${id}`,
            description: typeof rule.description === 'string' && rule.description ? rule.description : `gitleaks rule ${id}`,
            regex: translated.source,
            flags: translated.flags,
            keywords: keywordsOf(rule.keywords),
            secretGroup: group,
            // gitleaks drops a find whose entropy is not above the rule's.
            minEntropy: typeof rule.entropy === 'number' && rule.entropy > 0 ? rule.entropy + 1e-9 : undefined,
            lead: 1024,
            appliesTo: pathFilter ? (path) => pathFilter.test(path) : undefined,
            keep: filters.filter((filter) => filter !== undefined),
        });
    }
    for (const target of byTarget.keys())
        fail(`allowlists: targetRules names rule "${target}", which the config does not define`, target);
    if (problems.length > 0)
        throw new gates_error/* GatesError */.xx('GATES_E_CONFIG_INVALID', { file, count: problems.length }, { details: problems, location: problems[0].location });
    return { file, rules: specs, keep, notes };
}
/**
 * gitleaks matches keywords case-insensitively. The prefilter compares bytes,
 * so a keyword becomes its spellings in every case, up to its first six
 * characters (a prefix still finds every window the keyword is in); one
 * shorter than three bytes cannot be a prefilter literal, so its rule runs
 * over every window (slower, never missing).
 */
function keywordsOf(value) {
    const words = Array.isArray(value) ? value.filter((word) => typeof word === 'string' && word !== '') : [];
    if (words.some((word) => Buffer.byteLength(word) < 3))
        return [];
    return [...new Set(words.flatMap((word) => (0,keywords/* anyCase */.n9)(word.slice(0, 6))))];
}
function compilePath(source, fail) {
    const translated = goRegexToJs(source);
    try {
        return new RegExp(translated.source, translated.flags);
    }
    catch (error) {
        fail(`does not compile: ${error.message}`);
        return undefined;
    }
}
/** `[allowlist]` (one, the older form) and `[[allowlists]]` (several). */
function allowlistsOf(single, many) {
    const lists = [];
    if (single && typeof single === 'object' && !Array.isArray(single))
        lists.push(single);
    if (Array.isArray(many))
        for (const list of many)
            if (list && typeof list === 'object')
                lists.push(list);
    return lists;
}
/** gitleaks (through viper) reads keys in any case: secretGroup, secretgroup, SecretGroup. */
function lowerKeys(value) {
    if (Array.isArray(value))
        return value.map(lowerKeys);
    if (value && typeof value === 'object' && !(value instanceof Date))
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key.toLowerCase(), lowerKeys(item)]));
    return value;
}

;// CONCATENATED MODULE: ./actions/redact-logs/src/policy/redact-policy.ts


/** Names under which CI systems and tools conventionally pass credentials. */
const DEFAULT_ENV_PATTERNS = ['*TOKEN*', '*SECRET*', '*PASSWORD*', '*PASSWD*', '*_KEY', '*API_KEY*', '*CREDENTIALS*', '*PRIVATE_KEY*'];
function policyWithDefaults(file, path, positions) {
    return {
        file: path,
        positions,
        replacement: file?.replacement ?? 'mask',
        minSecretLength: file?.['min-secret-length'] ?? redactor/* DEFAULT_MIN_SECRET_LENGTH */.ji,
        envPatterns: file?.['env-patterns'] ?? DEFAULT_ENV_PATTERNS,
        binary: file?.binary ?? 'skip',
        archives: file?.archives ?? 'scrub',
        allowSkipped: file?.skipped === 'allow',
        maxFileBytes: file?.['max-file-size'] ? (0,parse/* parseSize */.DB)(file['max-file-size']) : 64 * 1024 ** 3,
        maxMasks: file?.['max-masks'] ?? 1000,
        decode: file?.decode ?? true,
        inlineAllow: file?.['inline-allow'] ?? true,
        allow: file?.allow ?? [],
        disabledRules: file?.rules?.disable ?? [],
        customRules: file?.rules?.custom ?? [],
        gitleaksConfig: file?.['gitleaks-config'],
    };
}
/**
 * The `policy` input's file when it exists (the built-in defaults when the
 * default path is absent; a path set by the user must exist), then the
 * gitleaks config it names, or `.gitleaks.toml` at the workspace root when
 * there is one.
 */
async function loadRedactPolicy(inputs, workspace) {
    const loaded = await (0,config_input/* loadConfigInput */.j)(inputs, workspace, { input: 'policy', kind: schemas/* CONFIG_KINDS */.j.redact });
    const policy = loaded ? policyWithDefaults(loaded.value, loaded.file, loaded.positions) : policyWithDefaults(undefined);
    const gitleaks = await loadGitleaksRules(workspace, policy.gitleaksConfig);
    return gitleaks ? { ...policy, gitleaks } : policy;
}


/***/ }),

/***/ 41791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CG: () => (/* binding */ TOKEN_END),
/* harmony export */   gx: () => (/* binding */ followedBy),
/* harmony export */   n9: () => (/* binding */ anyCase),
/* harmony export */   oi: () => (/* binding */ BASE64_URL_ALPHABET),
/* harmony export */   r0: () => (/* binding */ caseVariants),
/* harmony export */   uW: () => (/* binding */ ASSIGN)
/* harmony export */ });
/** Helpers the built-in rule tables share: keyword spellings and the pieces of context regexes. */
/** lower, UPPER and Capitalised forms of each word. */
function caseVariants(words) {
    return words.flatMap((word) => [...new Set([word, word.toUpperCase(), word[0].toUpperCase() + word.slice(1)])]);
}
/** Every spelling of a short word in any mix of cases (`-key`: `-key`, `-Key`, `-KEY`, `-kEy`, …): 2^letters keywords. */
function anyCase(word) {
    let spellings = [''];
    for (const char of word) {
        const cases = char.toLowerCase() === char.toUpperCase() ? [char] : [char.toLowerCase(), char.toUpperCase()];
        spellings = spellings.flatMap((prefix) => cases.map((next) => prefix + next));
    }
    return spellings;
}
const BASE64_URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/**
 * A three-byte prefix followed by each character that can come next: four-byte
 * keywords, as the prefilter needs. Without it a three-byte keyword becomes
 * 256 literals (any next byte), which thickens the prefilter for every file.
 */
function followedBy(prefix, next) {
    return [...next].map((char) => prefix + char);
}
/**
 * Between a name and its value: `name = value`, `name: "value"`, `"name": "value"`,
 * `name => 'value'`, also with JSON-escaped quotes (`\"name\": \"value\"`,
 * a config file printed inside a JSON string).
 */
const ASSIGN = String.raw `\\?["'\x60]?\s{0,4}(?:=|:=|::=|:|=>|\?=)\s{0,4}\\?["'\x60]?`;
/** A value that ends where a token cannot go on. */
const TOKEN_END = String.raw `(?![A-Za-z0-9_-])`;


/***/ })

};
