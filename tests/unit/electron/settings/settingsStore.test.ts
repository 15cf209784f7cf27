import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSettingsStore, SETTINGS_FILE_NAME } from '../../../../electron/settings/settingsStore';
import { recordingLogger } from '../testLogger';

describe('settings store', () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kartotek-settings-'));
    file = path.join(dir, SETTINGS_FILE_NAME);
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('starts empty on first run, without complaint', async () => {
    const log = recordingLogger();
    expect(await createSettingsStore(file, log).load()).toEqual({});
    expect(log.lines).toEqual([]);
  });

  it('remembers the UI language for the next start (a new store on the same file)', async () => {
    await createSettingsStore(file, recordingLogger()).update({ uiLanguage: 'sv' });
    expect(await createSettingsStore(file, recordingLogger()).load()).toEqual({ uiLanguage: 'sv' });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ uiLanguage: 'sv' });
    expect(await readdir(dir)).toEqual([SETTINGS_FILE_NAME]);
  });

  it('creates a data folder that does not exist yet', async () => {
    const nested = path.join(dir, 'fresh', SETTINGS_FILE_NAME);
    await createSettingsStore(nested, recordingLogger()).update({ uiLanguage: 'da' });
    expect(await createSettingsStore(nested, recordingLogger()).load()).toEqual({ uiLanguage: 'da' });
  });

  it('falls back to defaults, and says so, when the file is damaged', async () => {
    const log = recordingLogger();
    await writeFile(file, '{ not json');
    expect(await createSettingsStore(file, log).load()).toEqual({});
    expect(log.lines.join('\n')).toMatch(/damaged/);
  });

  it('drops an unknown language instead of failing', async () => {
    await writeFile(file, JSON.stringify({ uiLanguage: 'klingon' }));
    expect(await createSettingsStore(file, recordingLogger()).load()).toEqual({});
  });

  it('runs quick successive updates one after the other; the last one wins', async () => {
    const store = createSettingsStore(file, recordingLogger());
    await Promise.all([store.update({ uiLanguage: 'da' }), store.update({ uiLanguage: 'en' })]);
    expect(await store.load()).toEqual({ uiLanguage: 'en' });
    expect(await readdir(dir)).toEqual([SETTINGS_FILE_NAME]);
  });
});
