// Runs the standalone Next.js server (PORT, HOSTNAME, API_URL from the environment) after making sure the
// static assets sit beside it.
import { spawn } from 'node:child_process';
import { prepareStandalone, standaloneDir, standaloneServer } from './prepare-standalone.mjs';

try {
  prepareStandalone();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const child = spawn(process.execPath, [standaloneServer], {
  cwd: standaloneDir,
  stdio: 'inherit',
  env: { ...process.env, PORT: process.env.PORT ?? '3000' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
