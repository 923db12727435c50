export const ROOT: string;
export const DIST: string;
export const STAMP: string;
export const DIST_MAIN: string;
export function buildState(root?: string): 'missing' | 'stale' | 'fresh';
