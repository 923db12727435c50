/** JSON lines from a benchmark's child process (the bot), read one at a time. */
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

const lineReaders = new WeakMap<ChildProcess, { queue: string[]; waiting: ((line: string) => void)[] }>();

/** The next JSON line the child prints. */
export function nextLine(child: ChildProcess, timeoutMs: number): Promise<Record<string, unknown>> {
  let reader = lineReaders.get(child);
  if (!reader) {
    const state = { queue: [] as string[], waiting: [] as ((line: string) => void)[] };
    reader = state;
    lineReaders.set(child, state);
    if (child.stdout)
      createInterface({ input: child.stdout }).on('line', (line) => {
        if (!line.startsWith('{')) return;
        const w = state.waiting.shift();
        if (w) w(line);
        else state.queue.push(line);
      });
    child.once('exit', (code, signal) => {
      for (const w of state.waiting.splice(0))
        w(JSON.stringify({ error: `the bot exited (${signal ?? code})` }));
    });
  }
  const { queue, waiting } = reader;
  return new Promise((resolveLine, reject) => {
    const take = (line: string) => {
      const value = JSON.parse(line) as Record<string, unknown>;
      if (typeof value.error === 'string') reject(new Error(value.error));
      else resolveLine(value);
    };
    const queued = queue.shift();
    if (queued !== undefined) return take(queued);
    const timer = setTimeout(() => reject(new Error(`no answer from the bot in ${timeoutMs} ms`)), timeoutMs);
    waiting.push((line) => {
      clearTimeout(timer);
      take(line);
    });
  });
}
