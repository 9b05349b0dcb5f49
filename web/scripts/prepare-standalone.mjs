// `next build` with output: 'standalone' leaves the server in .next/standalone/web/ (the path mirrors the
// workspace) without .next/static and public/; copy them beside it so the folder runs on its own.
import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const standaloneDir = path.join(webDir, '.next', 'standalone', 'web');
export const standaloneServer = path.join(standaloneDir, 'server.js');

export function prepareStandalone() {
  if (!existsSync(standaloneServer)) {
    throw new Error(`${path.relative(process.cwd(), standaloneServer)} is missing: run "npm run build -w web" first.`);
  }
  for (const [from, to] of [
    [path.join(webDir, '.next', 'static'), path.join(standaloneDir, '.next', 'static')],
    [path.join(webDir, 'public'), path.join(standaloneDir, 'public')],
  ]) {
    if (!existsSync(from)) continue;
    rmSync(to, { recursive: true, force: true });
    cpSync(from, to, { recursive: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) prepareStandalone();
