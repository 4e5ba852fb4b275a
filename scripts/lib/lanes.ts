/**
 * Commands for `npm test`'s two lanes (scripts/test.ts): on two cores most steps use one, so the
 * suite runs two steps at a time. The main lane's command writes to the terminal as it runs; the
 * other lane's output is held (`capture`) and printed in one block once that step is over, so the
 * two never interleave line by line. Every command starts in its own process group, so a failure
 * in one lane stops the other lane's command with everything it started (vitest's workers,
 * Chromium, an Astro build) before `npm test` exits.
 */
import { spawn, type ChildProcess } from 'node:child_process';

const running = new Set<ChildProcess>();

function start(cmd: string, args: string[], env: NodeJS.ProcessEnv, piped: boolean): ChildProcess {
  const child = spawn(cmd, args, {
    env: { ...process.env, ...env },
    stdio: piped ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    detached: true,
  });
  running.add(child);
  child.on('close', () => running.delete(child));
  return child;
}

/** Runs a command with its output going straight to the terminal; resolves to its exit code. */
export function stream(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = start(cmd, args, env, false);
    child.on('close', (code) => resolve(code ?? 1));
    child.on('error', (e) => {
      console.error(`无法运行 ${cmd}：${e.message}`);
      resolve(1);
    });
  });
}

/** A command's exit code and its output (stdout and stderr in the order written). */
export interface Captured {
  code: number;
  output: string;
}

/** Runs a command with its output held for printing later. */
export function capture(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Captured> {
  return new Promise((resolve) => {
    const child = start(cmd, args, env, true);
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
    child.on('error', (e) => resolve({ code: 1, output: `${output}无法运行 ${cmd}：${e.message}\n` }));
  });
}

/** Ends every command still running, with the processes each started (its process group). */
export function stopAll(): void {
  for (const child of running) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}
