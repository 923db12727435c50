/** Number formats of the customer views. */

/** A score on 1–5, two decimals. */
export const formatScore = (value: number): string => value.toFixed(2);

/** A signed gap in points, one decimal: `+1.2`, `−0.4`. */
export const formatGap = (value: number): string => `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(1)}`;
