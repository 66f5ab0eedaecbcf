/**
 * Words that appear in ordinary CI logs: service and database names, default
 * credentials, CI vocabulary. A value found by a rule that is one of them (or
 * is made of them, `my-app-credentials`) is scrubbed from its file but never
 * given to the runner's masker, which would hide the word in every later log
 * line. Lower case. Not a language dictionary: word-shaped values are caught
 * by shape as well (mask-strength.ts).
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `
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
    .filter(Boolean),
);

/**
 * A word, a word with a few digits (`postgres`, `hunter2`, `Welcome1!`), or
 * words joined (`my-app-credentials`, `deploy_bot`, `DeployBotAccount`): what people and tools
 * write, not what a credential generator makes. Random tokens mix cases and
 * digits inside their parts. Pure.
 */
export function isWordLike(value: string): boolean {
  if (/^[A-Za-z]{1,16}[0-9]{0,4}[!?.#$@]?$/.test(value)) return true;
  // CamelCase words (RootManageSharedAccessKey): every part a capital, then lower case with a vowel.
  if (/^[a-z]*(?:[A-Z](?=[a-z]*[aeiouy])[a-z]{2,15}){2,}[0-9]{0,4}$/.test(value)) return true;
  const parts = value.split(/[-_. /:@]+/).filter(Boolean);
  return parts.length > 1 && parts.every((part) => COMMON_WORDS.has(part.toLowerCase()) || /^[a-z]{1,12}$|^[A-Z][a-z]{0,11}$|^[0-9]{1,4}$/.test(part));
}
