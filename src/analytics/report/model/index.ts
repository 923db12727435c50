/**
 * Every type the report model carries, in one place. A section builder (`../perception.ts`,
 * `../priorities.ts`, …) imports its output types from here, and nothing in this folder imports a
 * builder, so the report's types cannot form a cycle with the code that computes them. Types a
 * builder uses only on its way to the model (`CellSummary`, `PartInput`, `AnonymisedInput`) stay
 * beside that builder.
 */
export type * from './alignment-index';
export type * from './customers';
export type * from './definitions';
export type * from './divergence';
export type * from './importance-performance';
export type * from './perception';
export type * from './priorities';
export type * from './report-model';
