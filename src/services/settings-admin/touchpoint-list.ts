/** The modal's touchpoint list: one name per line, in order; "Old name => New name" renames. */

import { MAX_TOUCHPOINTS } from '../../constants/limits';
import type { TouchpointRepository } from '../../db/repositories/touchpoint-repository';
import { lines } from './form-lines';

export type TouchpointEntry = { id?: number; name: string };

/** The touchpoints listed (renamed ones keep their id), and the first problem with the list, if any. */
export function parseTouchpoints(
  text: string,
  existing: { id: number; name: string }[],
  repo: Pick<TouchpointRepository, 'byName'>,
): { touchpoints: TouchpointEntry[]; error?: string } {
  let error: string | undefined;
  const tpLines = lines(text);
  const touchpoints: TouchpointEntry[] = [];
  const tpSeen = new Set<string>();
  if (tpLines.length === 0) error = 'List at least one touchpoint.';
  if (tpLines.length > MAX_TOUCHPOINTS)
    error = `At most ${MAX_TOUCHPOINTS} touchpoints: a pulse takes a minute.`;
  for (const [i, line] of tpLines.entries()) {
    const [from, to] = line.includes('=>') ? line.split('=>').map((s) => s.trim()) : [undefined, line];
    const name = to ?? '';
    const renamed = from ? existing.find((t) => t.name.toLowerCase() === from.toLowerCase()) : undefined;
    if (from && !renamed)
      error ??= `Line ${i + 1}: there is no touchpoint called “${from.slice(0, 60)}” to rename.`;
    else if (name.length === 0 || name.length > 80)
      error ??= `Line ${i + 1} needs a name of 1 to 80 characters.`;
    else if (tpSeen.has(name.toLowerCase())) error ??= `“${name}” is listed twice.`;
    else if (renamed && (repo.byName(name)?.id ?? renamed.id) !== renamed.id)
      // names are unique, archived touchpoints' too (past pulses join on them)
      error ??= `Line ${i + 1}: “${name.slice(0, 60)}” is the name of another touchpoint (perhaps a removed one); list “${name.slice(0, 60)}” on its own line to bring it back instead.`;
    else {
      tpSeen.add(name.toLowerCase());
      touchpoints.push(renamed ? { id: renamed.id, name } : { name });
    }
  }
  return { touchpoints, error };
}
