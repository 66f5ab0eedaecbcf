import { spawn } from 'node:child_process';
import { documentTooLarge, GatesError, type DocumentSource } from '@gates/core';

/**
 * Runs a command (through `sh -c`, in the workspace) and keeps its stdout,
 * at most `maxBytes` of it: past that the command is killed and the document
 * refused, so a runaway command cannot exhaust memory (the whole process
 * group: what the shell started goes too). stderr is not kept (it
 * may carry anything); a command that fails, or outlives `timeoutMs`, is a
 * usage error naming its exit status.
 */
export function runDocumentCommand(command: string, cwd: string, env: NodeJS.ProcessEnv, maxBytes: number, timeoutMs: number): Promise<DocumentSource> {
  const label = `command ${command}`;
  return new Promise((resolve, reject) => {
    // Its own process group, so a stop reaches what the shell started too (a pipeline keeps the pipe open otherwise).
    const child = spawn('sh', ['-c', command], { cwd, env, stdio: ['ignore', 'pipe', 'ignore'], detached: true });
    const chunks: Buffer[] = [];
    let size = 0;
    let refused: GatesError | undefined;
    const stop = (error: GatesError) => {
      refused ??= error;
      child.stdout.destroy();
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
    };
    const timer = setTimeout(() => stop(new GatesError('GATES_E_DOCUMENT_INVALID', { source: label, reason: `the command did not finish within ${timeoutMs} ms` })), timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) return stop(documentTooLarge(label, maxBytes));
      chunks.push(chunk);
    });
    child.on('error', (error) => stop(new GatesError('GATES_E_DOCUMENT_INVALID', { source: label, reason: `it could not be started (${error.message})` })));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (refused) return reject(refused);
      if (code !== 0) return reject(new GatesError('GATES_E_DOCUMENT_INVALID', { source: label, reason: `the command failed (${signal ? `signal ${signal}` : `exit ${code}`})` }));
      resolve({ label, bytes: Buffer.concat(chunks) });
    });
  });
}
