import { useSyncExternalStore } from 'react';
import type { Project } from '../../shared/model';

/**
 * What the file commands have in hand between one step and the next: the dialog on screen and the
 * file waiting on the Compare screen. A small store outside React, because the commands start in
 * many places (native menu, the web File menu, shortcuts, a drop, the OS) and the dialogs are shown
 * in one (FileController), while the file being compared outlives any one screen.
 */
export interface IncomingFile {
  fileName: string;
  /** Where it lies, as the host reported it; null on the web and for dropped files. */
  path: string | null;
  /** The file's project, fully validated (parseProjectFile), not yet in the database. */
  project: Project;
}

export interface ExistingProject {
  id: string;
  name: string;
  deleted: boolean;
}

export type FileDialog =
  | { kind: 'problem'; title: string; fileName: string | null; message: string; nothingChanged: boolean }
  | { kind: 'choice'; file: IncomingFile; existing: ExistingProject }
  | null;

interface FileSession {
  dialog: FileDialog;
  compare: IncomingFile | null;
}

let session: FileSession = { dialog: null, compare: null };
const listeners = new Set<() => void>();

function update(patch: Partial<FileSession>): void {
  session = { ...session, ...patch };
  listeners.forEach((listener) => listener());
}

export const fileSession = {
  showDialog: (dialog: FileDialog) => update({ dialog }),
  closeDialog: () => update({ dialog: null }),
  startCompare: (file: IncomingFile) => update({ dialog: null, compare: file }),
  endCompare: () => update({ compare: null }),
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useFileSession(): FileSession {
  return useSyncExternalStore(subscribe, () => session);
}
