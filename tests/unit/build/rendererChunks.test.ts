import path from 'node:path';
import { build, type Rollup } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';

type OutputChunk = Rollup.OutputChunk;

/**
 * Issue 18: the web build's first page loads without the document code. Vite builds the renderer (not
 * written to disk) and the test follows the entry chunk's static imports, which the page loads before
 * its first paint.
 */
const ROOT = path.resolve(__dirname, '../../..');
/** docx, exceljs, the zip library and its deflate, and the document pipeline (builders, writers, audit pack, workbook). */
const DOCUMENT_CODE =
  /node_modules\/(docx|exceljs|jszip|pako)\/|\/shared\/(documents|auditPack|spreadsheet)\//;
/**
 * The screens reached by a click, with what only they use (the catalog editors, the virtual lists): loaded on
 * first show (App.tsx, shell/sectionScreens.ts), so the start page's scripts, parsed before its first paint,
 * hold none of them.
 */
const SCREENS_SHOWN_LATER =
  /\/renderer\/features\/(catalogs\/(catalogScreens|CatalogScreen|VendorEditor|VendorLibrary|simpleEditors|UsageList)|activities\/ActivitiesScreen|overview\/OverviewScreen|documents\/DocumentsScreen|organisation\/OrganisationScreen|changes\/ChangeLogScreen|wizard\/StarterWizard|files\/CompareScreen|backups\/RestoreScreen)\.tsx$|node_modules\/@tanstack\//;

describe('the web build', () => {
  let chunks: Map<string, OutputChunk>;
  let entry: OutputChunk;

  beforeAll(async () => {
    const result = (await build({
      configFile: path.join(ROOT, 'vite.config.ts'),
      logLevel: 'silent',
      build: { write: false },
    })) as Rollup.RollupOutput;
    const outputs = result.output.filter((o): o is OutputChunk => o.type === 'chunk');
    chunks = new Map(outputs.map((chunk) => [chunk.fileName, chunk]));
    entry = outputs.find((chunk) => chunk.isEntry)!;
  });

  /** The modules of a chunk and of every chunk it imports statically: what loads with it. */
  function loadedWith(chunk: OutputChunk, seen = new Set<string>()): string[] {
    if (seen.has(chunk.fileName)) return [];
    seen.add(chunk.fileName);
    return [...chunk.moduleIds, ...chunk.imports.flatMap((file) => loadedWith(chunks.get(file)!, seen))];
  }

  it('starts without docx, jszip or the document pipeline', () => {
    const modules = loadedWith(entry);
    expect(modules.some((id) => id.includes('/renderer/main.tsx'))).toBe(true);
    expect(modules.filter((id) => DOCUMENT_CODE.test(id))).toEqual([]);
  });

  it('starts without the screens reached by a click, but with the frame and the start screen', () => {
    const modules = loadedWith(entry);
    expect(modules.filter((id) => SCREENS_SHOWN_LATER.test(id))).toEqual([]);
    // No waterfall of lazy chunks before the start page shows: its frame and the projects screen come with it.
    for (const start of ['/renderer/shell/AppLayout.tsx', '/renderer/features/workspace/WorkspaceScreen.tsx'])
      expect(modules.some((id) => id.endsWith(start))).toBe(true);
  });

  it('loads the .docx writer, with docx, through a dynamic import (the export call site)', () => {
    const writer = [...chunks.values()].find((chunk) =>
      chunk.moduleIds.some((id) => id.endsWith('/shared/documents/exportDocument.ts')),
    )!;
    expect([...chunks.values()].some((chunk) => chunk.dynamicImports.includes(writer.fileName))).toBe(true);
    expect(loadedWith(writer).some((id) => /node_modules\/docx\//.test(id))).toBe(true);
  });
});
