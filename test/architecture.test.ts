/**
 * The architecture's import boundaries (style guide), checked over every file under src/:
 * - only src/db/ talks to SQLite (drizzle-orm, better-sqlite3);
 * - only src/slack/ uses Slack's runtime packages (every @slack/* but the type-only @slack/types);
 * - src/analytics/ and src/render/ do no I/O: no fs/network/process modules, no database or Slack
 *   packages, nothing from src/db, src/services, src/slack or src/scheduler, with the exceptions below.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

type Import = { file: string; specifier: string; typeOnly: boolean; target: string | null };

/** Repo-relative posix paths of every .ts file under src/. */
function sourceFiles(dir = join(ROOT, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(c|m)?tsx?$/.test(entry.name) ? [relative(ROOT, path).split(sep).join('/')] : [];
  });
}

/** A relative specifier as the repo-relative file it loads (`src/slack/ids.ts`), or null for a package. */
function resolveTarget(file: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = posix.normalize(posix.join(posix.dirname(file), specifier));
  const candidates = [base, `${base}.ts`, `${base}/index.ts`, base.replace(/\.js$/, '.ts')];
  return candidates.find((c) => c.endsWith('.ts') && existsSync(join(ROOT, c))) ?? base;
}

const STATIC = /^[ \t]*(import|export)\s+(type\s+)?([\w\s{},*$]*?)\s*from\s*['"]([^'"]+)['"]/gm;
const SIDE_EFFECT = /^[ \t]*import\s*['"]([^'"]+)['"]/gm;
const DYNAMIC = /\b(import|require)\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every `import … from`, `import type … from`, `export … from`, `import '…'`, `import('…')`, `require('…')`. */
function importsOf(file: string): Import[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const found: Omit<Import, 'target'>[] = [];
  for (const m of text.matchAll(STATIC)) {
    found.push({ file, specifier: m[4] ?? '', typeOnly: Boolean(m[2]) });
  }
  for (const m of text.matchAll(SIDE_EFFECT)) found.push({ file, specifier: m[1] ?? '', typeOnly: false });
  for (const m of text.matchAll(DYNAMIC)) found.push({ file, specifier: m[2] ?? '', typeOnly: false });
  return found.map((i) => ({ ...i, target: resolveTarget(file, i.specifier) }));
}

const FILES = sourceFiles();
const IMPORTS = FILES.flatMap(importsOf);

const isPackage = (specifier: string, names: readonly string[]) =>
  names.some((name) => specifier === name || specifier.startsWith(`${name}/`));
const inDir = (path: string, dir: string) => path === dir || path.startsWith(`${dir}/`);
const show = (i: Import, why: string) => `${i.file}: imports '${i.specifier}' (${why})`;

const DATABASE_PACKAGES = ['drizzle-orm', 'better-sqlite3'];
/** @slack/types is type declarations of Block Kit payloads only (no runtime code), so it is not a Slack client. */
const isSlackRuntime = (specifier: string) =>
  specifier.startsWith('@slack/') && !isPackage(specifier, ['@slack/types']);
const IO_MODULES = ['fs', 'net', 'http', 'https', 'http2', 'tls', 'dgram', 'child_process'].flatMap((m) => [
  m,
  `node:${m}`,
]);
const APP_LAYERS_WITH_IO = ['src/db', 'src/services', 'src/slack', 'src/scheduler'];
const PURE_DIRS = ['src/analytics', 'src/render'];

/** Modules of I/O layers that render may use because they are plain constants (checked below). */
const PURE_CONSTANT_MODULES = ['src/slack/ids.ts', 'src/services/defaults.ts'];
/** Allowed I/O in pure directories, each with its reason. */
const ALLOWED_IO: Record<string, { modules: string[]; why: string }> = {
  'src/render/heatmap/fonts.ts': {
    modules: ['node:fs'],
    why: 'checks the shipped Inter font files exist; resvg reads them by path, so moving this out removes no I/O',
  },
};

describe('architecture: import boundaries', () => {
  it('finds the imports it checks (the scanner is not silently blind)', () => {
    expect(FILES.length).toBeGreaterThan(50);
    expect(IMPORTS).toContainEqual(
      expect.objectContaining({ file: 'src/slack/gateway.ts', specifier: '@slack/web-api', typeOnly: false }),
    );
    expect(IMPORTS).toContainEqual(
      expect.objectContaining({ file: 'src/render/help.ts', specifier: '@slack/types', typeOnly: true }),
    );
    expect(IMPORTS).toContainEqual(expect.objectContaining({ file: 'src/main.ts', target: 'src/bot.ts' }));
  });

  it('only src/db/ imports drizzle-orm and better-sqlite3', () => {
    const violations = IMPORTS.filter(
      (i) => isPackage(i.specifier, DATABASE_PACKAGES) && !inDir(i.file, 'src/db'),
    ).map((i) => show(i, 'database packages belong to src/db'));
    expect(violations).toEqual([]);
  });

  it('only src/slack/ imports Slack runtime packages (@slack/bolt, web-api, socket-mode, …)', () => {
    const violations = IMPORTS.filter((i) => isSlackRuntime(i.specifier) && !inDir(i.file, 'src/slack')).map(
      (i) => show(i, 'Slack packages belong to src/slack'),
    );
    expect(violations).toEqual([]);
  });

  it('src/analytics/ and src/render/ do no I/O and use no I/O layer', () => {
    const violations: string[] = [];
    for (const i of IMPORTS) {
      if (!PURE_DIRS.some((dir) => inDir(i.file, dir))) continue;
      if (isPackage(i.specifier, IO_MODULES)) {
        const allowed = ALLOWED_IO[i.file];
        if (!allowed?.modules.includes(i.specifier)) violations.push(show(i, 'I/O module'));
      } else if (isPackage(i.specifier, DATABASE_PACKAGES)) {
        violations.push(show(i, 'database package'));
      } else if (isSlackRuntime(i.specifier)) {
        violations.push(show(i, 'Slack runtime package'));
      } else if (isPackage(i.specifier, ['@slack/types']) && !i.typeOnly) {
        violations.push(show(i, '@slack/types only as `import type`'));
      } else if (i.target && APP_LAYERS_WITH_IO.some((dir) => inDir(i.target ?? '', dir))) {
        const constants = inDir(i.file, 'src/render') && PURE_CONSTANT_MODULES.includes(i.target);
        if (!constants) violations.push(show(i, `${i.target} is in an I/O layer`));
      }
    }
    expect(violations).toEqual([]);
  });

  it('the constant modules render may use stay pure (they import nothing)', () => {
    const violations = IMPORTS.filter((i) => PURE_CONSTANT_MODULES.includes(i.file)).map((i) =>
      show(i, 'render relies on this module being plain constants'),
    );
    expect(violations).toEqual([]);
  });
});
