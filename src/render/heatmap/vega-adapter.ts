/**
 * A typed adapter over vega and vega-lite, whose typings are loose (`any`) in the parts used here.
 * Everything runs in memory: specs carry inline values only, so the loader is never asked for a URL.
 */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { textWidth } from './text-width';

type WidthFn = (item: { fontSize?: unknown; fontWeight?: unknown }, text: unknown) => number;

function isBold(weight: unknown): boolean {
  return weight === 'bold' || Number(weight) > 500;
}

/** Inter widths instead of vega's rough 0.8 em guess (vega documents `textMetrics.width` as replaceable). */
const interWidth: WidthFn = (item, text) => {
  const size = typeof item.fontSize === 'number' ? item.fontSize : 11;
  return textWidth(text == null ? '' : String(text).trim(), size, isBold(item.fontWeight));
};

let measuring = false;

/** Points vega's text measurement at `interWidth`, once per process. */
function useInterMetrics(): void {
  if (measuring) return;
  const metrics: unknown = Reflect.get(vega, 'textMetrics');
  if (typeof metrics !== 'object' || metrics === null) throw new Error('vega.textMetrics is missing');
  Reflect.set(metrics, 'width', interWidth);
  measuring = true;
}

/**
 * Compiles a Vega-Lite spec and renders it to an SVG string, headless (no canvas, no network).
 * @throws Error when the spec tried to load a URL or file (refused; vega would only log it)
 */
export async function specToSvg(spec: TopLevelSpec): Promise<string> {
  useInterMetrics();
  const compiled = compile(spec).spec;
  const asked: string[] = [];
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', loader: offlineLoader(asked) });
  try {
    const svg = await view.toSVG();
    if (asked.length > 0) throw new Error(`heatmap specs load nothing (asked for ${asked.join(', ')})`);
    return svg;
  } finally {
    view.finalize();
  }
}

/** A loader that refuses every load and notes what was asked, so nothing reaches the network or disk. */
function offlineLoader(asked: string[]): vega.Loader {
  const refuse = (uri: string): Promise<never> => {
    asked.push(uri);
    return Promise.reject(new Error(`offline: ${uri}`));
  };
  return { load: refuse, sanitize: refuse, http: refuse, file: refuse };
}

/**
 * The named vega colour scheme as a function from [0, 1] to a CSS colour string.
 * @throws Error when the name is not a continuous scheme
 */
export function colourScheme(name: string): (t: number) => string {
  const scheme: unknown = vega.scheme(name);
  if (typeof scheme !== 'function') throw new Error(`${name} is not a continuous vega scheme`);
  return (t) => {
    const colour: unknown = Reflect.apply(scheme, undefined, [t]);
    if (typeof colour !== 'string') throw new Error(`scheme ${name} gave a ${typeof colour}`);
    return colour;
  };
}
