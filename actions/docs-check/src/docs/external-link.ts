const EXTERNAL_TIMEOUT_MS = 10_000;

/** A HEAD request (GET when HEAD is refused) that must end in a 2xx or 3xx status within the timeout; the error, or undefined. */
export async function checkExternal(url: string): Promise<string | undefined> {
  for (const method of ['HEAD', 'GET']) {
    try {
      const response = await fetch(url, { method, redirect: 'follow', signal: AbortSignal.timeout(EXTERNAL_TIMEOUT_MS) });
      if (response.ok) return undefined;
      if (method === 'GET' || ![403, 405, 501].includes(response.status)) return `HTTP ${response.status}`;
    } catch (error) {
      if (method === 'GET') return (error as Error).message;
    }
  }
  return undefined;
}
