// The root action's inputs (`uses: org/gates@v1` with `command:`), derived from the actions' own action.yml files,
// so that no root input means two things:
//  - `command` picks the action; an action's own `command` input is `<action>-command` on the root.
//  - A name only one action declares keeps its name.
//  - A suite-wide input (SUITE_INPUTS) means the same in every action that declares it and keeps its name; those
//    actions must agree on its default and `required`, or the build fails (a collision).
//  - Any other name declared by several actions means something different in each (rbac-guard's `policy` is an
//    RBAC policy, redact-logs' a redaction policy): each becomes `<action>-<input>`.
//  - A root name that two declarations would take (an action declaring `redact-logs-policy` itself) fails the build.
// Each root input's description names the actions that read it; its default is theirs, so the dispatcher hands
// every routed action exactly the values, defaults included, it gets when used on its own.

/** Inputs that mean the same in every action: the gates config, the GitHub token and timeout, empty runs, debug, where state travels and how verdicts are published. */
export const SUITE_INPUTS = ['config', 'shared-config', 'fail-on', 'token', 'api-timeout', 'allow-empty', 'debug', 'state', 'publish', 'anchor-key'];

/**
 * @param {{ name: string, inputs: Record<string, { description?: string, required?: boolean, default?: string }> }[]} actions
 * @returns {{ inputs: Record<string, { description: string, required: false, default?: string }>, routes: Record<string, Record<string, string>> }}
 */
export function rootInputs(actions) {
  const declaredBy = new Map();
  for (const action of actions) {
    for (const [input, spec] of Object.entries(action.inputs ?? {})) {
      if (!declaredBy.has(input)) declaredBy.set(input, []);
      declaredBy.get(input).push({ action: action.name, spec });
    }
  }
  const routes = Object.fromEntries(actions.map((action) => [action.name, {}]));
  const claims = new Map([['command', 'the dispatcher\'s choice of action']]);
  const claim = (rootName, declarations) => {
    if (claims.has(rootName)) {
      throw new Error(`root action.yml: input "${rootName}" would mean two things (${claims.get(rootName)} and ${describe(declarations)}); rename one`);
    }
    claims.set(rootName, describe(declarations));
    for (const { action, input } of declarations) routes[action][input] = rootName;
  };
  const inputs = {};
  for (const [input, declarations] of declaredBy) {
    const named = declarations.map((declaration) => ({ ...declaration, input }));
    if (input !== 'command' && (declarations.length === 1 || SUITE_INPUTS.includes(input))) {
      const [first, ...rest] = declarations;
      const differing = rest.find(({ spec }) => spec.default !== first.spec.default || Boolean(spec.required) !== Boolean(first.spec.required));
      if (differing) {
        throw new Error(`input "${input}" is suite-wide but ${first.action} and ${differing.action} declare different defaults or required; make them agree`);
      }
      claim(input, named);
      inputs[input] = rootInput(declarations);
    } else {
      for (const declaration of named) {
        claim(`${declaration.action}-${input}`, [declaration]);
        inputs[`${declaration.action}-${input}`] = rootInput([declaration]);
      }
    }
  }
  return { inputs: Object.fromEntries(Object.entries(inputs).sort(([a], [b]) => a.localeCompare(b))), routes };
}

/** Optional on the root (which inputs an action needs depends on `command`); the description says whose it is. */
function rootInput(declarations) {
  const description = describeFor(declarations.map(({ action, spec }) => ({ action: spec.required ? `${action} (required)` : action, description: spec.description })));
  const { default: value } = declarations[0].spec;
  return { description, required: false, ...(value === undefined ? {} : { default: value }) };
}

/**
 * The root action's outputs: the routed action sets its own, so each output's description says what it is for
 * each action that sets it (`findings-count` counts breaches for perf-sla, unpinned references for pin-check).
 * @param {{ name: string, outputs?: Record<string, { description?: string }> }[]} actions
 */
export function rootOutputs(actions) {
  const setBy = new Map();
  for (const action of actions) {
    for (const [output, spec] of Object.entries(action.outputs ?? {})) setBy.set(output, [...(setBy.get(output) ?? []), { action: action.name, description: spec.description }]);
  }
  return Object.fromEntries([...setBy].sort(([a], [b]) => a.localeCompare(b)).map(([output, declarations]) => [output, { description: describeFor(declarations) }]));
}

/** "a, b: text. c: other text." — one sentence group per distinct description. */
function describeFor(declarations) {
  const byDescription = new Map();
  for (const { action, description } of declarations) byDescription.set(description, [...(byDescription.get(description) ?? []), action]);
  return [...byDescription].map(([text, actions]) => `${actions.join(', ')}: ${text}`).join(' ');
}

function describe(declarations) {
  return declarations.map(({ action, input }) => `${action}'s ${input}`).join(', ');
}
