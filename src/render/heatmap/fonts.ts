/** The Inter font files shipped in `@expo-google-fonts/inter`, handed to resvg. */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const FILES = [
  '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
  '@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf',
  '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf',
] as const;

let cached: string[] | undefined;

/**
 * Absolute paths of Inter Regular, SemiBold and Bold, resolved once and cached.
 * @throws Error when the package or a file is missing (the chart would have no text)
 */
export function interFontFiles(): string[] {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const paths = FILES.map((file) => require.resolve(file));
  const missing = paths.filter((path) => !existsSync(path));
  if (missing.length > 0) throw new Error(`Inter font files missing: ${missing.join(', ')}`);
  cached = paths;
  return paths;
}
