// demo-service's command line: `route <path>` names the handler a request path goes to, as the server routes it.
const ROUTES = { '/health': 'health', '/users': 'users.list' };
const [command, path] = process.argv.slice(2);
if (command !== 'route') {
  process.stderr.write(`unknown command: ${command ?? '(none)'}; try: route <path>\n`);
  process.exit(2);
}
if (!Object.hasOwn(ROUTES, path)) {
  process.stderr.write(`${JSON.stringify({ error: 'no-route', path })}\n`);
  process.exit(3);
}
process.stdout.write(`${JSON.stringify({ path, handler: ROUTES[path] })}\n`);
