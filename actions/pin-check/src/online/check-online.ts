import { connectGitHub } from '@gates/core';
import type { PinPolicy } from '../policy.js';
import type { RepositoryFacts } from '../repository-facts.js';
import { collectOnlineFacts } from './collect-online.js';
import type { OnlineFacts } from './online-facts.js';
import type { OnlineOptions } from './online-stage.js';

/** The online stage once a token is given: the API client connected, then every reference looked up. */
export async function checkOnline(facts: RepositoryFacts, policy: PinPolicy, options: OnlineOptions): Promise<OnlineFacts> {
  const api = await connectGitHub(options.token, options.env, options.runner, { timeoutMs: options.timeoutMs, budgetMs: options.budgetMs });
  return options.runner.group('pin-check: checking references with the GitHub API', () => collectOnlineFacts(facts, api, policy.online === 'required'));
}
