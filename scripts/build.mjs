// `npm run build`: tsc compiles src/ to dist/ (tsconfig.build.json), then every relative import in
// the output gets the file name Node's ESM loader needs ('./app/bot' → './app/bot.js', '.' →
// './index.js'). The sources keep extensionless imports (moduleResolution "bundler", as tsx and
// vitest read them); tsc leaves specifiers as written, so this step is what makes dist/ run under
// plain `node`. An import that resolves to no file fails the build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { DIST, ROOT, STAMP } from './build-state.mjs';

/** `from '…'`, `import '…'` and `import('…')` with a relative specifier, in tsc's output. */
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}(?:\/[^'"]*)?)\2/g;

function jsFiles(dir) {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return jsFiles(path);
    return path.endsWith('.js') ? [path] : [];
  });
}

/** The specifier with the file it names: `x.js` or `x/index.js`; null when neither exists. */
function withFileName(file, specifier) {
  if (/\.(m?js|json)$/.test(specifier)) return specifier;
  const target = resolve(dirname(file), specifier);
  if (existsSync(`${target}.js`)) return `${specifier}.js`;
  if (existsSync(join(target, 'index.js'))) return `${specifier.replace(/\/$/, '')}/index.js`;
  return null;
}

function rewriteImports(file) {
  const problems = [];
  const source = readFileSync(file, 'utf8');
  const out = source.replace(SPECIFIER, (whole, head, quote, specifier) => {
    const named = withFileName(file, specifier);
    if (named === null) {
      problems.push(`${relative(ROOT, file)}: '${specifier}' names no file`);
      return whole;
    }
    return `${head}${quote}${named}${quote}`;
  });
  if (out !== source) writeFileSync(file, out);
  return problems;
}

/**
 * Compiles src/ into a fresh dist/. `check: false` skips tsc's type check (emit only, the same
 * JavaScript, a quarter of the time): for the start and the tests, since `npm test` type-checks.
 */
export function build({ check = true } = {}) {
  const started = Date.now();
  rmSync(DIST, { recursive: true, force: true });
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const args = [tsc, '-p', join(ROOT, 'tsconfig.build.json'), ...(check ? [] : ['--noCheck'])];
  const compiled = spawnSync(process.execPath, args, {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (compiled.status !== 0) throw new Error(`tsc failed (exit ${compiled.status ?? compiled.signal})`);
  const files = jsFiles(DIST);
  const problems = files.flatMap(rewriteImports);
  if (problems.length > 0) throw new Error(`unresolved imports in dist/:\n${problems.join('\n')}`);
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
  return { files: files.length, ms: Date.now() - started };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  try {
    const { files, ms } = build();
    process.stderr.write(`built ${files} files into dist/ in ${ms} ms\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
