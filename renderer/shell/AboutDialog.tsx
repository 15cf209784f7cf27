import { Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../shared/platform/contract';
import type { StoragePersistence } from '../db/workspace';
import { platform } from '../platform/platform';

export function AboutDialog({
  opened,
  onClose,
  persistence,
}: {
  opened: boolean;
  onClose(): void;
  persistence: StoragePersistence;
}) {
  const { t } = useTranslation();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    if (opened) void platform.getAppInfo().then(setInfo);
  }, [opened]);
  const storageText = {
    persistent: t('about.storagePersistent'),
    notPersistent: t('about.storageNotPersistent'),
    unknown: t('about.storageUnknown'),
  }[persistence];
  return (
    <Modal opened={opened} onClose={onClose} title={t('about.title')} centered>
      <Stack>
        <Text fw={600}>{t('app.name')}</Text>
        <Text size="sm">{t('app.tagline')}</Text>
        {info && (
          <Table variant="vertical" withTableBorder>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={160}>{t('about.version')}</Table.Th>
                <Table.Td>{info.version}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('about.host')}</Table.Th>
                <Table.Td>{info.host === 'electron' ? t('about.hostElectron') : t('about.hostWeb')}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('about.dataFolder')}</Table.Th>
                <Table.Td style={{ wordBreak: 'break-all' }}>
                  {info.dataDirectory ?? t('about.browserStorage')}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('about.storage')}</Table.Th>
                <Table.Td>{storageText}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        )}
        <Group justify="flex-end">
          {/* Only the desktop app has a data folder to show; in a browser the profile holds the data. */}
          {info?.host === 'electron' && (
            <Button variant="default" onClick={() => void platform.openDataFolder()}>
              {t('about.openDataFolder')}
            </Button>
          )}
          <Button onClick={onClose}>{t('about.close')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
