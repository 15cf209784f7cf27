import { describe, expect, it } from 'vitest';
import { createOpenFileRequestQueue, projectFilesInArgv } from '../../../../electron/files/openFileRequests';
import type { OpenFileRequest } from '../../../../shared/platform/fileContract';
import { recordingLogger } from '../testLogger';

const opened = (path: string): OpenFileRequest => ({ status: 'opened', fileName: path, path, text: '{}' });
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('projectFilesInArgv', () => {
  it('finds .kartotek files, skipping the executable and flags, resolving relative paths', () => {
    expect(
      projectFilesInArgv(
        [
          '/opt/Kartotek/kartotek',
          '--no-sandbox',
          'Kunde.kartotek',
          '/home/a/B.KARTOTEK',
          'notes.txt',
          '--x=a.kartotek',
        ],
        '/home/a/Downloads',
      ),
    ).toEqual(['/home/a/Downloads/Kunde.kartotek', '/home/a/B.KARTOTEK']);
    expect(projectFilesInArgv(['electron', '.'], '/repo')).toEqual([]);
  });
});

describe('open file request queue', () => {
  it('keeps requests until the page is attached, then delivers them in order, later ones at once', async () => {
    const queue = createOpenFileRequestQueue(async (path) => opened(path), recordingLogger());
    const delivered: OpenFileRequest[] = [];
    queue.push('/a.kartotek');
    queue.push('/b.kartotek');
    await flush();
    expect(delivered).toEqual([]);
    queue.attach((request) => delivered.push(request));
    await flush();
    queue.push('/c.kartotek');
    await flush();
    expect(delivered.map((r) => (r.status === 'opened' ? r.path : r.status))).toEqual([
      '/a.kartotek',
      '/b.kartotek',
      '/c.kartotek',
    ]);
  });

  it('keeps requests again while the page reloads', async () => {
    const queue = createOpenFileRequestQueue(async (path) => opened(path), recordingLogger());
    const first: OpenFileRequest[] = [];
    const second: OpenFileRequest[] = [];
    queue.attach((request) => first.push(request));
    queue.detach();
    queue.push('/a.kartotek');
    await flush();
    queue.attach((request) => second.push(request));
    await flush();
    expect(first).toEqual([]);
    expect(second).toHaveLength(1);
  });

  it('holds at most 20 waiting files', async () => {
    const log = recordingLogger();
    const queue = createOpenFileRequestQueue(async (path) => opened(path), log);
    for (let i = 0; i < 25; i++) queue.push(`/${i}.kartotek`);
    const delivered: OpenFileRequest[] = [];
    queue.attach((request) => delivered.push(request));
    await flush();
    expect(delivered).toHaveLength(20);
    expect(log.lines.filter((line) => line.includes('too many'))).toHaveLength(5);
  });
});
