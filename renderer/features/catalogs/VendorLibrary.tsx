import { Badge, Button, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconBooks, IconCheck, IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  diffVendorAgainstLibrary,
  searchVendorLibrary,
  vendorFromLibrary,
  type VendorDiffValue,
} from '../../../shared/catalog/vendorLibrary';
import { VENDOR_CATEGORY_LABELS } from '../../../shared/catalog/vendorLibraryTypes';
import { TRANSFER_MECHANISM_LABELS, VENDOR_ROLE_LABELS } from '../../../shared/model/vocabulary';
import type { Language } from '../../../shared/i18n/languages';
import { newId, type Vendor } from '../../../shared/model';
import { useDatabase } from '../../common/DatabaseContext';
import { saveItem } from '../../db/items';
import { useItems, useProjectId } from '../../register/useRegister';
import { VirtualList } from '../../register/VirtualList';
import { useErrorNotifier } from '../../common/useErrorNotifier';

/** A library entry's typical height in px (name, function, details); entries are measured as they render. */
const LIBRARY_ENTRY_HEIGHT = 92;
const idOf = <T extends { id: string }>(entry: T) => entry.id;

/** "Add from library": search the built-in vendor library and add an editable copy in one click. */
export function VendorLibraryButton() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [opened, { open, close }] = useDisclosure(false);
  const [query, setQuery] = useState('');
  const db = useDatabase();
  const projectId = useProjectId();
  const navigate = useNavigate();
  const notifyError = useErrorNotifier();
  const vendors = useItems('vendors') ?? [];
  const inRegister = new Set(vendors.flatMap((v) => (v.libraryRef ? [v.libraryRef.id] : [])));
  const results = useMemo(() => searchVendorLibrary(query, language), [query, language]);

  const add = (entryId: string, name: string) =>
    void notifyError(async () => {
      const vendor = vendorFromLibrary(entryId, newId());
      if (!vendor) return;
      await saveItem(db, projectId, 'vendors', vendor);
      notifications.show({ color: 'green', message: t('catalogs.library.addedNotice', { name }) });
      close();
      navigate(`/vendors/${vendor.id}`);
    });

  return (
    <>
      <Button variant="default" leftSection={<IconBooks size={18} aria-hidden />} onClick={open}>
        {t('catalogs.library.open')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('catalogs.library.title')} size="xl">
        <Stack>
          <Text size="sm" c="dimmed">
            {t('catalogs.library.intro')}
          </Text>
          <TextInput
            data-autofocus
            leftSection={<IconSearch size={16} aria-hidden />}
            label={t('catalogs.library.search')}
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
          />
          {results.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('catalogs.library.noResults', { query })}
            </Text>
          ) : (
            <VirtualList
              items={results}
              getKey={idOf}
              estimateSize={LIBRARY_ENTRY_HEIGHT}
              maxHeight="60vh"
              gap={10}
              itemTestId="library-entry"
              aria-label={t('catalogs.library.title')}
              renderItem={(entry) => {
                const added = inRegister.has(entry.id);
                return (
                  <Group
                    justify="space-between"
                    wrap="nowrap"
                    p="xs"
                    style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
                  >
                    <div style={{ minWidth: 0 }}>
                      <Group gap={6}>
                        <Text fw={600}>{entry.name}</Text>
                        {entry.verification.status === 'checkBeforeUse' && (
                          <Badge color="yellow" variant="filled" autoContrast size="sm">
                            {t('catalogs.library.checkBeforeUse')}
                          </Badge>
                        )}
                        {entry.role === 'independentController' && (
                          <Badge color="dark" variant="outline" size="sm">
                            {t('catalogs.library.independentController')}
                          </Badge>
                        )}
                      </Group>
                      <Text size="sm">{entry.function[language]}</Text>
                      <Text size="xs" c="dimmed">
                        {VENDOR_CATEGORY_LABELS[entry.category][language]}
                        {entry.legalEntity && ` · ${entry.legalEntity}`}
                        {entry.processingLocations.length > 0 &&
                          ` · ${t('catalogs.library.locations')}: ${entry.processingLocations.join(', ')}`}
                        {entry.transferMechanism &&
                          ` · ${TRANSFER_MECHANISM_LABELS[entry.transferMechanism][language]}`}
                      </Text>
                    </div>
                    {added ? (
                      <Badge
                        leftSection={<IconCheck size={12} aria-hidden />}
                        variant="filled"
                        color="teal.9"
                        style={{ flexShrink: 0 }}
                      >
                        {t('catalogs.library.added')}
                      </Badge>
                    ) : (
                      <Button
                        size="xs"
                        variant="light"
                        leftSection={<IconPlus size={14} aria-hidden />}
                        aria-label={t('catalogs.library.add', { name: entry.name })}
                        onClick={() => add(entry.id, entry.name)}
                        style={{ flexShrink: 0 }}
                      >
                        {t('register.addItem')}
                      </Button>
                    )}
                  </Group>
                );
              }}
            />
          )}
        </Stack>
      </Modal>
    </>
  );
}

/** Where the user's copy of a library vendor differs from the library; nothing is overwritten. */
export function LibraryDifferences({ vendor }: { vendor: Vendor }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  if (!vendor.libraryRef) return null;
  const differences = diffVendorAgainstLibrary(vendor);
  const show = (field: string, value: VendorDiffValue): string => {
    if (value === null || value === '') return '—';
    if (Array.isArray(value)) return value.join(', ') || '—';
    if (field === 'role') return VENDOR_ROLE_LABELS[value as Vendor['role']]?.[language] ?? String(value);
    if (field === 'transferMechanism')
      return (
        TRANSFER_MECHANISM_LABELS[value as NonNullable<Vendor['transferMechanism']>]?.[language] ??
        String(value)
      );
    return String(value);
  };
  return (
    <section aria-label={t('catalogs.library.differences')} data-testid="library-differences">
      <Text size="sm" fw={600}>
        {t('catalogs.library.differences')}
      </Text>
      {differences.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('catalogs.library.differencesNone')}
        </Text>
      ) : (
        <>
          <Table withTableBorder mt={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('catalogs.library.differenceField')}</Table.Th>
                <Table.Th>{t('catalogs.library.differenceYours')}</Table.Th>
                <Table.Th>{t('catalogs.library.differenceLibrary')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {differences.map((d) => (
                <Table.Tr key={d.field}>
                  <Table.Td>{t(`catalogs.library.fields.${d.field}`)}</Table.Td>
                  <Table.Td>{show(d.field, d.yours)}</Table.Td>
                  <Table.Td>{show(d.field, d.library)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="xs" c="dimmed" mt={4}>
            {t('catalogs.library.differencesNote')}
          </Text>
        </>
      )}
    </section>
  );
}
