import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/platform/contract';
import type { BackupInfo } from '../../../shared/platform/fileContract';
import { platform } from '../../platform/platform';

/**
 * The backups the host keeps (null while they are listed), why listing them failed, and where the host
 * keeps them (AppInfo). Read once when the screen opens.
 */
export function useBackups() {
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);

  useEffect(() => {
    let live = true;
    platform.listBackups().then(
      (list) => live && setBackups(list),
      (error: unknown) => live && setFailed(error instanceof Error ? error.message : String(error)),
    );
    void platform.getAppInfo().then((appInfo) => live && setInfo(appInfo));
    return () => {
      live = false;
    };
  }, []);

  return { backups, failed, info };
}
