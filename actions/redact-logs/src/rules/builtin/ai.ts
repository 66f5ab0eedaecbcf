import type { RuleSpec } from '../rule-spec.js';
import { ASSIGN, BASE64_URL_ALPHABET, caseVariants, followedBy, TOKEN_END } from './keywords.js';

/** AI APIs: OpenAI, Anthropic, Hugging Face, Cohere. */
export const AI_RULES: readonly RuleSpec[] = [
  {
    id: 'openai-api-key',
    family: 'OpenAI',
    description: 'OpenAI API key (sk-proj-, sk-svcacct-, sk-admin-, legacy sk-; all carry T3BlbkFJ)',
    regex: String.raw`\bsk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,200}|[A-Za-z0-9]{20})T3BlbkFJ[A-Za-z0-9_-]{20,200}${TOKEN_END}`,
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
    regex: String.raw`\bsk-ant-(?:api|admin|oat|sid)[0-9]{2}-[A-Za-z0-9_-]{80,120}AA${TOKEN_END}`,
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
    regex: String.raw`\b(?:hf_|api_org_)[A-Za-z]{34}\b`,
    keywords: [...followedBy('hf_', BASE64_URL_ALPHABET.slice(0, 52)), 'api_org_'],
    anchor: 0,
    minEntropy: 3,
    sample: { secret: 'hf_{alpha:34}', line: 'huggingface-cli login --token {secret}' },
    nearMisses: ['hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'hf_hub_download(repo_id="org/model")'],
  },
  {
    id: 'cohere-api-key',
    family: 'Cohere',
    description: 'Cohere API key next to its name (cohere…, CO_API_KEY)',
    regex: String.raw`(?:cohere|CO_API_KEY)[\w.-]{0,30}${ASSIGN}([A-Za-z0-9]{40})(?![A-Za-z0-9])`,
    flags: 'i',
    keywords: [...caseVariants(['cohere']), 'CO_API_KEY', 'co_api_key'],
    lead: 4,
    secretGroup: 1,
    minEntropy: 3.5,
    sample: { secret: '{alnum:40}', line: 'COHERE_API_KEY={secret}' },
    nearMisses: ['COHERE_API_KEY=<your-cohere-key>'],
  },
];
