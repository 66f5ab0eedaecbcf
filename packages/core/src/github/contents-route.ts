/**
 * The contents route with the path written into it, its slashes literal: as
 * an Octokit `{path}` parameter each slash is sent as %2F, which GitHub
 * answers with 404 for fine-grained tokens (octokit/octokit.js#2422), and a
 * 404 would read as "no such file" (no policy, no action.yml). Each segment is encoded,
 * so no character of a file name is taken for a template expression.
 */
export function contentsRoute(path: string): string {
  return `GET /repos/{owner}/{repo}/contents/${path.split('/').map(encodeURIComponent).join('/')}`;
}
