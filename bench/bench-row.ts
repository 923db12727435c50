/** One line of the benchmark table: what was measured, the figure, and how to read it. */
export type BenchRow = { name: string; value: string; note?: string };

/** A benchmark module: measures something and returns its rows. */
export type BenchModule = () => Promise<BenchRow[]>;
