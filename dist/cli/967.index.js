export const id = 967;
export const ids = [967];
export const modules = {

/***/ 60967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   activeRules: () => (/* binding */ activeRules)
/* harmony export */ });
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15170);
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75026);
/* harmony import */ var _builtin_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94960);
/* harmony import */ var _compile_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30712);



/** The built-in rules minus those the policy disables, plus its own and a gitleaks config's; compiled once per run. */
function activeRules(policy) {
    const builtinIds = new Set(_builtin_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .BUILTIN_RULES */ .Y.map((rule) => rule.id));
    const unknown = policy.disabledRules.filter((id) => !builtinIds.has(id));
    if (unknown.length > 0) {
        throw new _gates_core__WEBPACK_IMPORTED_MODULE_1__/* .GatesError */ .xx('GATES_E_CONFIG_INVALID', { file: policy.file ?? 'policy', count: unknown.length }, {
            details: unknown.map((id) => ({ message: `rules.disable names unknown built-in rule "${id}"`, location: policy.file ? { file: policy.file, ...(policy.positions?.value.get('/rules/disable') ?? {}) } : undefined, hint: hintFor(id, [...builtinIds]) })),
        });
    }
    const clash = policy.customRules.find((rule) => builtinIds.has(rule.id));
    if (clash) {
        throw new _gates_core__WEBPACK_IMPORTED_MODULE_1__/* .GatesError */ .xx('GATES_E_CONFIG_INVALID', { file: policy.file ?? 'policy', count: 1 }, {
            details: [{ message: `custom rule id "${clash.id}" is a built-in rule's id`, hint: 'pick another id, or disable the built-in rule and name yours differently' }],
        });
    }
    // A gitleaks config's global allowlists apply to every rule, as they do in gitleaks.
    const keep = policy.gitleaks?.keep ?? [];
    const builtin = (0,_compile_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .compileRules */ .nb)(_builtin_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .BUILTIN_RULES */ .Y.filter((rule) => !policy.disabledRules.includes(rule.id)), policy.allow, policy.file ? { file: policy.file, positions: policy.positions, rulesPointer: '/rules/custom', allowPointer: '/allow' } : undefined, keep);
    const custom = policy.customRules.map((rule) => ({
        id: rule.id,
        description: rule.description ?? `custom rule ${rule.id}`,
        regex: rule.regex,
        flags: rule.flags,
        keywords: rule.keywords,
        secretGroup: rule['secret-group'],
        minEntropy: rule['min-entropy'],
        allow: rule.allow,
    }));
    const origin = { file: policy.file ?? '.github/gates-redact.yml', positions: policy.positions, rulesPointer: '/rules/custom', allowPointer: '/allow' };
    const gitleaks = policy.gitleaks ? (0,_compile_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .compileRules */ .nb)(policy.gitleaks.rules, policy.allow, { file: policy.gitleaks.file, rulesPointer: '', allowPointer: '' }, keep) : [];
    return [...builtin, ...(0,_compile_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .compileRules */ .nb)(custom, policy.allow, origin, keep), ...gitleaks];
}
function hintFor(id, ids) {
    const near = (0,_gates_core__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .a)(id, ids);
    return `${near ? `did you mean "${near}"? ` : ''}the built-in rules are listed in redact-logs/README.md`;
}


/***/ }),

/***/ 94960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ BUILTIN_RULES)
});

// EXTERNAL MODULE: ./actions/redact-logs/src/rules/builtin/keywords.ts
var keywords = __webpack_require__(41791);
;// CONCATENATED MODULE: ./actions/redact-logs/src/rules/builtin/ai.ts

/** AI APIs: OpenAI, Anthropic, Hugging Face, Cohere. */
const AI_RULES = [
    {
        id: 'openai-api-key',
        family: 'OpenAI',
        description: 'OpenAI API key (sk-proj-, sk-svcacct-, sk-admin-, legacy sk-; all carry T3BlbkFJ)',
        regex: String.raw `\bsk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,200}|[A-Za-z0-9]{20})T3BlbkFJ[A-Za-z0-9_-]{20,200}${keywords/* TOKEN_END */.CG}`,
        // base64 of "openai": in every key, wherever the prefix is.
        keywords: ['T3BlbkFJ'],
        lead: 224,
        minEntropy: 3,
        sample: { secret: 'sk-proj-{b64url:74}T3BlbkFJ{b64url:74}', line: 'OPENAI_API_KEY={secret}' },
        nearMisses: ['OPENAI_API_KEY=sk-...', 'sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxT3BlbkFJxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
    {
        id: 'anthropic-api-key',
        family: 'Anthropic',
        description: 'Anthropic API or admin key (sk-ant-api03-…, sk-ant-admin01-…)',
        regex: String.raw `\bsk-ant-(?:api|admin|oat|sid)[0-9]{2}-[A-Za-z0-9_-]{80,120}AA${keywords/* TOKEN_END */.CG}`,
        keywords: ['sk-ant-'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'sk-ant-api03-{b64url:93}AA', line: 'ANTHROPIC_API_KEY={secret}' },
        nearMisses: ['ANTHROPIC_API_KEY=sk-ant-api03-...'],
    },
    {
        id: 'huggingface-token',
        family: 'Hugging Face',
        description: 'Hugging Face user access token (hf_) or organization token (api_org_)',
        regex: String.raw `\b(?:hf_|api_org_)[A-Za-z]{34}\b`,
        keywords: [...(0,keywords/* followedBy */.gx)('hf_', keywords/* BASE64_URL_ALPHABET */.oi.slice(0, 52)), 'api_org_'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'hf_{alpha:34}', line: 'huggingface-cli login --token {secret}' },
        nearMisses: ['hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'hf_hub_download(repo_id="org/model")'],
    },
    {
        id: 'cohere-api-key',
        family: 'Cohere',
        description: 'Cohere API key next to its name (cohere…, CO_API_KEY)',
        regex: String.raw `(?:cohere|CO_API_KEY)[\w.-]{0,30}${keywords/* ASSIGN */.uW}([A-Za-z0-9]{40})(?![A-Za-z0-9])`,
        flags: 'i',
        keywords: [...(0,keywords/* caseVariants */.r0)(['cohere']), 'CO_API_KEY', 'co_api_key'],
        lead: 4,
        secretGroup: 1,
        minEntropy: 3.5,
        sample: { secret: '{alnum:40}', line: 'COHERE_API_KEY={secret}' },
        nearMisses: ['COHERE_API_KEY=<your-cohere-key>'],
    },
];

;// CONCATENATED MODULE: ./actions/redact-logs/src/rules/builtin/cloud.ts

/** AWS, Google Cloud, Azure, DigitalOcean, Heroku, Databricks. */
const CLOUD_RULES = [
    {
        id: 'aws-access-key-id',
        family: 'AWS',
        description: 'AWS access key id (AKIA…; ASIA… for temporary credentials; ABIA, ACCA)',
        regex: String.raw `\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b`,
        keywords: ['AKIA', 'ASIA', 'ABIA', 'ACCA'],
        anchor: 0,
        minEntropy: 3,
        allow: ['EXAMPLE$'],
        sample: { secret: 'AKIA{upperdigit:16}', line: 'export AWS_ACCESS_KEY_ID={secret}' },
        nearMisses: ['aws_access_key_id = AKIAIOSFODNN7EXAMPLE', 'key = AKIAXXXXXXXXXXXXXXXX', 'TODAYINASIAASACKOFRICEFELLOVER'],
    },
    {
        id: 'aws-secret-access-key',
        family: 'AWS',
        description: 'AWS secret access key next to its name',
        regex: String.raw `aws.{0,24}?(?:secret|private).{0,24}?[=:"'\s]{1,4}([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`,
        flags: 'i',
        // The word after "aws": four bytes or more keep the prefilter's keys few; the match starts up to ~30 bytes before it.
        keywords: (0,keywords/* caseVariants */.r0)(['secret', 'private']),
        lead: 64,
        secretGroup: 1,
        minEntropy: 3.5,
        allow: ['EXAMPLEKEY$'],
        sample: { secret: '{b64:40}', line: 'aws_secret_access_key = {secret}' },
        nearMisses: ['aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    },
    {
        id: 'aws-session-token',
        family: 'AWS',
        description: 'AWS session token (STS temporary credentials, x-amz-security-token)',
        regex: String.raw `\b(?:IQoJb3JpZ2lu|FwoGZXIvYXdz|FQoGZXIvYXdz)[A-Za-z0-9/+]{100,4096}={0,2}(?![A-Za-z0-9/+=])|(?:session|security)[_-]?token${keywords/* ASSIGN */.uW}([A-Za-z0-9/+]{100,4096}={0,2})(?![A-Za-z0-9/+=])`,
        flags: 'i',
        keywords: ['IQoJb3JpZ2lu', 'FwoGZXIvYXdz', 'FQoGZXIvYXdz', ...(0,keywords/* caseVariants */.r0)(['session_token', 'session-token', 'sessiontoken', 'security-token', 'security_token']), 'Security-Token', 'SessionToken'],
        lead: 32,
        secretGroup: 'first',
        minEntropy: 3.5,
        sample: { secret: 'IQoJb3JpZ2luX2VjE{b64:320}', line: 'export AWS_SESSION_TOKEN={secret}' },
        nearMisses: ['aws_session_token = <session-token>', 'X-Amz-Security-Token: ${AWS_SESSION_TOKEN}'],
    },
    {
        id: 'google-api-key',
        family: 'Google',
        description: 'Google API key',
        regex: String.raw `\bAIza[0-9A-Za-z_-]{35}${keywords/* TOKEN_END */.CG}`,
        keywords: ['AIza'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'AIza{b64url:35}', line: 'GET https://maps.googleapis.com/maps/api/geocode/json?key={secret}' },
        nearMisses: ['AIzaSyabcdefghijklmnopqrstuvwxyz1234567', 'AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'],
    },
    {
        id: 'google-oauth-client-secret',
        family: 'Google',
        description: 'Google OAuth client secret (GOCSPX-…)',
        regex: String.raw `\bGOCSPX-[A-Za-z0-9_-]{28}${keywords/* TOKEN_END */.CG}`,
        keywords: ['GOCSPX-'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'GOCSPX-{b64url:28}', line: '{"web":{"client_id":"1234-abc.apps.googleusercontent.com","client_secret":"{secret}"}}' },
        nearMisses: ['"client_secret": "GOCSPX-<your-client-secret>"'],
    },
    {
        id: 'google-oauth-access-token',
        family: 'Google',
        description: 'Google OAuth access token (ya29.…)',
        regex: String.raw `\bya29\.[A-Za-z0-9_-]{30,2048}${keywords/* TOKEN_END */.CG}`,
        keywords: ['ya29.'],
        anchor: 0,
        minEntropy: 3.5,
        sample: { secret: 'ya29.a0{b64url:120}', line: 'Authorization header set from gcloud auth print-access-token: {secret}' },
        nearMisses: ['ya29.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
    {
        id: 'gcp-service-account-key',
        family: 'Google',
        description: 'Google Cloud service-account key file: its private_key_id (the private_key is the private-key rule)',
        regex: String.raw `private_key_id\\?["']?\s{0,4}:\s{0,4}\\?["']([0-9a-f]{40})\\?["']`,
        keywords: ['private_key_id'],
        lead: 4,
        secretGroup: 1,
        minEntropy: 3,
        sample: { secret: '{hex:40}', line: '{"type": "service_account", "project_id": "demo-project", "private_key_id": "{secret}", "client_email": "ci@demo-project.iam.gserviceaccount.com"}' },
        nearMisses: ['"private_key_id": "0000000000000000000000000000000000000000"'],
    },
    {
        id: 'azure-ad-client-secret',
        family: 'Azure',
        description: 'Microsoft Entra ID (Azure AD) application client secret (…Q~…)',
        regex: String.raw `(?:^|[\\'"\x60\s>=:(,])([A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?=$|[\\'"\x60\s<),;&])`,
        flags: 'm',
        // A digit, "Q~" and the next character: four bytes, as the prefilter needs.
        keywords: [...'0123456789'].flatMap((digit) => (0,keywords/* followedBy */.gx)(`${digit}Q~`, `${keywords/* BASE64_URL_ALPHABET */.oi}~.`)),
        lead: 8,
        secretGroup: 1,
        minEntropy: 3,
        sample: { secret: '{alnum:3}{digit:1}Q~{alnum:34}', line: 'AZURE_CLIENT_SECRET="{secret}"' },
        nearMisses: ['client secret value: abc8Q~<value-from-portal>'],
    },
    {
        id: 'azure-storage-key',
        family: 'Azure',
        description: 'Azure storage account key in a connection string (AccountKey=…)',
        regex: String.raw `\bAccountKey=([A-Za-z0-9+/]{40,88}={0,2})`,
        keywords: ['AccountKey='],
        lead: 1,
        secretGroup: 1,
        minEntropy: 3.5,
        sample: { secret: '{b64:86}==', line: 'DefaultEndpointsProtocol=https;AccountName=acct;AccountKey={secret};EndpointSuffix=core.windows.net' },
        nearMisses: ['AccountKey=<storage-account-key>;', 'AccountKey=${STORAGE_KEY}'],
    },
    {
        id: 'azure-connection-string',
        family: 'Azure',
        description: 'Azure Service Bus, Event Hubs, SignalR or Relay key in a connection string (SharedAccessKey=…, AccessKey=…)',
        regex: String.raw `\b(?:SharedAccessKey|AccessKey|SharedSecretValue)=([A-Za-z0-9+/]{40,88}={0,2})`,
        keywords: ['AccessKey=', 'SharedSecretValue='],
        lead: 32,
        secretGroup: 1,
        minEntropy: 3.5,
        sample: { secret: '{b64:43}=', line: 'Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={secret}' },
        nearMisses: ['SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=<key>'],
    },
    {
        id: 'azure-sas-token',
        family: 'Azure',
        description: 'Azure shared access signature: the sig= of a SAS URL or token',
        regex: String.raw `[?&;]sig=([A-Za-z0-9%+/]{40,160}(?:=|%3[Dd]){0,2})`,
        keywords: ['sig='],
        lead: 1,
        secretGroup: 1,
        minEntropy: 3.5,
        sample: { secret: '{alnum:43}%3D', line: 'az storage blob download --blob-url "https://acct.blob.core.windows.net/c/f.zip?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-01T00:00:00Z&sig={secret}"' },
        nearMisses: ['https://acct.blob.core.windows.net/c/f.zip?sv=2022-11-02&sig=<signature>'],
    },
    {
        id: 'digitalocean-token',
        family: 'DigitalOcean',
        description: 'DigitalOcean personal access, OAuth or refresh token (dop_v1_, doo_v1_, dor_v1_)',
        regex: String.raw `\bdo[opr]_v1_[a-f0-9]{64}\b`,
        keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'dop_v1_{hex:64}', line: 'DIGITALOCEAN_ACCESS_TOKEN={secret}' },
    },
    {
        id: 'heroku-api-key',
        family: 'Heroku',
        description: 'Heroku API key (HRKU-AA…, or a UUID next to "heroku")',
        regex: String.raw `\bHRKU-AA[0-9a-zA-Z_-]{58}${keywords/* TOKEN_END */.CG}|heroku[\w.-]{0,40}${keywords/* ASSIGN */.uW}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b`,
        flags: 'i',
        keywords: ['HRKU-AA', ...(0,keywords/* caseVariants */.r0)(['heroku'])],
        lead: 8,
        secretGroup: 'first',
        minEntropy: 3,
        sample: { secret: 'HRKU-AA{b64url:58}', line: 'heroku config:set --app demo HEROKU_API_KEY={secret}' },
        nearMisses: ['HEROKU_API_KEY=${{ secrets.HEROKU_API_KEY }}', 'heroku ps:scale web=1 --app demo'],
    },
    {
        id: 'databricks-token',
        family: 'Databricks',
        description: 'Databricks personal access token (dapi…)',
        regex: String.raw `\bdapi[a-f0-9]{32}(?:-[0-9])?\b`,
        keywords: ['dapi'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'dapi{hex:32}', line: 'DATABRICKS_TOKEN={secret}' },
        nearMisses: ['dapi00000000000000000000000000000000'],
    },
];

;// CONCATENATED MODULE: ./actions/redact-logs/src/rules/builtin/commerce.ts

/** Payments and shops: Stripe, Square, Shopify. */
const COMMERCE_RULES = [
    {
        id: 'stripe-key',
        family: 'Stripe',
        description: 'Stripe secret or restricted key, live, test or prod (sk_live_, rk_test_, …)',
        regex: String.raw `\b(?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{10,247}\b`,
        keywords: ['sk_live_', 'sk_test_', 'sk_prod_', 'rk_live_', 'rk_test_', 'rk_prod_'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'sk_live_{alnum:24}', line: 'Stripe.api_key = "{secret}"' },
        nearMisses: ['sk_live_AAAAAAAAAAAAAAAAAAAAAAAA', 'sk_test_xxxxxxxxxxxxxxxxxxxxxxxx', 'pk_live_51HqLyjWDarjtT1zdp7dcXZV', 'curl https://api.stripe.com/v1/charges -u sk_test_...:'],
    },
    {
        id: 'stripe-webhook-secret',
        family: 'Stripe',
        description: 'Stripe webhook signing secret (whsec_)',
        regex: String.raw `\bwhsec_[A-Za-z0-9]{32,64}\b`,
        keywords: ['whsec_'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'whsec_{alnum:32}', line: 'Ready! Your webhook signing secret is {secret} (^C to quit)' },
    },
    {
        id: 'square-token',
        family: 'Square',
        description: 'Square access token (EAAA…, sq0atp-) or application secret (sq0csp-)',
        regex: String.raw `\b(?:EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22}|sq0csp-[A-Za-z0-9_-]{43})${keywords/* TOKEN_END */.CG}`,
        keywords: ['EAAA', 'sq0atp-', 'sq0csp-'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'EAAA{b64url:60}', line: 'SQUARE_ACCESS_TOKEN={secret}' },
        nearMisses: ['ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 ci@example.com'],
    },
    {
        id: 'shopify-token',
        family: 'Shopify',
        description: 'Shopify access token, custom-app or private-app token, or shared secret (shpat_, shpca_, shppa_, shpss_)',
        regex: String.raw `\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b`,
        keywords: ['shpat_', 'shpca_', 'shppa_', 'shpss_'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'shpat_{hex:32}', line: 'X-Shopify-Access-Token: {secret}' },
    },
];

// EXTERNAL MODULE: ./actions/redact-logs/src/rules/common-words.ts
var common_words = __webpack_require__(90834);
;// CONCATENATED MODULE: ./actions/redact-logs/src/rules/builtin/kubernetes-secret.ts
/** A downloaded GitHub log puts a timestamp before every line; indentation counts after it. */
const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z /;
/** Values that are not secrets even here: templates, empty strings, masks. */
const NOT_A_VALUE = /^(?:""|''|\{\{[\s\S]*\}\}|\$\{[^}]*\}|\*+|<[^>]*>)$/;
/**
 * The values of a Kubernetes Secret's `data:` (base64) and `stringData:`
 * maps, in a YAML manifest (kubectl get -o yaml, a Helm render, a List) or
 * its JSON (kubectl get -o json), found from the `kind: Secret` line: the
 * maps can come before it (kubectl sorts keys) or after. Only the mapping
 * that holds `kind: Secret` is read, so a ConfigMap beside it is left alone.
 * Pure.
 */
function secretValues(text, match) {
    if (match[0].includes('"'))
        return jsonSecretValues(text, match.index);
    // A manifest printed inside a JSON string: its line breaks are `\n`. Same length, so offsets stay.
    return yamlSecretValues(text.includes('\\n') ? text.replace(/\\n/g, ' \n') : text, match.index);
}
function yamlSecretValues(text, at) {
    const lines = linesOf(text);
    const kind = lines.findIndex((line) => at >= line.start && at < Math.max(line.end, line.start + 1));
    if (kind < 0)
        return [];
    const depth = lines[kind].indent;
    const keyAt = (line) => (line.indent === depth ? /^([\w.-]+):(?:\s|$)/.exec(text.slice(line.content, line.end))?.[1] : undefined);
    const inside = (line) => blank(text, line) || line.indent > depth || (keyAt(line) !== undefined && !line.itemStart);
    // Backwards to this object's start: its apiVersion or list item (kubectl prints apiVersion, data, kind), or the line after
    // one that is not YAML (log text, markup). Lines after another kind belong to that object.
    let first = kind;
    for (let index = kind - 1; index >= 0; index--) {
        const line = lines[index];
        const key = keyAt(line);
        if (key === 'apiVersion' || (line.itemStart && line.indent === depth))
            first = index;
        else if (key !== 'kind' && !inside(line))
            first = index + 1;
        if (key === 'apiVersion' || key === 'kind' || line.itemStart || !inside(line))
            break;
    }
    // Forwards to the next object: another apiVersion or kind, a list item, a document separator, or a line that is not YAML.
    let last = kind;
    while (last + 1 < lines.length) {
        const line = lines[last + 1];
        const key = keyAt(line);
        if (key === 'apiVersion' || key === 'kind' || isSeparator(text, line) || (line.itemStart && line.indent <= depth) || !inside(line))
            break;
        last++;
    }
    const ranges = [];
    for (let index = first; index <= last; index++) {
        const line = lines[index];
        if (line.indent !== depth || !/^(?:data|stringData):\s*$/.test(text.slice(line.content, line.end)))
            continue;
        let child = -1;
        for (let next = index + 1; next <= last; next++) {
            const entry = lines[next];
            if (blank(text, entry))
                continue;
            if (entry.indent <= depth)
                break;
            if (child < 0)
                child = entry.indent;
            if (entry.indent !== child)
                continue;
            const pair = /^[\w.-]{1,253}:[ \t]*(.*?)[ \t]*$/.exec(text.slice(entry.content, entry.end));
            if (!pair)
                continue;
            const valueStart = entry.end - pair[1].length - (text.slice(entry.content, entry.end).length - text.slice(entry.content, entry.end).trimEnd().length);
            if (/^[|>][-+0-9]*$/.test(pair[1])) {
                // A block scalar: the lines indented under the key.
                let end = next;
                while (end + 1 <= last && (blank(text, lines[end + 1]) || lines[end + 1].indent > child))
                    end++;
                if (end > next)
                    ranges.push({ start: lines[next + 1].content, end: lines[end].end });
                next = end;
            }
            else {
                const value = unquote(text, valueStart, valueStart + pair[1].length);
                if (value.end > value.start && !NOT_A_VALUE.test(text.slice(value.start, value.end)))
                    ranges.push(value);
            }
        }
    }
    return ranges;
}
/** `"data": { "key": "value", … }` inside the object that holds `"kind": "Secret"` (quotes may be JSON-escaped). */
function jsonSecretValues(text, at) {
    let depth = 0;
    let open = -1;
    for (let index = at; index >= 0; index--) {
        const char = text[index];
        if (char === '}')
            depth++;
        else if (char === '{' && depth-- === 0) {
            open = index;
            break;
        }
    }
    if (open < 0)
        return [];
    const ranges = [];
    const maps = /\\?"(?:data|stringData)\\?"\s*:\s*\{([^{}]*)\}/g;
    maps.lastIndex = open;
    for (let map = maps.exec(text); map; map = maps.exec(text)) {
        if (depthBetween(text, open, map.index) !== 1)
            continue;
        const bodyStart = map.index + map[0].indexOf('{') + 1;
        const pairs = /\\?"[\w.-]{1,253}\\?"\s*:\s*\\?"((?:[^"\\]|\\(?!")[\s\S]){1,65536})\\?"/g;
        for (let pair = pairs.exec(map[1]); pair; pair = pairs.exec(map[1])) {
            const start = bodyStart + pair.index + pair[0].length - pair[1].length - (pair[0].endsWith('\\"') ? 2 : 1);
            if (!NOT_A_VALUE.test(pair[1]))
                ranges.push({ start, end: start + pair[1].length });
        }
        if (depthBetween(text, open, map.index) < 1)
            break;
    }
    return ranges;
}
/** Brace depth at `to`, counting from the object opened at `from`. */
function depthBetween(text, from, to) {
    let depth = 0;
    for (let index = from; index < to; index++) {
        if (text[index] === '{')
            depth++;
        else if (text[index] === '}')
            depth--;
    }
    return depth;
}
function linesOf(text) {
    const lines = [];
    for (let start = 0; start <= text.length;) {
        const newline = text.indexOf('\n', start);
        const end = newline < 0 ? text.length : newline > start && text[newline - 1] === '\r' ? newline - 1 : newline;
        const stamp = TIMESTAMP.exec(text.slice(start, Math.min(end, start + 40)));
        let content = start + (stamp ? stamp[0].length : 0);
        const indentFrom = content;
        while (text[content] === ' ')
            content++;
        let itemStart = false;
        if (text[content] === '-' && text[content + 1] === ' ') {
            itemStart = true;
            content += 2;
            while (text[content] === ' ')
                content++;
        }
        lines.push({ start, end, content, indent: content - indentFrom, itemStart });
        if (newline < 0)
            break;
        start = newline + 1;
    }
    return lines;
}
function blank(text, line) {
    return text.slice(line.content, line.end).trim() === '';
}
function isSeparator(text, line) {
    return /^---\s*$/.test(text.slice(line.content - line.indent, line.end));
}
function unquote(text, start, end) {
    const first = text[start];
    if ((first === '"' || first === "'") && text[end - 1] === first && end - start >= 2)
        return { start: start + 1, end: end - 1 };
    return { start, end };
}
const KUBERNETES_SECRET_RULE = {
    id: 'kubernetes-secret',
    family: 'Context',
    description: 'Values of a Kubernetes Secret manifest: data: (base64) and stringData:, in YAML or JSON',
    // After a word boundary, or after a `\n` escape (a manifest inside a JSON string).
    regex: String.raw `(?:\b|(?<=\\n))kind\\?["']?\s{0,4}:\s{0,4}\\?["']?Secret\b`,
    keywords: ['Secret'],
    // The maps often come before the kind line (kubectl sorts keys): look as far back as ahead.
    lead: 16 * 1024,
    reach: 16 * 1024,
    placeholders: false,
    locate: secretValues,
    sample: (random) => {
        const secret = Buffer.from(random('alnum', 24)).toString('base64');
        const line = ['apiVersion: v1', 'data:', `  password: ${secret}`, '  username: YWRtaW4=', 'kind: Secret', 'metadata:', '  name: db-credentials', 'type: Opaque'].join('\n');
        return { secret, line };
    },
    nearMisses: ['apiVersion: v1\nkind: ConfigMap\ndata:\n  mode: cHJvZHVjdGlvbg==', 'kind: Secret\nmetadata:\n  name: x\nstringData:\n  password: "{{ .Values.password }}"'],
};

;// CONCATENATED MODULE: ./actions/redact-logs/src/rules/builtin/context.ts



/** The scheme's last character and "://": four bytes for the prefilter. */
const URL_KEYWORDS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'].map((char) => `${char}://`);
const notWords = (value) => !(0,common_words/* isWordLike */.U)(value);
/** A literal, not a URL or path a setting points at (`TOKEN_URL=https://…/token`) nor a shell expansion (`$(vault login …)`). */
const literalValue = (value) => !/^(?:[a-z][a-z0-9+.-]*:\/\/[^@]*|[/~.][\w./-]*|[$%].*)$/i.test(value) && notWords(value);
/**
 * Secrets known by where they stand rather than what they look like: URLs
 * with credentials, HTTP headers, command lines, Kubernetes manifests,
 * `.env` lines and key = value settings. Last in the table: a value a vendor
 * rule also matched is counted under the vendor rule.
 */
const CONTEXT_RULES = [
    {
        id: 'url-credentials',
        family: 'Context',
        description: 'Password in a URL (https://user:password@host, postgres://…, mongodb+srv://…), also one with an unescaped @',
        // The password may hold "@": greedy, it ends at the last "@" before the host.
        regex: String.raw `://[^\s/:@'"<>\\]{1,256}:([^\s/'"<>\\]{1,256})@(?=[A-Za-z0-9[])`,
        keywords: URL_KEYWORDS,
        anchor: 1,
        lead: 1,
        secretGroup: 1,
        check: (value) => value !== 'x-oauth-basic',
        sample: { secret: '{alnum:18}', line: "Cloning into 'x'... https://deploy:{secret}@git.example.com/org/repo.git" },
        nearMisses: ['mongodb://localhost:27017/db', 'https://user:${TOKEN}@example.com', 'https://{{user}}:{{pass}}@host', 'postgres://app:YOUR_PASSWORD@db:5432/app', 'git@github.com:org/repo.git'],
    },
    {
        id: 'url-token-username',
        family: 'Context',
        description: 'Token as the user name of a URL (https://<token>@github.com, https://<token>:x-oauth-basic@…)',
        regex: String.raw `://([A-Za-z0-9_~.-]{20,256})(?::(?:x-oauth-basic|x)?)?@(?=[A-Za-z0-9[])`,
        keywords: URL_KEYWORDS,
        anchor: 1,
        lead: 1,
        secretGroup: 1,
        minEntropy: 3.5,
        check: notWords,
        sample: { secret: '{alnum:40}', line: 'git remote set-url origin https://{secret}:x-oauth-basic@github.com/org/repo.git' },
        nearMisses: ['https://x-access-token@github.com/org/repo', 'https://deploy-bot-account-name@git.example.com/repo.git'],
    },
    {
        id: 'authorization-header',
        family: 'Context',
        description: 'Credential in an HTTP Authorization or Proxy-Authorization header, any scheme (Basic, Bearer, token, Api-Token, SSWS, raw; OpenShift sha256~)',
        regex: String.raw `authorization\\?["']?\s{0,4}[:=]\s{0,4}\\?["']?(?!digest\s)(?:[A-Za-z][A-Za-z0-9_-]{1,30}\s{1,4})?([A-Za-z0-9._~+/=-]{8,4096})`,
        flags: 'i',
        keywords: (0,keywords/* caseVariants */.r0)(['authorization']),
        lead: 16,
        secretGroup: 1,
        minEntropy: 2.5,
        check: notWords,
        sample: { secret: '{b64url:48}', line: '> Authorization: Bearer {secret}' },
        nearMisses: ['Authorization: Bearer ***', 'Authorization: Bearer XXXX', 'authorization: required permissions', 'Authorization: Bearer ${{ secrets.API_TOKEN }}', 'Authorization: Basic <credentials>'],
    },
    {
        id: 'api-key-header',
        family: 'Context',
        description: 'Credential in an API-key HTTP header (X-API-Key, apikey, Private-Token, X-*-Token, X-*-Key, X-*-Secret)',
        regex: String.raw `(?:x-api-key|x-apikey|api-key|apikey|x-auth-token|x-access-token|private-token|job-token|x-[a-z0-9-]{1,40}-(?:token|key|secret|auth))\\?["']?\s{0,4}:\s{0,4}\\?["']?([A-Za-z0-9._~+/=-]{8,4096})`,
        flags: 'i',
        keywords: [...(0,keywords/* anyCase */.n9)('apik'), ...(0,keywords/* anyCase */.n9)('api-k'), ...(0,keywords/* anyCase */.n9)('-token'), ...(0,keywords/* anyCase */.n9)('-key'), ...(0,keywords/* anyCase */.n9)('-secret'), ...(0,keywords/* anyCase */.n9)('-auth')],
        lead: 56,
        secretGroup: 1,
        minEntropy: 3,
        check: notWords,
        sample: { secret: '{alnum:32}', line: 'curl -H "X-Api-Key: {secret}" https://api.example.com/v1/items' },
        nearMisses: ['X-Api-Key: ${API_KEY}', 'x-request-id: 7f3e2a1b', 'X-GitHub-Api-Version: 2022-11-28'],
    },
    {
        id: 'cli-user-password',
        family: 'Context',
        description: 'Password (or token) of -u / --user user:password on a command line (curl, wget, http clients)',
        regex: String.raw `(?:^|\s)(?:-u|--user|--proxy-user)(?:\s{1,4}|=)?\\?["']?(?:[^\s:"'$\\]{1,256}:(?!\/\/)([^\s"'\\]{1,256})|([^\s:"'$\\]{16,256}):(?=[\s"'\\]|$))`,
        flags: 'm',
        keywords: [...(0,keywords/* followedBy */.gx)('-u ', `'"$_-ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789`), '--user', '--proxy-user'],
        lead: 2,
        secretGroup: 'first',
        minEntropy: 1.6,
        check: (value) => !/^[0-9]+$/.test(value),
        sample: { secret: '{alnum:20}', line: 'curl -sS -u deploy:{secret} https://artifacts.example.com/upload' },
        nearMisses: ['docker run -u 1000:1000 node:20', 'curl -u "$USER:$PASSWORD" https://host', 'git push -u origin main', 'curl -u user:*** https://host'],
    },
    KUBERNETES_SECRET_RULE,
    {
        id: 'npmrc-auth',
        family: 'Context',
        description: 'Registry credential in an .npmrc line (_authToken, _auth, _password)',
        regex: String.raw `:_(?:authToken|auth|password)\s{0,8}=\s{0,8}"?([^\s"]{8,2048})`,
        keywords: [':_authToken', ':_auth', ':_password'],
        anchor: 0,
        secretGroup: 1,
        sample: { secret: '{alnum:36}', line: '//registry.example.com/:_authToken={secret}' },
        nearMisses: ['//registry.npmjs.org/:_authToken=${NODE_AUTH_TOKEN}'],
    },
    {
        id: 'docker-config-auth',
        family: 'Context',
        description: 'Registry credential in a Docker config.json ("auth": base64 of user:password)',
        regex: String.raw `\\?"auth\\?"\s{0,4}:\s{0,4}\\?"([A-Za-z0-9+/]{8,4096}={0,2})\\?"`,
        keywords: ['"auth"', 'auth\\"'],
        lead: 2,
        secretGroup: 1,
        check: (value) => /^[^:\s]{1,256}:\S/.test(Buffer.from(value, 'base64').toString('latin1')),
        sample: (random) => {
            const secret = Buffer.from(`ci:${random('alnum', 24)}`).toString('base64');
            return { secret, line: `{"auths":{"ghcr.io":{"auth":"${secret}"}}}` };
        },
        nearMisses: ['{"auths":{"ghcr.io":{"auth":"<base64 user:token>"}}}', '"auth": "required"'],
    },
    {
        id: 'connection-string-password',
        family: 'Context',
        description: 'Password in a key=value connection string (Password=…; Pwd=…)',
        regex: String.raw `(?:^|[;"'\s])(?:password|pwd)\s{0,8}=\s{0,8}([^;"'\s]{1,256})`,
        flags: 'i',
        // "assword", not "password": "PASS" starts every pytest PASSED line, and the prefilter keys on four bytes.
        keywords: ['assword', 'ASSWORD', ...(0,keywords/* caseVariants */.r0)(['pwd']).flatMap((word) => [`${word}=`, `${word} `, `${word}\t`])],
        secretGroup: 1,
        check: (value) => value.length > 3 && !/^(?:\*+|%[A-Z_]+%)$/i.test(value),
        sample: { secret: '{alnum:16}', line: 'Server=db.internal;Database=app;User Id=app;Password={secret};' },
        nearMisses: ['Password=***;', 'password=${{ secrets.DB_PASSWORD }}'],
    },
    {
        id: 'env-assignment',
        family: 'Context',
        description: '.env, export and set lines whose variable name says secret (…TOKEN=, …SECRET=, …PASSWORD=, …API_KEY=, …)',
        regex: String.raw `(?:^|[\s;&|("'>=:]|\\n)(?:export\s{1,8}|set\s{1,8}|\$env:)?([A-Z0-9_]{0,80}(?:TOKEN|SECRET|PASSWORD|PASSWD|_PWD|APIKEY|API_KEY|ACCESS_KEY|PRIVATE_KEY|CREDENTIALS?|_AUTH)[A-Z0-9_]{0,40})\s{0,4}=\s{0,4}\\?["']?([^\s"'\\#;]{4,4096})`,
        flags: 'm',
        keywords: ['TOKEN', 'SECRET', 'ASSWORD', 'ASSWD', '_PWD', 'APIKEY', 'API_KEY', 'ACCESS_KEY', 'PRIVATE_KEY', 'CREDENTIAL', '_AUTH'],
        lead: 128,
        secretGroup: 2,
        minEntropy: 1,
        check: literalValue,
        sample: { secret: '{alnum:24}', line: 'export DEPLOY_API_TOKEN={secret}' },
        nearMisses: ['export GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }}', 'DB_PASSWORD=$DB_PASSWORD', 'OLDPWD=/home/runner/work', 'TOKEN_URL=https://auth.internal/oauth/token', 'PASSWORD_MIN_LENGTH=12'],
    },
    {
        id: 'generic-secret-assignment',
        family: 'Context',
        description: 'A high-entropy value assigned to a name that says secret (token, secret, password, api_key, access_key, client_secret, credential, private_key), in any config or code syntax',
        regex: String.raw `([A-Za-z0-9_.-]{0,40}(?:token|secret|passw(?:or)?d|pwd|api[_.-]?key|access[_.-]?key|auth[_.-]?key|credential|private[_.-]?key)[A-Za-z0-9_.-]{0,20})${keywords/* ASSIGN */.uW}([A-Za-z0-9_.~+/=@!#%^*-]{8,256})`,
        flags: 'i',
        // Four bytes each: "pwd" and "key" with what comes before or after them in the names the regex takes.
        keywords: [...(0,keywords/* caseVariants */.r0)(['token', 'secret', 'credential']), 'assw', 'ASSW', ...['pwd', 'PWD', 'Pwd'].flatMap((word) => [...(0,keywords/* followedBy */.gx)(word, `=:"' _`), `_${word}`, `-${word}`]), ...['_', '-', '.', 'i', 'I', 's', 'S', 'h', 'H', 'e', 'E'].flatMap((before) => (0,keywords/* anyCase */.n9)('key').map((key) => before + key))],
        lead: 64,
        secretGroup: 2,
        minEntropy: 3.5,
        check: literalValue,
        sample: { secret: '{alnum:32}', line: 'app.client_secret = "{secret}"' },
        nearMisses: ['token_type: bearer', 'secretName: my-app-credentials', 'password_policy: strong-passwords-only', 'tokenizer = bert-base-uncased', 'api_key: ${{ secrets.API_KEY }}', 'cache key: node-cache-Linux-x64-npm', 'secret_ref: projects/demo/secrets/db-password/versions/latest'],
    },
];

;// CONCATENATED MODULE: ./actions/redact-logs/src/rules/builtin/devops.ts

/** Secrets managers, infrastructure and developer tools: Doppler, HashiCorp Vault and Terraform Cloud, Pulumi, Postman, Linear. */
const DEVOPS_RULES = [
    {
        id: 'doppler-token',
        family: 'Doppler',
        description: 'Doppler personal, service, service account, CLI, SCIM or audit token (dp.pt., dp.st., …)',
        regex: String.raw `\bdp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{40,44}\b`,
        keywords: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'dp.st.{alnum:43}', line: 'DOPPLER_TOKEN={secret}' },
    },
    {
        id: 'vault-token',
        family: 'HashiCorp',
        description: 'HashiCorp Vault service (hvs.), batch (hvb.) or recovery (hvr.) token, or a legacy s. token in VAULT_TOKEN',
        regex: String.raw `\b(?:hvs\.[A-Za-z0-9_-]{90,120}|hvb\.[A-Za-z0-9_-]{138,300}|hvr\.[A-Za-z0-9_-]{60,120})${keywords/* TOKEN_END */.CG}|VAULT_TOKEN\\?["']?\s{0,4}[:=]\s{0,4}\\?["']?(s\.[A-Za-z0-9]{24})\b`,
        keywords: ['hvs.', 'hvb.', 'hvr.', 'VAULT_TOKEN'],
        lead: 4,
        secretGroup: 'first',
        minEntropy: 3.5,
        sample: { secret: 'hvs.CAESI{b64url:90}', line: 'export VAULT_TOKEN={secret}' },
        nearMisses: ['export VAULT_TOKEN=$(vault login -token-only -method=github)'],
    },
    {
        id: 'terraform-cloud-token',
        family: 'HashiCorp',
        description: 'Terraform Cloud / HCP Terraform API token (….atlasv1.…)',
        regex: String.raw `\b[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}(?![A-Za-z0-9_=-])`,
        keywords: ['.atlasv1.'],
        anchor: -14,
        lead: 16,
        minEntropy: 3.5,
        sample: { secret: '{alnum:14}.atlasv1.{alnum:67}', line: 'TF_TOKEN_app_terraform_io={secret}' },
    },
    {
        id: 'pulumi-token',
        family: 'Pulumi',
        description: 'Pulumi access token (pul-)',
        regex: String.raw `\bpul-[a-f0-9]{40}\b`,
        keywords: ['pul-'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'pul-{hex:40}', line: 'PULUMI_ACCESS_TOKEN={secret}' },
    },
    {
        id: 'postman-api-key',
        family: 'Postman',
        description: 'Postman API key (PMAK-)',
        regex: String.raw `\bPMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34}\b`,
        keywords: ['PMAK-'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'PMAK-{hex:24}-{hex:34}', line: 'postman login --with-api-key {secret}' },
    },
    {
        id: 'linear-api-key',
        family: 'Linear',
        description: 'Linear API key (lin_api_) or OAuth token (lin_oauth_)',
        regex: String.raw `\blin_(?:api_[A-Za-z0-9]{40}|oauth_[a-f0-9]{64})\b`,
        keywords: ['lin_api_', 'lin_oauth_'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'lin_api_{alnum:40}', line: 'LINEAR_API_KEY={secret}' },
    },
];

;// CONCATENATED MODULE: ./actions/redact-logs/src/rules/builtin/pkcs12.ts
/** The most of a key store the scanner replaces: its overlap holds a match whole only up to about this. */
const MAX_EXTENT = 60 * 1024;
/**
 * A PKCS#12 file from its first byte to the end its DER length gives (an
 * indefinite length: as far as the text goes, up to the cap). The text is
 * bytes read as latin1, so a character is a byte. Pure.
 */
function pkcs12Extent(text, match) {
    const start = match.index;
    const first = text.charCodeAt(start + 1);
    let length = Number.POSITIVE_INFINITY;
    let header = 2;
    if (first >= 0x81 && first <= 0x83) {
        const bytes = first - 0x80;
        length = 0;
        for (let index = 0; index < bytes; index++)
            length = length * 256 + text.charCodeAt(start + 2 + index);
        header += bytes;
    }
    return [{ start, end: Math.min(text.length, start + header + length, start + MAX_EXTENT) }];
}
/** A fake key store: the PFX header, then random bytes standing for the encrypted content, as base64 in a log line. */
function pkcs12Sample(random) {
    const content = Buffer.from(random('hex', 1200), 'hex');
    const oid = Buffer.from([0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01]);
    const sequence = (body) => Buffer.concat([Buffer.from([0x30, 0x82, body.length >> 8, body.length & 0xff]), body]);
    const der = sequence(Buffer.concat([Buffer.from([0x02, 0x01, 0x03]), sequence(Buffer.concat([oid, content]))]));
    const secret = der.toString('base64');
    return { secret, line: `CERTIFICATE_P12_BASE64=${secret}` };
}

;// CONCATENATED MODULE: ./actions/redact-logs/src/rules/builtin/keys.ts


const base64url = (text) => Buffer.from(text).toString('base64url');
/** Key material, not a docs page's stand-in (`-----BEGIN RSA PRIVATE KEY-----\n<your key>\n-----END…`): a long base64 run, no placeholder text. */
const hasKeyMaterial = (block) => /[A-Za-z0-9+/]{40}/.test(block) && !/<[^>\n]*>|\byour\b|\.\.\.|…|x{6}/i.test(block);
/** Key material and signed tokens: private keys (PEM, OpenSSH, PGP, PuTTY), age keys, JWTs, PKCS#12. */
const KEY_RULES = [
    {
        id: 'private-key',
        family: 'Private keys',
        description: 'Private key block (PEM: RSA, EC, DSA, PKCS#8, encrypted; OpenSSH; PGP), header to footer, also inside JSON strings and with a cut-off or odd-dashed footer',
        regex: String.raw `-{3,7}BEGIN[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-{3,7}(?:[\s\S]{16,32768}?-{3,7}END[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-{1,9}|(?:\s|\\[nr]){1,4}(?:[A-Za-z0-9+/=]{16,80}(?:\s|\\[nr]){0,4}){2,600})`,
        keywords: ['PRIVATE KEY'],
        lead: 64,
        reach: 34 * 1024,
        placeholders: false,
        check: hasKeyMaterial,
        sample: (random) => {
            const body = Array.from({ length: 8 }, () => random('b64', 64)).join('\n');
            const secret = `-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----`;
            return { secret, line: secret };
        },
        nearMisses: ['-----BEGIN RSA PRIVATE KEY-----\n<paste your key here: it is several lines of base64>\n-----END RSA PRIVATE KEY-----', '-----BEGIN PUBLIC KEY-----', 'ssh-keygen -t ed25519 -f ~/.ssh/id_ed25519 (writes the PRIVATE KEY file)', '-----BEGIN CERTIFICATE-----'],
    },
    {
        id: 'putty-private-key',
        family: 'Private keys',
        description: 'PuTTY private key file (.ppk), header to Private-MAC',
        regex: String.raw `PuTTY-User-Key-File-[23]: [\s\S]{1,16384}?Private-MAC: [0-9a-f]{40,64}`,
        keywords: ['PuTTY-User-Key-File-'],
        nearMisses: ['PuTTY-User-Key-File-2: ssh-rsa (header only, as a docs page shows it)'],
        anchor: 0,
        reach: 17 * 1024,
        placeholders: false,
        check: hasKeyMaterial,
        sample: (random) => {
            const lines = (count) => Array.from({ length: count }, () => random('b64', 64)).join('\n');
            const secret = `PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: deploy\nPublic-Lines: 2\n${lines(2)}\nPrivate-Lines: 4\n${lines(4)}\nPrivate-MAC: ${random('hex', 40)}`;
            return { secret, line: secret };
        },
    },
    {
        id: 'age-secret-key',
        family: 'Private keys',
        description: 'age secret key (AGE-SECRET-KEY-1…)',
        regex: String.raw `AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}`,
        keywords: ['AGE-SECRET-KEY-1'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'AGE-SECRET-KEY-1{bech32:58}', line: '# created: 2026-11-25T10:00:00Z\n# public key: age1qqqq\n{secret}' },
    },
    {
        id: 'jwt',
        family: 'Tokens',
        description: 'JSON Web Token (header.payload.signature; also alg "none" with an empty signature, and base64-wrapped through decoding)',
        regex: String.raw `\beyJ[A-Za-z0-9_-]{8,4096}\.eyJ[A-Za-z0-9_-]{8,8192}\.(?:[A-Za-z0-9_-]{16,4096})?(?![A-Za-z0-9_-])`,
        // "eyJ" is base64 of `{"`; with the next character it is four bytes, as the prefilter needs.
        keywords: [...keywords/* BASE64_URL_ALPHABET */.oi].map((char) => `eyJ${char}`),
        anchor: 0,
        reach: 17 * 1024,
        sample: (random) => {
            const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
            const payload = base64url(JSON.stringify({ sub: random('alnum', 12), iat: 1764064800, scope: 'deploy' }));
            const secret = `${header}.${payload}.${random('b64url', 43)}`;
            return { secret, line: `Authorization header value ${secret}` };
        },
        nearMisses: ['eyJhbGciOiJIUzI1NiJ9 is the base64 of a JWT header', 'eyJhbGciOiJIUzI1NiJ9.e30'],
    },
    {
        id: 'pkcs12',
        family: 'Private keys',
        description: 'PKCS#12 / PFX key store, found by its DER header in binary content (binary: scrub, archives) and in base64 in text (through decoding)',
        // SEQUENCE { INTEGER 3, SEQUENCE { OID pkcs7-data … } }: the PFX header, whatever the length encoding.
        regex: String.raw `\x30(?:\x80|\x81[\s\S]|\x82[\s\S]{2}|\x83[\s\S]{3})\x02\x01\x03\x30(?:\x80|\x81[\s\S]|\x82[\s\S]{2}|\x83[\s\S]{3})\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07[\x01\x02]`,
        keywords: ['\x02\x01\x03\x30'],
        lead: 8,
        reach: 60 * 1024,
        placeholders: false,
        binary: true,
        locate: pkcs12Extent,
        sample: pkcs12Sample,
        // A certificate is DER too, but starts SEQUENCE { SEQUENCE { [0] version … } }, not version 3.
        nearMisses: ['-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ\n-----END CERTIFICATE-----'],
    },
];

;// CONCATENATED MODULE: ./actions/redact-logs/src/rules/builtin/messaging.ts

const HEX = '0123456789abcdef';
/** Chat and mail: Slack, Twilio, SendGrid, Mailgun, Mailchimp. (`xoxo` is not a Slack token: "hugs and kisses".) */
const MESSAGING_RULES = [
    {
        id: 'slack-bot-token',
        family: 'Slack',
        description: 'Slack bot token (xoxb-)',
        regex: String.raw `\bxoxb-[0-9]{8,14}-[A-Za-z0-9-]{10,250}`,
        keywords: ['xoxb-'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'xoxb-{digit:12}-{digit:13}-{alnum:24}', line: 'SLACK_BOT_TOKEN={secret}' },
        nearMisses: ['xoxb-xxxxxxxxx-xxxxxxxxxx-xxxxxxxxxxxx', 'xoxb-12345-abcd234', 'xoxb-xoxb-my-bot-token'],
    },
    {
        id: 'slack-user-token',
        family: 'Slack',
        description: 'Slack user token (xoxp-) or legacy workspace token (xoxs-)',
        regex: String.raw `\bxox[ps]-[0-9]{6,14}-[0-9]{6,14}-[0-9]{6,14}-[A-Za-z0-9]{10,64}\b`,
        keywords: ['xoxp-', 'xoxs-'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'xoxp-{digit:12}-{digit:12}-{digit:12}-{hex:32}', line: '"user_token": "{secret}"' },
        nearMisses: ['"token": "xoxp-1234567890"', 'xoxp-572370529330-573807301142-572331691188-####################'],
    },
    {
        id: 'slack-app-token',
        family: 'Slack',
        description: 'Slack app-level token (xapp-)',
        regex: String.raw `\bxapp-[0-9]-[A-Z0-9]{6,20}-[0-9]{6,20}-[a-z0-9]{32,128}\b`,
        keywords: ['xapp-'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'xapp-1-A{upperdigit:10}-{digit:13}-{hex:64}', line: 'SLACK_APP_TOKEN={secret}' },
    },
    {
        id: 'slack-config-token',
        family: 'Slack',
        description: 'Slack configuration access (xoxe.xoxp-, xoxe.xoxb-) or refresh (xoxe-) token',
        regex: String.raw `\bxoxe\.xox[bp]-[0-9]-[A-Za-z0-9]{140,180}\b|\bxoxe-[0-9]-[A-Za-z0-9]{140,160}\b`,
        keywords: ['xoxe.xoxb-', 'xoxe.xoxp-', 'xoxe-'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'xoxe.xoxp-1-{alnum:163}', line: '"access_token": "{secret}"' },
        nearMisses: ['xoxe.xoxp-1-SlackAppConfigurationAccessTokenHere', 'xoxe-1-xxx'],
    },
    {
        id: 'slack-legacy-token',
        family: 'Slack',
        description: 'Slack legacy OAuth access (xoxa-) or refresh (xoxr-) token',
        regex: String.raw `\bxox[ar]-(?:[0-9]-)?[0-9A-Za-z-]{8,250}`,
        keywords: ['xoxa-', 'xoxr-'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'xoxa-2-{digit:9}-{digit:11}-{digit:13}-{hex:18}', line: '"access_token": "{secret}"' },
        nearMisses: ['https://github.com/xoxa-nyc/xoxa-nyc.github.io/blob/master/README.md', 'xoxo-523423-234243-234233-e039d02840a0b9379c', 'hugs xoxo-forever-yours'],
    },
    {
        id: 'slack-webhook',
        family: 'Slack',
        description: 'Slack incoming-webhook or workflow-trigger URL',
        regex: String.raw `hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9/_+-]{20,200}`,
        keywords: ['hooks.slack.com'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'hooks.slack.com/services/T{upperdigit:8}/B{upperdigit:10}/{alnum:24}', line: 'POST https://{secret} 200' },
        nearMisses: ['https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'],
    },
    {
        id: 'twilio-api-key',
        family: 'Twilio',
        description: 'Twilio API key SID (SK + 32 hex)',
        regex: String.raw `\bSK[0-9a-f]{32}\b`,
        // "SK" plus two hex digits: four bytes, as the prefilter needs.
        keywords: [...HEX].flatMap((first) => [...HEX].map((second) => `SK${first}${second}`)),
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'SK{hex:32}', line: 'TWILIO_API_KEY={secret}' },
        nearMisses: ['SK00000000000000000000000000000000'],
    },
    {
        id: 'twilio-auth-token',
        family: 'Twilio',
        description: 'Twilio auth token or API secret next to "twilio"',
        regex: String.raw `twilio[\w.-]{0,40}${keywords/* ASSIGN */.uW}([a-f0-9]{32}|[A-Za-z0-9]{32})\b`,
        flags: 'i',
        keywords: (0,keywords/* caseVariants */.r0)(['twilio']),
        lead: 4,
        secretGroup: 1,
        minEntropy: 3,
        sample: { secret: '{hex:32}', line: 'TWILIO_AUTH_TOKEN={secret}' },
        nearMisses: ['TWILIO_AUTH_TOKEN=your_auth_token', 'twilio_account_sid: ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
    {
        id: 'sendgrid-api-key',
        family: 'SendGrid',
        description: 'SendGrid API key (SG.…)',
        regex: String.raw `\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}${keywords/* TOKEN_END */.CG}`,
        keywords: (0,keywords/* followedBy */.gx)('SG.', keywords/* BASE64_URL_ALPHABET */.oi),
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'SG.{b64url:22}.{b64url:43}', line: 'SENDGRID_API_KEY={secret}' },
    },
    {
        id: 'mailgun-api-key',
        family: 'Mailgun',
        description: 'Mailgun private API key, public key or webhook signing key next to "mailgun"',
        regex: String.raw `mailgun[\w.-]{0,40}${keywords/* ASSIGN */.uW}((?:pub)?key-[0-9a-f]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})\b`,
        flags: 'i',
        keywords: (0,keywords/* caseVariants */.r0)(['mailgun']),
        lead: 4,
        secretGroup: 1,
        minEntropy: 3,
        sample: { secret: 'key-{hex:32}', line: 'MAILGUN_API_KEY={secret}' },
    },
    {
        id: 'mailchimp-api-key',
        family: 'Mailchimp',
        description: 'Mailchimp API key (32 hex, then the data centre: -us21)',
        regex: String.raw `\b[0-9a-f]{32}-us[0-9]{1,2}\b`,
        keywords: [...'0123456789'].map((digit) => `-us${digit}`),
        anchor: -32,
        lead: 33,
        minEntropy: 3,
        sample: { secret: '{hex:32}-us{digit:1}', line: 'MAILCHIMP_API_KEY={secret}' },
    },
];

;// CONCATENATED MODULE: ./actions/redact-logs/src/rules/builtin/observability.ts

/** Monitoring and identity: Sentry, Grafana, Dynatrace, New Relic, Datadog, Okta. */
const OBSERVABILITY_RULES = [
    {
        id: 'sentry-token',
        family: 'Sentry',
        description: 'Sentry user auth token (sntryu_) or organization token (sntrys_)',
        regex: String.raw `\b(?:sntryu_[a-f0-9]{64}|sntrys_eyJpYXQiO[A-Za-z0-9+/=_-]{50,1000}_[A-Za-z0-9+/]{43})(?![A-Za-z0-9+/=_-])`,
        keywords: ['sntryu_', 'sntrys_'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'sntryu_{hex:64}', line: 'SENTRY_AUTH_TOKEN={secret}' },
    },
    {
        id: 'grafana-api-key',
        family: 'Grafana',
        description: 'Grafana API key (eyJrIjoi…, base64 of {"k":")',
        regex: String.raw `\beyJrIjoi[A-Za-z0-9]{70,400}={0,3}(?![A-Za-z0-9=])`,
        keywords: ['eyJrIjoi'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'eyJrIjoi{alnum:72}', line: 'GRAFANA_API_KEY={secret}' },
    },
    {
        id: 'grafana-cloud-token',
        family: 'Grafana',
        description: 'Grafana Cloud access policy or API token (glc_)',
        regex: String.raw `\bglc_[A-Za-z0-9+/]{32,400}={0,3}(?![A-Za-z0-9+/=])`,
        keywords: ['glc_'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'glc_{b64:80}', line: 'GRAFANA_CLOUD_TOKEN={secret}' },
    },
    {
        id: 'grafana-service-account-token',
        family: 'Grafana',
        description: 'Grafana service account token (glsa_)',
        regex: String.raw `\bglsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}\b`,
        keywords: ['glsa_'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'glsa_{alnum:32}_{hex:8}', line: 'Authorization token for grafana: {secret}' },
    },
    {
        id: 'dynatrace-token',
        family: 'Dynatrace',
        description: 'Dynatrace API token (dt0c01.…)',
        regex: String.raw `\bdt0c01\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{64}\b`,
        keywords: ['dt0c01.'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'dt0c01.{upperdigit:24}.{upperdigit:64}', line: 'DT_API_TOKEN={secret}' },
    },
    {
        id: 'new-relic-key',
        family: 'New Relic',
        description: 'New Relic user API key (NRAK-), browser (NRJS-), insert (NRII-), REST (NRRA-) or license key (…NRAL)',
        regex: String.raw `\b(?:NRAK-[A-Z0-9]{27}|NRJS-[a-f0-9]{19}|NRII-[A-Za-z0-9_-]{32}|NRRA-[a-f0-9]{42}|(?:eu01xx)?[a-f0-9]{30,36}NRAL)\b`,
        keywords: ['NRAK-', 'NRJS-', 'NRII-', 'NRRA-', 'NRAL'],
        lead: 44,
        minEntropy: 3,
        sample: { secret: 'NRAK-{upperdigit:27}', line: 'NEW_RELIC_API_KEY={secret}' },
    },
    {
        id: 'datadog-api-key',
        family: 'Datadog',
        description: 'Datadog API or application key next to its name (DD_API_KEY, datadog…app_key)',
        regex: String.raw `(?:datadog|\bdd)[\w.-]{0,30}?(?:api|app|application|client)[_.-]?key${keywords/* ASSIGN */.uW}([a-f0-9]{40}|[a-f0-9]{32})\b`,
        flags: 'i',
        keywords: [...(0,keywords/* caseVariants */.r0)(['datadog']), 'DD_API', 'DD_APP', 'DD_CLIENT', 'dd_api', 'dd_app', 'dd_client'],
        lead: 4,
        secretGroup: 1,
        minEntropy: 3,
        sample: { secret: '{hex:32}', line: 'DD_API_KEY={secret}' },
        nearMisses: ['DD_API_KEY=<DATADOG_API_KEY>', 'datadog_app_key: ${{ secrets.DD_APP_KEY }}'],
    },
    {
        id: 'okta-token',
        family: 'Okta',
        description: 'Okta API token (00…, 42 characters) next to "okta" or after SSWS',
        regex: String.raw `(?:okta[\w.-]{0,40}${keywords/* ASSIGN */.uW}(?:SSWS\s{1,4})?|\bSSWS\s{1,4})(00[A-Za-z0-9_=-]{40})(?![A-Za-z0-9_=-])`,
        flags: 'i',
        keywords: [...(0,keywords/* caseVariants */.r0)(['okta']), 'SSWS'],
        lead: 4,
        secretGroup: 1,
        minEntropy: 3.5,
        sample: { secret: '00{b64url:40}', line: 'OKTA_API_TOKEN={secret}' },
        nearMisses: ['OKTA_API_TOKEN=${OKTA_API_TOKEN}'],
    },
];

;// CONCATENATED MODULE: ./actions/redact-logs/src/rules/builtin/registries.ts

/** Package and container registries: npm, PyPI, RubyGems, NuGet, Docker Hub. */
const REGISTRY_RULES = [
    {
        id: 'npm-token',
        family: 'npm',
        description: 'npm access token (npm_)',
        regex: String.raw `\bnpm_[A-Za-z0-9]{36}\b`,
        keywords: ['npm_'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'npm_{alnum:36}', line: 'npm notice using token {secret}' },
        nearMisses: ['npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'npm_config_cache=/home/runner/.npm'],
    },
    {
        id: 'pypi-token',
        family: 'PyPI',
        description: 'PyPI or TestPyPI upload token (pypi-AgEIcHlwaS5vcmc…)',
        regex: String.raw `\bpypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,1000}`,
        keywords: ['pypi-AgE'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'pypi-AgEIcHlwaS5vcmc{b64url:120}', line: 'TWINE_PASSWORD={secret}' },
    },
    {
        id: 'rubygems-api-key',
        family: 'RubyGems',
        description: 'RubyGems API key (rubygems_)',
        regex: String.raw `\brubygems_[a-f0-9]{48}\b`,
        keywords: ['rubygems_'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'rubygems_{hex:48}', line: 'GEM_HOST_API_KEY={secret}' },
    },
    {
        id: 'nuget-api-key',
        family: 'NuGet',
        description: 'NuGet.org API key (oy2…)',
        regex: String.raw `\boy2[a-z0-9]{43}\b`,
        keywords: (0,keywords/* followedBy */.gx)('oy2', 'abcdefghijklmnopqrstuvwxyz0123456789'),
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'oy2{lowerdigit:43}', line: 'dotnet nuget push pkg.nupkg --api-key {secret} --source https://api.nuget.org/v3/index.json' },
    },
    {
        id: 'nuget-config-password',
        family: 'NuGet',
        description: 'Password in a NuGet.config packageSourceCredentials entry (also XML-escaped, as in a test report)',
        regex: String.raw `(?:<|&lt;)add\s{1,8}key=(?:\\?"|&quot;)(?:ClearText)?Password(?:\\?"|&quot;)\s{1,8}value=(?:\\?"|&quot;)([^"\\&<]{1,256})`,
        flags: 'i',
        keywords: ['ClearTextPassword', 'key="Password"', 'key=\\"Password\\"', 'key=&quot;Password'],
        lead: 24,
        secretGroup: 1,
        minEntropy: 1,
        sample: { secret: '{alnum:16}', line: '<add key="Username" value="ci" /><add key="ClearTextPassword" value="{secret}" />' },
        nearMisses: ['<add key="ClearTextPassword" value="%NUGET_PASSWORD%" />'],
    },
    {
        id: 'docker-hub-token',
        family: 'Docker',
        description: 'Docker Hub personal or organization access token (dckr_pat_, dckr_oat_)',
        regex: String.raw `\bdckr_(?:pat|oat)_[A-Za-z0-9_-]{27,32}${keywords/* TOKEN_END */.CG}`,
        keywords: ['dckr_pat_', 'dckr_oat_'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'dckr_pat_{b64url:27}', line: 'echo {secret} | docker login -u ci --password-stdin' },
        nearMisses: ['dckr_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
];

;// CONCATENATED MODULE: ./actions/redact-logs/src/rules/builtin/source-hosting.ts

/** GitLab's token kinds: a prefix, a body, and optionally the routable suffix `.<2><7>`. */
function gitlab(id, prefix, description, sample, body = '[A-Za-z0-9_-]{20,300}') {
    return {
        id,
        family: 'GitLab',
        description,
        regex: String.raw `\b${prefix.replace(/[.]/g, '\\.')}${body}(?:\.[0-9a-z]{9})?${keywords/* TOKEN_END */.CG}`,
        keywords: [prefix],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: sample, line: `GITLAB_TOKEN={secret}` },
        nearMisses: [`${prefix}XXXXXXXXXXXXXXXXXXXXXXXX`],
    };
}
/** GitHub, GitLab, Atlassian. */
const SOURCE_HOSTING_RULES = [
    {
        id: 'github-pat-classic',
        family: 'GitHub',
        description: 'GitHub personal access token (classic, ghp_)',
        regex: String.raw `\bghp_[A-Za-z0-9]{36}\b`,
        keywords: ['ghp_'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'ghp_{alnum:36}', line: 'remote: Invalid username or password. token={secret}' },
        nearMisses: ['ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'GH_TOKEN: ${{ secrets.GITHUB_TOKEN }}'],
    },
    {
        id: 'github-pat-fine-grained',
        family: 'GitHub',
        description: 'GitHub fine-grained personal access token (github_pat_)',
        regex: String.raw `\bgithub_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}\b`,
        keywords: ['github_pat_'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'github_pat_{alnum:22}_{alnum:59}', line: 'GH_TOKEN: {secret}' },
        nearMisses: ['github_pat_xxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
    {
        id: 'github-app-installation-token',
        family: 'GitHub',
        description: 'GitHub App installation token in the newer format ghs_<app id>_<JWT>',
        regex: String.raw `\bghs_[0-9]{1,20}_[A-Za-z0-9_-]{8,1024}\.[A-Za-z0-9_-]{8,8192}\.[A-Za-z0-9_-]{8,1024}${keywords/* TOKEN_END */.CG}`,
        keywords: ['ghs_'],
        anchor: 0,
        reach: 11 * 1024,
        minEntropy: 3,
        sample: { secret: 'ghs_{digit:7}_eyJ{b64url:60}.eyJ{b64url:300}.{b64url:342}', line: 'git config http.extraheader "AUTHORIZATION: basic $(echo -n x-access-token:{secret} | base64)"' },
    },
    {
        id: 'github-app-token',
        family: 'GitHub',
        description: 'GitHub App installation, user-to-server or refresh token (ghs_, ghu_, ghr_)',
        regex: String.raw `\bgh[sur]_[A-Za-z0-9]{36,251}\b`,
        keywords: ['ghs_', 'ghu_', 'ghr_'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'ghs_{alnum:36}', line: 'git clone https://github.com/org/repo (auth {secret})' },
        nearMisses: ['ghs_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
    {
        id: 'github-oauth-token',
        family: 'GitHub',
        description: 'GitHub OAuth access token (gho_)',
        regex: String.raw `\bgho_[A-Za-z0-9]{36}\b`,
        keywords: ['gho_'],
        anchor: 0,
        minEntropy: 3,
        sample: { secret: 'gho_{alnum:36}', line: '{"access_token":"{secret}","token_type":"bearer"}' },
        nearMisses: ['gho_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
    gitlab('gitlab-pat', 'glpat-', 'GitLab personal, project or group access token (glpat-)', 'glpat-{b64url:20}'),
    gitlab('gitlab-pipeline-trigger-token', 'glptt-', 'GitLab pipeline trigger token (glptt-)', 'glptt-{hex:40}'),
    {
        ...gitlab('gitlab-runner-token', 'glrt-', 'GitLab runner authentication (glrt-) or registration (GR1348941…) token', 'glrt-t1_{b64url:27}.01{lowerdigit:7}'),
        regex: String.raw `\b(?:GR1348941[A-Za-z0-9_-]{20}|glrt-[A-Za-z0-9_-]{20,300}(?:\.[0-9a-z]{9})?)${keywords/* TOKEN_END */.CG}`,
        keywords: ['GR1348941', 'glrt-'],
        nearMisses: ['GR1348941XXXXXXXXXXXXXXXXXXXX', 'glrt-xxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
    gitlab('gitlab-deploy-token', 'gldt-', 'GitLab deploy token (gldt-)', 'gldt-{b64url:20}'),
    gitlab('gitlab-ci-job-token', 'glcbt-', 'GitLab CI/CD job token (glcbt-)', 'glcbt-{alnum:5}_{b64url:20}'),
    gitlab('gitlab-feed-token', 'glft-', 'GitLab feed token (glft-)', 'glft-{b64url:20}'),
    gitlab('gitlab-oauth-secret', 'gloas-', 'GitLab OAuth application secret (gloas-)', 'gloas-{b64url:64}', '[A-Za-z0-9_-]{64}'),
    gitlab('gitlab-scim-token', 'glsoat-', 'GitLab SCIM token (glsoat-)', 'glsoat-{b64url:20}'),
    {
        ...gitlab('gitlab-other-token', 'glffct-', 'GitLab feature-flag client (glffct-), incoming-mail (glimt-), Kubernetes agent (glagent-) or workspace (glwt-) token', 'glagent-{b64url:50}'),
        regex: String.raw `\bgl(?:ffct|imt|agent|wt)-[A-Za-z0-9_-]{20,300}(?:\.[0-9a-z]{9})?${keywords/* TOKEN_END */.CG}`,
        keywords: ['glffct-', 'glimt-', 'glagent-', 'glwt-'],
    },
    {
        id: 'atlassian-api-token',
        family: 'Atlassian',
        description: 'Atlassian (Jira, Confluence, Bitbucket) API token: ATATT3…, or a 24-character token next to "jira", "confluence" or "atlassian"',
        regex: String.raw `\bATATT3[A-Za-z0-9_=-]{186}(?![A-Za-z0-9_=-])|(?:jira|confluence|atlassian)[\w.-]{0,30}(?:token|api[_-]?key|pass(?:word)?)${keywords/* ASSIGN */.uW}([A-Za-z0-9]{24})(?![A-Za-z0-9])`,
        flags: 'i',
        keywords: ['ATATT3', ...(0,keywords/* caseVariants */.r0)(['jira', 'confluence', 'atlassian'])],
        lead: 4,
        secretGroup: 'first',
        minEntropy: 3.5,
        sample: { secret: 'ATATT3{alnum:186}', line: 'JIRA_API_TOKEN={secret}' },
        nearMisses: ['JIRA_API_TOKEN=${{ secrets.JIRA_API_TOKEN }}', 'jira_url: https://demo.atlassian.net'],
    },
];

;// CONCATENATED MODULE: ./actions/redact-logs/src/rules/builtin-rules.ts










/**
 * The built-in credential formats, in priority order: where two rules match
 * one value it is counted under the earlier (vendor formats before key
 * blocks before context rules, the generic key = value rule last). Each
 * regex starts with, or sits next to, a keyword so the prefilter can skip
 * windows without one; quantifiers are bounded so every match fits in the
 * scanner's overlap.
 */
const BUILTIN_RULES = [
    ...CLOUD_RULES,
    ...SOURCE_HOSTING_RULES,
    ...REGISTRY_RULES,
    ...AI_RULES,
    ...MESSAGING_RULES,
    ...COMMERCE_RULES,
    ...OBSERVABILITY_RULES,
    ...DEVOPS_RULES,
    ...KEY_RULES,
    ...CONTEXT_RULES,
];


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


/***/ }),

/***/ 90834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ isWordLike)
/* harmony export */ });
/* unused harmony export COMMON_WORDS */
/**
 * Words that appear in ordinary CI logs: service and database names, default
 * credentials, CI vocabulary. A value found by a rule that is one of them (or
 * is made of them, `my-app-credentials`) is scrubbed from its file but never
 * given to the runner's masker, which would hide the word in every later log
 * line. Lower case. Not a language dictionary: word-shaped values are caught
 * by shape as well (mask-strength.ts).
 */
const COMMON_WORDS = new Set(`
  access account accounts action actions admin administrator agent alpha api app application apps archive artifact artifacts
  auth authentication author authorization azure backend backup bearer beta bot branch bucket build builder cache
  cert certificate change changes check checkout circle client cloud cluster code commit config configuration connect
  connection container content context continue contoso credential credentials cron data database db debug default
  delete demo deploy deployment dev develop developer development devops digest docker domain download dummy
  editor elastic elasticsearch email empty enable enabled engine env environment error event example fail failed
  false feature file files finance flask foobar foo bar baz frontend gateway git github gitlab google grafana group
  guest hash header health hello host hostname hunter image info internal java jenkins job kafka key keycloak kube
  kubernetes label latest letmein linux local localhost log login logs mail main manager master maven media message
  metrics minio mongo mongodb monitor mysql nginx node none npm null oauth object office open openid operator oracle
  origin output owner package pass passed passw passwd password passwords path payment pgsql pipeline platform
  postgres postgresql preview private prod production project proxy public publish python qwerty rabbit rabbitmq
  readonly reader redis registry release remote repo report repository request root ruby runner rust sample scope
  secret secrets secure security server service session setup shared site slack spring sql sqlserver ssh staging
  start status storage summary super superuser support system tenant test tester testing token tokens trial true
  trust ubuntu unknown update upload user username users value vault verdict verify viewer web webhook welcome
  windows worker write writer www
  `
    .split(/\s+/)
    .filter(Boolean));
/**
 * A word, a word with a few digits (`postgres`, `hunter2`, `Welcome1!`), or
 * words joined (`my-app-credentials`, `deploy_bot`, `DeployBotAccount`): what people and tools
 * write, not what a credential generator makes. Random tokens mix cases and
 * digits inside their parts. Pure.
 */
function isWordLike(value) {
    if (/^[A-Za-z]{1,16}[0-9]{0,4}[!?.#$@]?$/.test(value))
        return true;
    // CamelCase words (RootManageSharedAccessKey): every part a capital, then lower case with a vowel.
    if (/^[a-z]*(?:[A-Z](?=[a-z]*[aeiouy])[a-z]{2,15}){2,}[0-9]{0,4}$/.test(value))
        return true;
    const parts = value.split(/[-_. /:@]+/).filter(Boolean);
    return parts.length > 1 && parts.every((part) => COMMON_WORDS.has(part.toLowerCase()) || /^[a-z]{1,12}$|^[A-Z][a-z]{0,11}$|^[0-9]{1,4}$/.test(part));
}


/***/ }),

/***/ 30712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nb: () => (/* binding */ compileRules)
/* harmony export */ });
/* unused harmony exports DEFAULT_LEAD, DEFAULT_REACH */
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15170);

const DEFAULT_LEAD = 256;
const DEFAULT_REACH = 8 * 1024;
/**
 * Compiles rule specs once. A regex, flag or allow pattern that does not
 * compile, or a group the regex does not have, is a config error at its
 * line (exit 2), all problems at once. `globalAllow` and `keep` (a gitleaks
 * config's global allowlists) apply to every rule.
 */
function compileRules(specs, globalAllow, origin, keep = []) {
    const problems = [];
    const at = (pointer) => (origin ? { file: origin.file, ...(origin.positions?.value.get(pointer) ?? {}) } : undefined);
    const inRules = (pointer) => `${origin?.rulesPointer ?? ''}${pointer}`;
    const compile = (source, flags, pointer, what) => {
        try {
            return new RegExp(source, flags);
        }
        catch (error) {
            problems.push({ message: `${what} does not compile: ${error.message}`, location: at(pointer), hint: 'write a JavaScript regular expression; escape backslashes in YAML double-quoted strings' });
            return undefined;
        }
    };
    const shared = globalAllow.map((source, index) => compile(source, '', `${origin?.allowPointer ?? ''}/${index}`, `allow pattern ${JSON.stringify(source)}`));
    const rules = [];
    specs.forEach((spec, index) => {
        const group = spec.secretGroup ?? 0;
        const regex = compile(spec.regex, `g${group !== 0 ? 'd' : ''}${spec.flags ?? ''}`, inRules(`/${index}/regex`), `rule ${spec.id}: regex`);
        const allow = (spec.allow ?? []).map((source, allowIndex) => compile(source, '', inRules(`/${index}/allow/${allowIndex}`), `rule ${spec.id}: allow pattern`));
        if (regex && typeof group === 'number' && group > 0 && groupCount(regex) < group) {
            problems.push({ message: `rule ${spec.id}: secret-group ${group} but the regex has ${groupCount(regex)} group(s)`, location: at(inRules(`/${index}/secret-group`)), hint: 'number capture groups from 1, left to right' });
        }
        if (regex && regex.test('')) {
            problems.push({ message: `rule ${spec.id}: the regex matches the empty string, so it would match everywhere`, location: at(inRules(`/${index}/regex`)), hint: 'require at least one character' });
        }
        regex && (regex.lastIndex = 0);
        if (!regex || allow.some((pattern) => !pattern))
            return;
        rules.push({
            id: spec.id,
            description: spec.description,
            regex,
            keywords: spec.keywords.map((keyword) => Buffer.from(keyword, 'utf8')),
            secretGroup: group,
            minEntropy: spec.minEntropy ?? 0,
            allow: [...allow, ...shared.filter(Boolean)],
            placeholders: spec.placeholders ?? true,
            check: spec.check,
            locate: spec.locate,
            binary: spec.binary ?? false,
            appliesTo: spec.appliesTo,
            keep: [...(spec.keep ?? []), ...keep],
            anchored: spec.anchor === undefined ? undefined : { regex: new RegExp(regex.source, `${regex.flags}y`), offset: spec.anchor },
            lead: spec.lead ?? DEFAULT_LEAD,
            reach: spec.reach ?? DEFAULT_REACH,
        });
    });
    if (problems.length > 0) {
        const file = origin?.file ?? 'built-in rules';
        throw new _gates_core__WEBPACK_IMPORTED_MODULE_0__/* .GatesError */ .xx('GATES_E_CONFIG_INVALID', { file, count: problems.length }, { details: problems, location: problems[0].location });
    }
    return rules;
}
function groupCount(regex) {
    return new RegExp(`${regex.source}|`).exec('').length - 1;
}


/***/ })

};
