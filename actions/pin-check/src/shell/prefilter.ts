/**
 * A cheap, sound prefilter: every command the shell checks judge names one of
 * these tools, or runs a file an earlier command downloaded (the caller knows
 * whether there is one). Quoting or escaping (`n'p'm`, `n\pm`) cannot hide a
 * tool once quotes, backslashes and line continuations are dropped. Scripts
 * without any skip the tokenizer. `python -m pip` and `py -m pip` name pip.
 */
const TOOL_WORDS = /\b(?:np[mx]|pnp[mx]|yarn|bunx?|pip[\dx]*|uvx?|go|gem|cargo|c(?:hoco|inst|url)|nuget|dotnet|apt(?:-get)?|wget|gsutil|gcloud|aws)\b/;
const HIDING = /['"\\]/;

export function mayInstall(script: string): boolean {
  // Most scripts that install name the tool plainly; only a script with quotes or backslashes needs them dropped.
  if (TOOL_WORDS.test(script)) return true;
  return HIDING.test(script) && TOOL_WORDS.test(script.replace(/\\\r?\n/g, '').replace(/['"\\]/g, ''));
}
