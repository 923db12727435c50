export function build(options?: { check?: boolean }): { files: number; ms: number };
