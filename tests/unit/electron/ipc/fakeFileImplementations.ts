import type { FileIpcImplementations } from '../../../../electron/ipc/ipcImplementations';

/** File calls that only record what they were asked, for routing tests. */
export function fakeFileImplementations(calls: string[]): FileIpcImplementations {
  return {
    openProjectFile: async () => {
      calls.push('openProjectFile');
      return { status: 'cancelled' };
    },
    saveProjectFile: async (request) => {
      calls.push(`saveProjectFile:${request.path ?? 'dialog'}`);
      return { status: 'cancelled' };
    },
    saveDocument: async (request) => {
      calls.push(`saveDocument:${request.kind}:${request.bytes.byteLength}`);
      return { status: 'cancelled' };
    },
    listBackups: async (projectId) => {
      calls.push(`listBackups:${projectId ?? 'all'}`);
      return [];
    },
    readBackup: async (id) => {
      calls.push(`readBackup:${id}`);
      return { status: 'failed', problem: { code: 'notFound', fileName: id } };
    },
    createBackup: async (request) => {
      calls.push(`createBackup:${request.projectId}:${request.reason}`);
      return { status: 'notDue' };
    },
    getRecentFiles: async () => {
      calls.push('getRecentFiles');
      return [];
    },
    openRecentFile: async (path) => {
      calls.push(`openRecentFile:${path}`);
      return { status: 'cancelled' };
    },
  };
}
