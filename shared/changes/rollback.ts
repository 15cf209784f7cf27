import type { ChangeEntry } from '../model/changeLog';
import { ProjectObjectSchema, type Project } from '../model/project';
import { setPath } from './paths';
import { isSummarised } from './record';

/**
 * The register as it was at an earlier time, rebuilt from today's project by undoing, newest first, every
 * change-log entry made after that time. The log only covers changes from `changeLog.since`: for an
 * earlier time the register cannot be known, and the result is undefined — as it is when undoing the entries
 * does not give a valid register (a damaged log).
 *
 * The logo is the one thing not restored (the log keeps only its size); everything documents compare —
 * activities, catalogs, organisation, policy settings — is.
 */
export function registerAt(project: Project, time: string): Project | undefined {
  const at = Date.parse(time);
  if (!(at >= Date.parse(project.changeLog.since))) return undefined;
  const later = project.changeLog.entries.filter((entry) => Date.parse(entry.at) > at);
  if (later.length === 0) return project;
  const past = structuredClone(project) as Project & Record<string, unknown>;
  for (const entry of [...later].reverse()) undo(past, entry);
  past.changeLog = {
    ...project.changeLog,
    entries: project.changeLog.entries.filter((e) => !later.includes(e)),
  };
  // A log edited by hand (or by a faulty tool) could undo into something that is no register; then the
  // earlier state is unknown, just as before the log started, rather than a crash in whatever reads it.
  return ProjectObjectSchema.safeParse(past).success ? past : undefined;
}

type Item = { id: string } & Record<string, unknown>;

function undo(project: Project & Record<string, unknown>, entry: ChangeEntry): void {
  if (entry.target === 'project') {
    if (entry.action !== 'changed' || isSummarised('project', entry.path)) return;
    const key = entry.path[0]!;
    const restored = setPath(project, entry.path, entry.before) as Record<string, unknown>;
    if (Object.hasOwn(restored, key)) project[key] = restored[key];
    else delete project[key];
    return;
  }
  const list = project[entry.target] as Item[];
  const index = list.findIndex((item) => item.id === entry.itemId);
  switch (entry.action) {
    case 'added':
      if (index >= 0) list.splice(index, 1);
      return;
    case 'removed':
      if (index < 0 && entry.before !== undefined) list.push(entry.before as Item);
      return;
    case 'changed':
      if (index >= 0) list[index] = setPath(list[index], entry.path, entry.before) as Item;
  }
}
