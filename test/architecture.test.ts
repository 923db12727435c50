/**
 * The architecture's boundaries (ARCHITECTURE.md), checked over every file under src/:
 * - every file is in a layer, and every relative import (type-only ones too: a type import still
 *   couples two modules) goes to its own layer or a lower one; peers of a layer marked `apart` do not
 *   import each other; src/demo/ is imported by the CLI only;
 * - no import cycle among src/ files;
 * - a capability folder under src/services/ is imported from outside through its index.ts only;
 * - only src/db/ talks to SQLite (drizzle-orm, better-sqlite3);
 * - only src/slack-app/ and src/slack-client/ use Slack's runtime packages (every @slack/* but the
 *   type-only @slack/types, which any layer may `import type`);
 * - src/analytics/, src/render/ and src/demo/ do no I/O, with the exception below; src/constants/
 *   imports nothing.
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

/** A relative specifier as the repo-relative file it loads (`src/constants/limits.ts`), or null for a package. */
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

// ---------------------------------------------------------------------------------------------------
// The layers, top to bottom. A file may import from its own layer or a lower one, never a higher one.
// Layer 2 is apart: listeners and cron ticks both call services, never each other. Layer 4 is apart:
// render stays pure, and db and slack-client are each the client of one outside system. demo sits
// above analytics because it may use it, but only the CLI may use demo (the app never runs on it).
// Never widen this to let an upward import through: move the code (or the type) down instead.

type Layer = {
  rank: number;
  name: string;
  /** Top-level folders (or files) of src/ in this layer. */
  dirs: readonly string[];
  /** The layer's folders are peers that do not import each other. */
  apart?: true;
  /** Only these folders may import this layer (from above; its own files aside). */
  onlyImportedBy?: readonly string[];
};

const LAYERS: readonly Layer[] = [
  { rank: 0, name: 'entry', dirs: ['src/main.ts', 'src/cli'] },
  { rank: 1, name: 'composition root', dirs: ['src/app'] },
  { rank: 2, name: 'inbound', dirs: ['src/slack-app', 'src/scheduler'], apart: true },
  { rank: 3, name: 'services', dirs: ['src/services'] },
  {
    rank: 4,
    name: 'outbound, storage, rendering',
    dirs: ['src/slack-client', 'src/db', 'src/render'],
    apart: true,
  },
  { rank: 5, name: 'demo', dirs: ['src/demo'], onlyImportedBy: ['src/cli'] },
  { rank: 6, name: 'analytics', dirs: ['src/analytics'] },
  {
    rank: 7,
    name: 'foundation',
    dirs: ['src/constants', 'src/config', 'src/logging', 'src/errors.ts', 'src/util'],
  },
];

type Room = { layer: Layer; dir: string };
const roomOf = (path: string): Room | null => {
  for (const layer of LAYERS) {
    const dir = layer.dirs.find((d) => inDir(path, d));
    if (dir) return { layer, dir };
  }
  return null;
};
const where = (path: string, room: Room) => `${path} (layer ${room.layer.rank} ${room.layer.name})`;

/** One line per relative import that runs up a layer, crosses to a peer kept apart, or reaches the demo. */
function layerViolations(imports: readonly Import[]): string[] {
  const violations: string[] = [];
  for (const i of imports) {
    if (!i.target) continue;
    const from = roomOf(i.file);
    const to = roomOf(i.target);
    const verb = i.typeOnly ? 'imports (type only)' : 'imports';
    if (!from) continue; // reported by "every file is in a layer"
    if (!to) {
      violations.push(`${where(i.file, from)} imports ${i.target}, which is in no layer`);
    } else if (to.layer.rank < from.layer.rank) {
      violations.push(
        `${where(i.file, from)} ${verb} ${where(i.target, to)}: upward; a file may import only its own layer or lower ones`,
      );
    } else if (to.layer === from.layer && to.dir !== from.dir && from.layer.apart) {
      violations.push(
        `${i.file} ${verb} ${i.target}: ${from.dir} and ${to.dir} are peers in layer ${from.layer.rank} (${from.layer.name}) and do not import each other`,
      );
    } else if (
      to.layer !== from.layer &&
      to.layer.onlyImportedBy &&
      !to.layer.onlyImportedBy.some((dir) => inDir(i.file, dir))
    ) {
      violations.push(
        `${where(i.file, from)} ${verb} ${i.target}: ${to.dir} may be imported only by ${to.layer.onlyImportedBy.join(', ')}`,
      );
    }
  }
  return violations;
}

// ---------------------------------------------------------------------------------------------------
// Cycles: strongly connected components of the import graph (type imports included), each shown as
// one shortest cycle `a → b → c → a`, plus the other files of its component when it has more.

type Graph = ReadonlyMap<string, readonly string[]>;

function graphOf(imports: readonly Import[], files: readonly string[]): Graph {
  const known = new Set(files);
  const graph = new Map<string, string[]>(files.map((f) => [f, []]));
  for (const i of imports) {
    if (i.target && known.has(i.target) && !graph.get(i.file)?.includes(i.target)) {
      graph.get(i.file)?.push(i.target);
    }
  }
  return graph;
}

/** Tarjan's algorithm: the components with more than one file, or a file importing itself. */
function stronglyConnected(graph: Graph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
      }
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string | undefined;
    do {
      w = stack.pop();
      if (w === undefined) break;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || graph.get(v)?.includes(v)) components.push(component.sort());
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return components;
}

/** The shortest cycle from `start` back to itself inside `members` (breadth-first). */
function shortestCycle(graph: Graph, start: string, members: ReadonlySet<string>): string[] {
  const parent = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift() as string;
    for (const w of graph.get(v) ?? []) {
      if (!members.has(w)) continue;
      if (w === start) {
        const path = [v];
        while (path[0] !== start) path.unshift(parent.get(path[0] as string) as string);
        return [...path, start];
      }
      if (!parent.has(w)) {
        parent.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}

function cycles(graph: Graph): string[] {
  return stronglyConnected(graph).map((component) => {
    const cycle = shortestCycle(graph, component[0] as string, new Set(component));
    const others = component.filter((f) => !cycle.includes(f));
    return cycle.join(' → ') + (others.length ? ` (same knot: ${others.join(', ')})` : '');
  });
}

// ---------------------------------------------------------------------------------------------------
// Package and purity rules.

const DATABASE_PACKAGES = ['drizzle-orm', 'better-sqlite3'];
const SLACK_DIRS = ['src/slack-app', 'src/slack-client'];
/** @slack/types is type declarations of Block Kit payloads only (no runtime code), so it is not a Slack client. */
const isSlackRuntime = (specifier: string) =>
  specifier.startsWith('@slack/') && !isPackage(specifier, ['@slack/types']);
const IO_MODULES = ['fs', 'net', 'http', 'https', 'http2', 'tls', 'dgram', 'child_process'].flatMap((m) => [
  m,
  `node:${m}`,
]);
const LAYERS_WITH_IO = [
  'src/main.ts',
  'src/cli',
  'src/app',
  'src/slack-app',
  'src/scheduler',
  'src/services',
  'src/slack-client',
  'src/db',
];
const PURE_DIRS = ['src/analytics', 'src/render', 'src/demo'];

/** Allowed I/O in pure directories, each with its reason. */
const ALLOWED_IO: Record<string, { modules: string[]; why: string }> = {
  'src/render/heatmap/fonts.ts': {
    modules: ['node:fs'],
    why: 'checks the shipped Inter font files exist; resvg reads them by path, so moving this out removes no I/O',
  },
};

/** `src/services/<capability>/` of a path, or null. */
const capabilityOf = (path: string) => /^(src\/services\/[^/]+)\//.exec(path)?.[1] ?? null;

describe('architecture: layers and import boundaries', () => {
  it('finds the imports it checks (the scanner and the rules are not silently blind)', () => {
    expect(FILES.length).toBeGreaterThan(50);
    expect(IMPORTS).toContainEqual(
      expect.objectContaining({
        file: 'src/slack-client/gateway.ts',
        specifier: '@slack/web-api',
        typeOnly: false,
      }),
    );
    expect(IMPORTS).toContainEqual(
      expect.objectContaining({ file: 'src/render/help.ts', specifier: '@slack/types', typeOnly: true }),
    );
    expect(IMPORTS).toContainEqual(
      expect.objectContaining({ file: 'src/main.ts', target: 'src/app/bot.ts' }),
    );
    const relativeTypeImports = IMPORTS.filter((i) => i.typeOnly && i.target && FILES.includes(i.target));
    expect(relativeTypeImports.length).toBeGreaterThan(20);

    // The rules themselves, on a made-up graph: one upward type import, one peer import, one cycle.
    const made = (file: string, target: string): Import => ({ file, specifier: '.', typeOnly: true, target });
    expect(
      layerViolations([
        made('src/render/x.ts', 'src/services/y.ts'),
        made('src/render/x.ts', 'src/db/z.ts'),
        made('src/services/y.ts', 'src/render/x.ts'),
      ]),
    ).toHaveLength(2);
    const knot = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
    ]);
    expect(cycles(knot)).toEqual(['a → b → c → a']);
  });

  it('every src/ file is in a layer (a new top-level folder is placed in LAYERS deliberately)', () => {
    const homeless = FILES.filter((f) => !roomOf(f)).map(
      (f) => `${f}: in no layer; add its folder to LAYERS in test/architecture.test.ts and ARCHITECTURE.md`,
    );
    expect(homeless).toEqual([]);
  });

  it('every relative import (type-only included) goes to its own layer or a lower one', () => {
    expect(layerViolations(IMPORTS)).toEqual([]);
  });

  it('no import cycle among src/ files (type imports included)', () => {
    expect(cycles(graphOf(IMPORTS, FILES))).toEqual([]);
  });

  it('a capability folder under src/services/ is imported from outside through its index.ts only', () => {
    const violations = IMPORTS.flatMap((i) => {
      const capability = i.target ? capabilityOf(i.target) : null;
      if (!capability || inDir(i.file, capability) || i.target === `${capability}/index.ts`) return [];
      return [
        `${i.file} imports ${i.target}: from outside ${capability}/ import only its public face, ${capability}/index.ts`,
      ];
    });
    expect(violations).toEqual([]);
  });

  it('only src/db/ imports drizzle-orm and better-sqlite3', () => {
    const violations = IMPORTS.filter(
      (i) => isPackage(i.specifier, DATABASE_PACKAGES) && !inDir(i.file, 'src/db'),
    ).map((i) => show(i, 'database packages belong to src/db'));
    expect(violations).toEqual([]);
  });

  it('only src/slack-app/ and src/slack-client/ import Slack runtime packages (@slack/bolt, web-api, …)', () => {
    const outside = (i: Import) => !SLACK_DIRS.some((dir) => inDir(i.file, dir));
    const violations = IMPORTS.filter(outside).flatMap((i) => {
      if (isSlackRuntime(i.specifier))
        return [show(i, 'Slack runtime packages belong to src/slack-app or src/slack-client')];
      if (isPackage(i.specifier, ['@slack/types']) && !i.typeOnly) {
        return [show(i, '@slack/types outside the Slack folders only as `import type`')];
      }
      return [];
    });
    expect(violations).toEqual([]);
  });

  it('src/analytics/, src/render/ and src/demo/ do no I/O and use no I/O layer', () => {
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
      } else if (i.target && LAYERS_WITH_IO.some((dir) => inDir(i.target ?? '', dir))) {
        violations.push(show(i, `${i.target} is in a layer that does I/O`));
      }
    }
    expect(violations).toEqual([]);
  });

  it('src/constants/ imports nothing (plain ids, limits and defaults every layer may use)', () => {
    const violations = IMPORTS.filter((i) => inDir(i.file, 'src/constants')).map((i) =>
      show(i, 'constants are plain values; every layer relies on that'),
    );
    expect(violations).toEqual([]);
  });
});
