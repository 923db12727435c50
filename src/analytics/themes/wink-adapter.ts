/**
 * A small typed adapter over wink-nlp and its English "lite web" model.
 *
 * The model is loaded lazily, once per process, the first time text is analysed: importing the themes
 * module stays cheap (wink's model takes ~0.2 s to load and ~0.2 s to initialise), and nothing of
 * wink's loosely typed API escapes this file.
 */
import { createRequire } from 'node:module';
import type { Model } from 'wink-eng-lite-web-model';
import type WinkFn from 'wink-nlp';
import type { ItsFunction, WinkMethods } from 'wink-nlp';

/** One token of analysed text, as plain data. */
export interface AnalysedToken {
  /** The token as written. */
  readonly value: string;
  /** Lower-cased, normalised form (e.g. `"Products"` → `"products"`). */
  readonly normal: string;
  /** Lower-cased lemma (e.g. `"bought"` → `"buy"`). */
  readonly lemma: string;
  /** Universal POS tag (`NOUN`, `VERB`, `ADJ`, `ADV`, `PROPN`, `PUNCT`, …). */
  readonly pos: string;
  /** wink token type (`word`, `number`, `punctuation`, `emoji`, `url`, `email`, `mention`, …). */
  readonly type: string;
  /** True for wink's English stop words. */
  readonly stopWord: boolean;
}

let nlp: WinkMethods | undefined;

function isFunction(value: unknown): value is (...args: never[]) => unknown {
  return typeof value === 'function';
}

function loadNlp(): WinkMethods {
  if (nlp !== undefined) return nlp;
  const require = createRequire(import.meta.url);
  const factory: unknown = require('wink-nlp');
  const model: unknown = require('wink-eng-lite-web-model');
  if (!isFunction(factory) || typeof model !== 'object' || model === null) {
    throw new Error('wink-nlp or wink-eng-lite-web-model could not be loaded');
  }
  const winkNLP = factory as typeof WinkFn;
  nlp = winkNLP(model as Model, ['sbd', 'pos']);
  return nlp;
}

/** Reads `out(...)` results as strings, whatever wink's overloads claim. */
function strings(values: readonly unknown[]): string[] {
  return values.map((v) => (typeof v === 'string' ? v : String(v)));
}

/**
 * Tokenises, POS-tags and lemmatises `text` with wink-nlp.
 *
 * Throws only if wink itself fails; callers that must never throw wrap it.
 */
export function analyse(text: string): AnalysedToken[] {
  const winkNlp = loadNlp();
  const { its } = winkNlp;
  const tokens = winkNlp.readDoc(text).tokens();
  const values = strings(tokens.out(its.value));
  const normals = strings(tokens.out(its.normal));
  // wink's d.ts types `its.lemma` with the model addons as 3rd parameter, which ItsFunction does not
  // accept; the runtime call is the documented `tokens.out(its.lemma)`.
  const lemmas = strings(tokens.out(its.lemma as ItsFunction<string>));
  const posTags = strings(tokens.out(its.pos));
  const types = strings(tokens.out(its.type));
  const stops: readonly unknown[] = tokens.out(its.stopWordFlag);
  return values.map((value, i) => ({
    value,
    normal: (normals[i] ?? value).toLowerCase(),
    lemma: (lemmas[i] ?? normals[i] ?? value).toLowerCase(),
    pos: posTags[i] ?? 'X',
    type: types[i] ?? 'unknown',
    stopWord: stops[i] === true,
  }));
}

/** Loads the model now (e.g. at start-up) instead of on first use. */
export function warmUp(): void {
  loadNlp();
}
