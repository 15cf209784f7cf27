import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWindowStateStore, WINDOW_STATE_FILE_NAME } from '../../../../electron/window/windowStateStore';
import { recordingLogger } from '../testLogger';

describe('window state store', () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kartotek-window-'));
    file = path.join(dir, WINDOW_STATE_FILE_NAME);
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('has nothing on first run, without complaint', async () => {
    const log = recordingLogger();
    expect(await createWindowStateStore(file, log).load()).toBeUndefined();
    expect(log.lines).toEqual([]);
  });

  it('remembers the last of several saves across a restart, leaving no temporary files', async () => {
    const store = createWindowStateStore(file, recordingLogger());
    void store.save({ x: 1, y: 2, width: 900, height: 600, maximized: false });
    await store.save({ x: 5, y: 6, width: 1000, height: 700, maximized: true });
    expect(await createWindowStateStore(file, recordingLogger()).load()).toEqual({
      x: 5,
      y: 6,
      width: 1000,
      height: 700,
      maximized: true,
    });
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ maximized: true });
    expect(await readdir(dir)).toEqual([WINDOW_STATE_FILE_NAME]);
  });

  it('falls back to nothing, and says so, when the file is damaged', async () => {
    const log = recordingLogger();
    await writeFile(file, '{ "x": "left" }');
    expect(await createWindowStateStore(file, log).load()).toBeUndefined();
    expect(log.lines.join('\n')).toMatch(/damaged/);
  });

  it('logs a failed save instead of throwing', async () => {
    const log = recordingLogger();
    const blocked = path.join(dir, 'not-a-folder');
    await writeFile(blocked, 'x');
    await createWindowStateStore(path.join(blocked, WINDOW_STATE_FILE_NAME), log).save({
      x: 0,
      y: 0,
      width: 900,
      height: 600,
      maximized: false,
    });
    expect(log.lines.join('\n')).toMatch(/could not save the window state/);
  });
});
