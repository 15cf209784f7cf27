import path from 'node:path';
import type { OpenFileRequest } from '../../shared/platform/fileContract';
import { PROJECT_FILE_EXTENSION } from '../../shared/project-file/format';
import type { Logger } from '../log';

/**
 * The project files in a command line: Windows and Linux start the app with the double-clicked
 * file as an argument (argv[0] is the executable; in development argv[1] is the app folder). Flags
 * are skipped, relative paths are resolved against the launching process's working directory.
 */
export function projectFilesInArgv(argv: readonly string[], workingDirectory: string): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(PROJECT_FILE_EXTENSION))
    .map((arg) => path.resolve(workingDirectory, arg));
}

export interface OpenFileRequestQueue {
  /** A file the OS asked to open; delivered at once when the page is ready, else kept until it is. */
  push(filePath: string): void;
  /** The page has loaded (its preload listens): deliver what waited, and future requests at once. */
  attach(send: (request: OpenFileRequest) => void): void;
  /** The page is going away (reload, window closed): keep requests until the next attach. */
  detach(): void;
}

const MAX_QUEUED = 20;

/**
 * Holds OS open requests until the renderer can take them. macOS sends open-file before `ready`,
 * Windows/Linux pass the file in argv, and a second launch forwards its argv: all arrive before or
 * while the window loads. Reading happens on delivery, so the file is read as it is then.
 */
export function createOpenFileRequestQueue(
  read: (filePath: string) => Promise<OpenFileRequest>,
  log: Logger,
): OpenFileRequestQueue {
  const waiting: string[] = [];
  let send: ((request: OpenFileRequest) => void) | null = null;

  const deliver = (filePath: string, to: (request: OpenFileRequest) => void) => {
    read(filePath).then(to, (error: unknown) => log.error('could not deliver a file to open', error));
  };

  return {
    push(filePath) {
      if (send) deliver(filePath, send);
      else if (waiting.length < MAX_QUEUED) waiting.push(filePath);
      else log.warn('too many files waiting to be opened; ignoring one');
    },
    attach(sender) {
      send = sender;
      for (const filePath of waiting.splice(0)) deliver(filePath, sender);
    },
    detach() {
      send = null;
    },
  };
}
