// One step that uses the real @actions/artifact client, run as its own process
// with the env the runner gives a job (ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN,
// GITHUB_WORKSPACE). Prints one JSON line with the result (or {error}) last.
//   node artifact-step.mjs upload <name> <root> <file>...
//   node artifact-step.mjs upload-raw <root> <file>   (skipArchive: the file as it is, named by its basename)
//   node artifact-step.mjs list
//   node artifact-step.mjs download <id> <path>
//   node artifact-step.mjs get <name>
//   node artifact-step.mjs delete <name>
import { DefaultArtifactClient } from '@actions/artifact';

const [command, ...args] = process.argv.slice(2);
const client = new DefaultArtifactClient();
try {
  let result;
  if (command === 'upload') result = await client.uploadArtifact(args[0], args.slice(2), args[1]);
  else if (command === 'upload-raw') result = await client.uploadArtifact('unused', [args[1]], args[0], { skipArchive: true });
  else if (command === 'list') result = await client.listArtifacts();
  else if (command === 'download') result = await client.downloadArtifact(Number(args[0]), { path: args[1] });
  else if (command === 'get') result = await client.getArtifact(args[0]);
  else if (command === 'delete') result = await client.deleteArtifact(args[0]);
  else throw new Error(`unknown command ${command}`);
  process.stdout.write(`\n${JSON.stringify(result)}\n`);
} catch (error) {
  process.stdout.write(`\n${JSON.stringify({ error: String(error?.message ?? error) })}\n`);
  process.exitCode = 1;
}
