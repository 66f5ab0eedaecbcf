import { errorBody, recordedExample } from './recorded.js';
import { fakeSha } from './repository-routes.js';
import type { Route } from './server.js';

/**
 * Who may do what in one repository and its organisation, served through the
 * endpoints rbac-guard calls, from GitHub's recorded examples. Quirks kept:
 * the legacy `permission` folds maintain into write and triage into read
 * (`role_name` has the truth); app actors answer 404 "is not a user"; a team
 * the token cannot see answers 404 on membership *and* on the team itself.
 */
export interface FakeAccess {
  /** login → role_name (admin, maintain, write, triage, read, or a custom role with its base). */
  collaborators: Record<string, string | { custom: string; base: string }>;
  /** Logins that are apps, not users (404 "is not a user"). */
  appActors?: string[];
  /** org/slug → members; `visible: false` when the token cannot see the team (default GITHUB_TOKEN). */
  teams?: Record<string, { visible: boolean; members: Record<string, 'active' | 'pending'> }>;
  /**
   * Pull request number → its author, the full name of its head repository
   * (null: the fork was deleted) and its head commit (default: a fake sha).
   */
  pulls?: Record<number, { author: string; head: string | null; headSha?: string }>;
  /**
   * Pull request number → reviews in order (oldest first, as GitHub lists them; paged like GitHub);
   * `commit` is the head the review was given on (default: the pull request's head).
   */
  reviews?: Record<number, { login: string; state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED'; commit?: string }[]>;
  /** Commit sha → the pull requests it came through (`GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls`). */
  commitPulls?: Record<string, number[]>;
}

const headShaOf = (number: number, pull: { headSha?: string }) => pull.headSha ?? fakeSha(`head of pull request ${number}`);

const LEGACY: Record<string, string> = { admin: 'admin', maintain: 'write', write: 'write', triage: 'read', read: 'read' };

export function accessRoutes(access: FakeAccess): Route[] {
  const teams = new Map(Object.entries(access.teams ?? {}).map(([name, team]) => [name.toLowerCase(), team]));
  return [
    {
      method: 'GET',
      pattern: '/repos/{owner}/{repo}/collaborators/{username}/permission',
      handle: ({ params }) => {
        const login = params.username!;
        if (access.appActors?.includes(login)) return { status: 404, body: errorBody(`${login} is not a user`, 'https://docs.github.com/rest/collaborators/collaborators#get-repository-permissions-for-a-user', 404) };
        const role = access.collaborators[login];
        if (role === undefined) return { status: 404, body: errorBody('Not Found', 'https://docs.github.com/rest/collaborators/collaborators#get-repository-permissions-for-a-user', 404) };
        const body = recordedExample('repository-collaborator-permission-response-if-user-has-admin-permissions');
        const roleName = typeof role === 'string' ? role : role.custom;
        Object.assign(body, { permission: LEGACY[typeof role === 'string' ? role : role.base], role_name: roleName });
        (body.user as Record<string, unknown>).login = login;
        return { status: 200, body };
      },
    },
    {
      method: 'GET',
      pattern: '/orgs/{org}/teams/{team_slug}/memberships/{username}',
      handle: ({ params }) => {
        const team = teams.get(`${params.org}/${params.team_slug}`.toLowerCase());
        const state = team?.visible ? team.members[params.username!] : undefined;
        if (!state) return { status: 404, body: errorBody('Not Found', 'https://docs.github.com/rest/teams/members#get-team-membership-for-a-user', 404) };
        const body = recordedExample(state === 'active' ? 'team-membership-response-if-user-is-a-team-maintainer' : 'team-membership-response-if-users-membership-with-team-is-now-pending');
        Object.assign(body, { state, role: 'member' });
        return { status: 200, body };
      },
    },
    {
      method: 'GET',
      pattern: '/orgs/{org}/teams/{team_slug}',
      handle: ({ params }) => {
        const team = teams.get(`${params.org}/${params.team_slug}`.toLowerCase());
        if (!team?.visible) return { status: 404, body: errorBody('Not Found', 'https://docs.github.com/rest/teams/teams#get-a-team-by-name', 404) };
        const body = recordedExample('team-full');
        Object.assign(body, { slug: params.team_slug, name: params.team_slug });
        return { status: 200, body };
      },
    },
    {
      method: 'GET',
      pattern: '/repos/{owner}/{repo}/pulls/{pull_number}',
      handle: ({ params }) => {
        const pull = access.pulls?.[Number(params.pull_number)];
        if (!pull) return { status: 404, body: errorBody('Not Found', 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request', 404) };
        const body = recordedExample<{ number: number; user: { login: string }; head: { sha: string; repo: Record<string, unknown> | null }; base: { repo: Record<string, unknown> } }>('pull-request');
        const base = `${params.owner}/${params.repo}`;
        body.number = Number(params.pull_number);
        body.head.sha = headShaOf(body.number, pull);
        body.user.login = pull.author;
        body.base.repo = { ...body.base.repo, full_name: base, name: params.repo, fork: false };
        body.head.repo = pull.head === null ? null : { ...body.base.repo, full_name: pull.head, name: pull.head.split('/')[1], fork: pull.head.toLowerCase() !== base.toLowerCase() };
        return { status: 200, body };
      },
    },
    {
      method: 'GET',
      pattern: '/repos/{owner}/{repo}/pulls/{pull_number}/reviews',
      paginated: true,
      handle: ({ params }) => {
        const shape = recordedExample<Record<string, unknown>[]>('pull-request-review-items')[0]!;
        const number = Number(params.pull_number);
        const reviews = access.reviews?.[number] ?? [];
        const head = access.pulls?.[number] ? headShaOf(number, access.pulls[number]!) : fakeSha(`head of pull request ${number}`);
        return {
          status: 200,
          body: reviews.map((review, index) => ({ ...shape, id: 80 + index, state: review.state, commit_id: review.commit ?? head, user: { ...(shape.user as object), login: review.login } })),
        };
      },
    },
    {
      method: 'GET',
      pattern: '/repos/{owner}/{repo}/commits/{commit_sha}/pulls',
      paginated: true,
      handle: ({ params }) => {
        const shape = recordedExample<{ number: number; user: { login: string }; head: { sha: string } }[]>('pull-request-simple-items')[0]!;
        // GitHub answers an empty list, not 404, for a commit that came through no pull request.
        const numbers = access.commitPulls?.[params.commit_sha!] ?? [];
        return {
          status: 200,
          body: numbers.map((number) => {
            const pull = access.pulls?.[number] ?? { author: 'octocat', head: null };
            return { ...structuredClone(shape), number, user: { ...shape.user, login: pull.author }, head: { ...shape.head, sha: headShaOf(number, pull) } };
          }),
        };
      },
    },
  ];
}
