/** Runs a command with inherited output, printing a step line first; resolves to the exit code. */
import { spawn } from 'node:child_process';

export function step(n: number, total: number, label: string): void {
  console.log(`\n[${n}/${total}] ${label}`);
}

/** `cwd`: where the command runs (default this process's folder; the staff-state check runs in a copy). */
export function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}, cwd?: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env }, ...(cwd ? { cwd } : {}) });
    child.on('close', (code) => resolve(code ?? 1));
    child.on('error', (e) => {
      console.error(`无法运行 ${cmd}：${e.message}`);
      resolve(1);
    });
  });
}
