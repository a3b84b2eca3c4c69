// Runs the real build command (scripts/build.ts) in a child process, as a user would.
import { spawn } from 'node:child_process';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

export interface BuildRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runBuild(args: string[], env: Record<string, string> = {}): Promise<BuildRun> {
  return runScript('scripts/build.ts', args, env);
}

/** Run one of the project's scripts under tsx, in `root` (the repository, or a copy of it). */
export function runScript(script: string, args: string[], env: Record<string, string> = {}, root = repoRoot): Promise<BuildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, script), ...args], {
      cwd: root,
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Where the test build of the seeds lives (made once by tests/global-setup.ts). */
export const seedSite = {
  content: path.join(repoRoot, '.cache/test-site/content'),
  dist: path.join(repoRoot, '.cache/test-site/dist'),
};
