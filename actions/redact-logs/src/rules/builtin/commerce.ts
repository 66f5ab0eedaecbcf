import type { RuleSpec } from '../rule-spec.js';
import { TOKEN_END } from './keywords.js';

/** Payments and shops: Stripe, Square, Shopify. */
export const COMMERCE_RULES: readonly RuleSpec[] = [
  {
    id: 'stripe-key',
    family: 'Stripe',
    description: 'Stripe secret or restricted key, live, test or prod (sk_live_, rk_test_, …)',
    regex: String.raw`\b(?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{10,247}\b`,
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
    regex: String.raw`\bwhsec_[A-Za-z0-9]{32,64}\b`,
    keywords: ['whsec_'],
    anchor: 0,
    minEntropy: 3,
    sample: { secret: 'whsec_{alnum:32}', line: 'Ready! Your webhook signing secret is {secret} (^C to quit)' },
  },
  {
    id: 'square-token',
    family: 'Square',
    description: 'Square access token (EAAA…, sq0atp-) or application secret (sq0csp-)',
    regex: String.raw`\b(?:EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22}|sq0csp-[A-Za-z0-9_-]{43})${TOKEN_END}`,
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
    regex: String.raw`\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b`,
    keywords: ['shpat_', 'shpca_', 'shppa_', 'shpss_'],
    anchor: 0,
    minEntropy: 3,
    sample: { secret: 'shpat_{hex:32}', line: 'X-Shopify-Access-Token: {secret}' },
  },
];
