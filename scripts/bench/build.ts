/** Times one production build (content check → astro build → link check) and samples peak memory. */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface BuildFigures {
  seconds: number;
  /** Peak resident memory of the build's whole process tree, in MiB (sampled every 100 ms). */
  peakMiB: number;
  /** CPU time (user + system) of the build and all its child processes, in seconds. */
  cpuSeconds: number | null;
  /** Peak resident memory of the largest single process (from /usr/bin/time), in MiB. */
  maxProcessMiB: number | null;
  ok: boolean;
  /** Wall seconds of each step of scripts/build.ts, by its step line ("[2/5] Astro 构建…" → "Astro 构建"). */
  steps: { label: string; seconds: number }[];
}

/** Step durations from the times the build printed its "[n/total] label" lines, and its end. */
export function stepTimes(marks: { line: string; at: number }[], end: number): { label: string; seconds: number }[] {
  const steps = marks.flatMap(({ line, at }) => {
    // The label without a trailing folder name or parenthesis: "[2/5] Astro 构建（基础路径 /）" → "Astro 构建".
    const m = /^\[\d+\/\d+\]\s*([^（]+)/.exec(line);
    return m ? [{ label: m[1]!.trim().replace(/\s+\S*\/\S*$/, ''), at }] : [];
  });
  return steps.map((s, i) => ({ label: s.label, seconds: ((steps[i + 1]?.at ?? end) - s.at) / 1000 }));
}

/** Resident memory (KiB) of a process and all its descendants, from /proc. */
function treeRssKiB(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      rss.set(Number(name), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export function timeBuild(env: NodeJS.ProcessEnv): Promise<BuildFigures> {
  return new Promise((resolve) => {
    const started = performance.now();
    // GNU time reports the CPU time of the whole tree and the largest process's peak memory.
    const gnuTime = existsSync('/usr/bin/time');
    const [cmd, args] = gnuTime ? ['/usr/bin/time', ['-f', 'BENCH_TIME %U %S %M', 'node', 'scripts/build.ts']] : ['node', ['scripts/build.ts']];
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const marks: { line: string; at: number }[] = [];
    let pending = '';
    child.stdout.on('data', (d) => {
      const lines = (pending + d).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('[')) marks.push({ line, at: performance.now() });
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRssKiB(child.pid!))), 100);
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0) console.error(stderr.slice(-2000));
      const t = /BENCH_TIME ([\d.]+) ([\d.]+) (\d+)/.exec(stderr);
      const end = performance.now();
      resolve({
        seconds: (end - started) / 1000,
        steps: stepTimes(marks, end),
        peakMiB: peak / 1024,
        cpuSeconds: t ? Number(t[1]) + Number(t[2]) : null,
        maxProcessMiB: t ? Number(t[3]) / 1024 : null,
        ok: code === 0,
      });
    });
  });
}
