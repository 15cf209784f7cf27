import {
  ActionIcon,
  Alert,
  Button,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconAlertTriangle, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { TRANSFER_MECHANISM_LABELS } from '../../../shared/model/vocabulary';
import type { Language } from '../../../shared/i18n/languages';
import { newId, type Activity, type ManualTransfer, type TransferMechanism } from '../../../shared/model';
import { TextField } from '../../register/TextField';
import { CountrySelect, useCountryName } from '../../register/countries';
import { LinkedItemsField } from '../../register/LinkedItemsField';
import { LocalizedTextField, withText } from '../../register/LocalizedTextField';
import { useItems } from '../../register/useRegister';
import { lacksTransferMechanism, thirdCountries } from '../../../shared/model';
import { useCatalogOptions, useCreateInCatalog } from './catalogLinks';

type Update = (change: (activity: Activity) => Activity) => void;

export function RecipientsSection({ activity, update }: { activity: Activity; update: Update }) {
  const { t } = useTranslation();
  const recipients = useCatalogOptions('recipients');
  const vendors = useCatalogOptions('vendors');
  const categories = useCatalogOptions('dataCategories');
  const createRecipient = useCreateInCatalog('recipients');
  const createVendor = useCreateInCatalog('vendors');
  const linkedCategories = categories.filter((c) => activity.dataCategoryIds.includes(c.id));
  return (
    <Stack>
      <LinkedItemsField
        label={t('activities.fields.recipients')}
        options={recipients}
        selectedIds={activity.recipients.map((r) => r.recipientId)}
        hrefFor={(id) => `/recipients/${id}`}
        onCreate={createRecipient}
        onAdd={(id) =>
          update((a) => ({ ...a, recipients: [...a.recipients, { recipientId: id, dataCategoryIds: [] }] }))
        }
        onRemove={(id) =>
          update((a) => ({ ...a, recipients: a.recipients.filter((r) => r.recipientId !== id) }))
        }
      />
      {activity.recipients.length > 0 && linkedCategories.length > 0 && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {activity.recipients.map((link) => (
            <MultiSelect
              key={link.recipientId}
              label={t('activities.fields.recipientData', {
                recipient: recipients.find((r) => r.id === link.recipientId)?.label ?? '',
              })}
              data={linkedCategories.map((c) => ({ value: c.id, label: c.label }))}
              value={link.dataCategoryIds.filter((id) => activity.dataCategoryIds.includes(id))}
              onChange={(ids) =>
                update((a) => ({
                  ...a,
                  recipients: a.recipients.map((r) =>
                    r.recipientId === link.recipientId ? { ...r, dataCategoryIds: ids } : r,
                  ),
                }))
              }
            />
          ))}
        </SimpleGrid>
      )}
      <LinkedItemsField
        label={t('activities.fields.vendors')}
        options={vendors}
        selectedIds={activity.vendorIds}
        hrefFor={(id) => `/vendors/${id}`}
        onCreate={createVendor}
        onAdd={(id) => update((a) => ({ ...a, vendorIds: [...a.vendorIds, id] }))}
        onRemove={(id) => update((a) => ({ ...a, vendorIds: a.vendorIds.filter((x) => x !== id) }))}
      />
    </Stack>
  );
}

/** Transfers derived from the linked vendors' locations, plus the ones entered by hand. */
export function TransfersSection({ activity, update }: { activity: Activity; update: Update }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const countryName = useCountryName();
  const vendors = (useItems('vendors') ?? []).filter((v) => activity.vendorIds.includes(v.id));
  const derived = vendors.filter((v) => thirdCountries(v).length > 0);
  const mechanisms = Object.entries(TRANSFER_MECHANISM_LABELS).map(([value, labels]) => ({
    value,
    label: labels[language],
  }));
  const setTransfer = (id: string, change: (transfer: ManualTransfer) => ManualTransfer) =>
    update((a) => ({ ...a, manualTransfers: a.manualTransfers.map((m) => (m.id === id ? change(m) : m)) }));

  return (
    <Stack>
      <Text size="sm" fw={500}>
        {t('activities.fields.derivedTransfers')}
      </Text>
      {derived.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('activities.fields.noTransfers')}
        </Text>
      ) : (
        <Table withTableBorder data-testid="derived-transfers">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('activities.fields.vendorColumn')}</Table.Th>
              <Table.Th>{t('activities.fields.countriesColumn')}</Table.Th>
              <Table.Th>{t('activities.fields.transferMechanism')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {derived.map((vendor) => (
              <Table.Tr key={vendor.id}>
                <Table.Td>{vendor.name}</Table.Td>
                <Table.Td>{thirdCountries(vendor).map(countryName).join(', ')}</Table.Td>
                <Table.Td>
                  {vendor.transferMechanism
                    ? TRANSFER_MECHANISM_LABELS[vendor.transferMechanism][language]
                    : '—'}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {derived.filter(lacksTransferMechanism).map((vendor) => (
        <Alert key={vendor.id} color="orange" icon={<IconAlertTriangle size={18} aria-hidden />}>
          {t('activities.warnings.vendorWithoutMechanism', { vendor: vendor.name })}
        </Alert>
      ))}
      <Text size="sm" fw={500}>
        {t('activities.fields.manualTransfers')}
      </Text>
      {activity.manualTransfers.map((transfer) => (
        <Paper key={transfer.id} withBorder p="sm">
          <Stack gap="xs">
            <Group align="flex-end" wrap="nowrap">
              <SimpleGrid cols={{ base: 1, sm: 3 }} style={{ flex: 1 }}>
                <CountrySelect
                  label={t('activities.fields.transferCountry')}
                  clearable={false}
                  value={transfer.country}
                  onChange={(country) =>
                    country &&
                    setTransfer(transfer.id, (m) => ({ ...m, country: country as typeof m.country }))
                  }
                />
                <TextField
                  label={t('activities.fields.transferRecipient')}
                  value={transfer.recipient}
                  onCommit={(recipient) => setTransfer(transfer.id, (m) => ({ ...m, recipient }))}
                />
                <Select
                  label={t('activities.fields.transferMechanism')}
                  data={mechanisms}
                  allowDeselect={false}
                  value={transfer.mechanism}
                  onChange={(mechanism) =>
                    mechanism &&
                    setTransfer(transfer.id, (m) => ({ ...m, mechanism: mechanism as TransferMechanism }))
                  }
                />
              </SimpleGrid>
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t('activities.fields.removeTransfer')}
                onClick={() =>
                  update((a) => ({
                    ...a,
                    manualTransfers: a.manualTransfers.filter((m) => m.id !== transfer.id),
                  }))
                }
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
            <LocalizedTextField
              label={t('activities.fields.safeguardsCopy')}
              value={transfer.safeguardsCopy}
              onCommit={(lang, text) =>
                setTransfer(transfer.id, (m) => ({
                  ...m,
                  safeguardsCopy: withText(m.safeguardsCopy, lang, text),
                }))
              }
            />
          </Stack>
        </Paper>
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() =>
            update((a) => ({
              ...a,
              manualTransfers: [
                ...a.manualTransfers,
                { id: newId(), country: 'US', recipient: '', mechanism: 'scc', safeguardsCopy: {} },
              ],
            }))
          }
        >
          {t('activities.fields.addTransfer')}
        </Button>
      </Group>
    </Stack>
  );
}
