import { describe, expect, it } from 'vitest';
import { auditCriteria } from '../../../shared/auditPack';
import { createProject, type Project } from '../../../shared/model';
import { suggestedBy } from '../../../shared/model/confirmation';
import { documentProject } from '../../fixtures/documents/documentProject';

/** "Dokumenteret / Dokumenterat / Evidenced" only from what the user confirmed. */

const NOW = '2026-11-22';
const files = {
  index: 'index.docx',
  register: 'register.docx',
  policies: [{ fileName: 'policy.docx', audience: '' }],
  vendors: 'vendors.docx',
  securityMeasures: 'measures.docx',
  findings: 'findings.docx',
  changeLog: 'log.html',
};

function evidenced(project: Project): string[] {
  return auditCriteria(project, { language: 'da', today: NOW, files })
    .filter((c) => c.status === 'evidenced')
    .map((c) => c.id);
}

/** The same register, every item a suggestion nobody confirmed (as a template leaves it). */
function unconfirmed(): Project {
  const project = documentProject();
  for (const item of [...project.activities, ...project.vendors]) item.confirmation = suggestedBy('template');
  return project;
}

describe('the audit index counts only confirmed evidence', () => {
  it('an empty project evidences nothing', () => {
    const project = createProject({ name: 'Tom', language: 'da', id: 'p', now: `${NOW}T10:00:00.000Z` });
    expect(evidenced(project)).toEqual([]);
  });

  it('an unconfirmed template project evidences nothing, and its review dates count for nothing', () => {
    const project = unconfirmed();
    // 1.1.1 rests on the privacy contact's name, which the user types in (templates never suggest one).
    expect(evidenced(project)).toEqual(['1.1.1']);
    const shows = auditCriteria(project, { language: 'en', today: NOW, files })
      .map((c) => c.shows)
      .join(' ');
    expect(shows).toContain('0 activities have a last-review date');
  });

  it('the same project, confirmed, evidences the policy and vendor criteria', () => {
    expect(evidenced(documentProject())).toEqual(
      expect.arrayContaining(['4.1.1', '5.1.1', '5.1.2', '5.4.1']),
    );
  });
});
