// Writes shared/project-file/kartotek.schema.json, the published JSON Schema of the .kartotek format,
// from the zod model (z.toJSONSchema). Run after changing the model:
//   node build/scripts/generate-schema.mjs           write the file
//   node build/scripts/generate-schema.mjs --check   exit 1 when the committed file is out of date
// tests/unit/project-file/jsonSchema.test.ts makes the same comparison, so a stale file fails the tests.
// The TypeScript model is bundled in memory with esbuild (already a dev dependency): no new packages.
import { build } from 'esbuild';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const target = path.join(root, 'shared/project-file/kartotek.schema.json');

const bundle = await build({
  stdin: {
    contents: "export { projectFileJsonSchemaText } from './shared/project-file/schema';",
    resolveDir: root,
    loader: 'ts',
    sourcefile: 'generate-schema-entry.ts',
  },
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  write: false,
  logLevel: 'warning',
});
const code = bundle.outputFiles[0].text;
const { projectFileJsonSchemaText } = await import(
  `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
);
const text = projectFileJsonSchemaText();

if (process.argv.includes('--check')) {
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== text) {
    console.error(
      `${path.relative(root, target)} is out of date: run node build/scripts/generate-schema.mjs`,
    );
    process.exit(1);
  }
  console.log(`${path.relative(root, target)} is up to date`);
} else {
  await writeFile(target, text);
  console.log(`wrote ${path.relative(root, target)} (${Math.round(text.length / 1024)} KiB)`);
}
