import { LANGUAGES } from '../../../shared/i18n/languages';
import type { Project } from '../../../shared/model/project';
import { parseProjectFile } from '../../../shared/project-file/parse';
import { buildStarterProject } from '../../../shared/templates';
import { fixtureText } from '../project-file/fixtures';

/** The projects whose documents the document tests read: the starter register and the stored project files. */

/** The starter register of a Danish or Swedish firm, in all three languages, with one customer, on `date`. */
export function starterProject(jurisdiction: 'DK' | 'SE', date: string): Project {
  let id = 0;
  return buildStarterProject({
    jurisdiction,
    languages: LANGUAGES,
    primary: jurisdiction === 'DK' ? 'da' : 'sv',
    customers: [{ name: 'Kunde A/S', contact: 'it@kunde.example' }],
    today: date,
    now: `${date}T10:00:00.000Z`,
    ids: () => `id-${++id}`,
  });
}

/** A project file of tests/fixtures/project-files, opened as the app opens it. */
export function projectFile(name: string): Project {
  const parsed = parseProjectFile(fixtureText(name));
  if (!parsed.ok) throw new Error(`${name} does not open`);
  return parsed.project;
}
