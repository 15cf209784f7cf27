import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The floors are only as good as the lint rule that holds them: these files import across floors on purpose,
// so a config change that silently turns the rule off (a renamed zone, a lost resolver) fails here.

const ROOT = path.resolve(__dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: ROOT });

async function ruleMessages(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result!.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

describe('the floors of shared/', () => {
  it('refuses an import from a higher floor', async () => {
    const messages = await ruleMessages(
      'shared/model/floorProbe.ts',
      "import { joinList } from '../documents/format';\nexport const probe = joinList;\n",
    );
    expect(messages).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: .*shared\/documents/)]);
  });

  it('refuses an import from a neighbour on the same floor', async () => {
    const messages = await ruleMessages(
      'shared/checks/floorProbe.ts',
      "import { projectFileName } from '../project-file/fileName';\nexport const probe = projectFileName;\n",
    );
    expect(messages).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*shared\/project-file/),
    ]);
  });

  it('lets a floor import from the floors below it', async () => {
    const messages = await ruleMessages(
      'shared/documents/floorProbe.ts',
      "import { formatDate } from '../i18n/format';\nimport { runChecks } from '../checks';\nexport const probe = [formatDate, runChecks];\n",
    );
    expect(messages).toEqual([]);
  });

  it('refuses an import cycle', async () => {
    const messages = await ruleMessages(
      'shared/model/references.ts',
      "import { ProjectSchema } from './project';\nexport const probe = ProjectSchema;\n",
    );
    expect(messages).toEqual([expect.stringMatching(/^import-x\/no-cycle: /)]);
  });
});

describe('the floors of renderer/', () => {
  it('keeps features from importing each other', async () => {
    const messages = await ruleMessages(
      'renderer/features/activities/floorProbe.ts',
      "import { CatalogScreen } from '../catalogs/CatalogScreen';\nexport const probe = CatalogScreen;\n",
    );
    expect(messages).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*renderer\/features\/catalogs/),
    ]);
  });

  it('lets a feature use the shared places below it', async () => {
    const messages = await ruleMessages(
      'renderer/features/activities/floorProbe.ts',
      "import { useDeleteWithUndo } from '../../register/useDeleteWithUndo';\nimport { EmptyState } from '../../common/EmptyState';\nexport const probe = [useDeleteWithUndo, EmptyState];\n",
    );
    expect(messages).toEqual([]);
  });
});
