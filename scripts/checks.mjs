// The static checks of `npm test` (format, types, lint) run at once: each keeps to one core, and
// one after another they left the other core idle. Each check's output is printed whole, in
// order, when all are done; the command fails if any of them does.
import { spawn } from 'node:child_process';

const checks = ['format:check', 'typecheck', 'lint'];

function run(script) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npm', ['run', '-s', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ script, code, output, seconds: (Date.now() - started) / 1000 }));
  });
}

const results = await Promise.all(checks.map(run));
for (const { script, code, output, seconds } of results) {
  process.stdout.write(
    `> npm run ${script}: ${code === 0 ? 'passed' : `failed (${code})`} in ${seconds.toFixed(1)} s\n`,
  );
  if (output.trim()) process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
}
process.exit(results.some((r) => r.code !== 0) ? 1 : 0);
