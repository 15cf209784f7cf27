import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  Menu,
  Paper,
  Select,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconChevronDown,
  IconClipboardCopy,
  IconDownload,
  IconPackageExport,
  IconTable,
  IconWorldWww,
} from '@tabler/icons-react';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { driftSince } from '../../../shared/checks';
import { buildDocument } from '../../../shared/documents/buildDocument';
import { PREVIEW_STYLESHEET } from '../../../shared/documents/html/previewStyles';
import { renderHtml } from '../../../shared/documents/html/renderHtml';
import { LANGUAGE_NATIVE_NAMES, type Language } from '../../../shared/i18n/languages';
import { localToday, useDisplayText, useProjectSnapshot } from '../../register/useRegister';
import { useFormatDateTime } from '../../common/useFormatDate';
import { useExportDocument, type DocumentKind } from './useExportDocument';

const KINDS: DocumentKind[] = ['register', 'policy', 'vendors'];
const ALL = '\u0000all';

/** Picks a document, language and audience; shows the live preview; exports to Word. */
export function DocumentsScreen() {
  const { t } = useTranslation();
  const project = useProjectSnapshot();
  const display = useDisplayText();
  const formatDateTime = useFormatDateTime();
  const { exportDocument, exportAuditPack, busy } = useExportDocument();
  const [kind, setKind] = useState<DocumentKind>('policy');
  const [chosenLanguage, setLanguage] = useState<Language | null>(null);
  const [chosenAudience, setAudience] = useState<string | null>(null);
  const deferred = useDeferredValue(project);

  const languages = project?.documentLanguages.languages ?? [];
  const language =
    chosenLanguage && languages.includes(chosenLanguage)
      ? chosenLanguage
      : (project?.documentLanguages.primary ?? 'en');
  const audiences = project?.audiences ?? [];
  const audienceId =
    chosenAudience && audiences.some((a) => a.id === chosenAudience)
      ? chosenAudience
      : (audiences[0]?.id ?? null);
  const effectiveAudience = kind === 'policy' ? audienceId : null;

  const built = useMemo(
    () =>
      deferred
        ? buildDocument(deferred, { kind, language, audienceId: effectiveAudience, now: localToday() })
        : null,
    [deferred, kind, language, effectiveAudience],
  );
  const html = useMemo(() => (built ? renderHtml(built.document) : ''), [built]);
  if (!project || !built) return null;

  return (
    <Stack maw={1200}>
      <div>
        <Title order={2}>{t('section.documentsTitle')}</Title>
        <Text c="dimmed" size="sm">
          {t('section.documentsBody')}
        </Text>
      </div>
      <Paper withBorder p="md">
        <Group align="flex-end" gap="md" wrap="wrap">
          <div>
            <Text size="sm" fw={500} id="document-kind-label" mb={4}>
              {t('documents.document')}
            </Text>
            <SegmentedControl
              aria-labelledby="document-kind-label"
              value={kind}
              onChange={(value) => setKind(value as DocumentKind)}
              data={KINDS.map((k) => ({ value: k, label: t(`documents.kinds.${k}`) }))}
            />
          </div>
          <Select
            label={t('documents.language')}
            allowDeselect={false}
            data={languages.map((l) => ({ value: l, label: LANGUAGE_NATIVE_NAMES[l] }))}
            value={language}
            onChange={(value) => value && setLanguage(value as Language)}
            w={160}
          />
          {kind === 'policy' && (
            <Select
              label={t('documents.audience')}
              allowDeselect={false}
              data={[
                ...audiences.map((a) => ({ value: a.id, label: display(a.name) || t('register.unnamed') })),
                { value: ALL, label: t('documents.allAudiences') },
              ]}
              value={audienceId ?? ALL}
              onChange={(value) => setAudience(value === ALL ? null : value)}
              w={300}
            />
          )}
          <Button
            leftSection={<IconDownload size={18} aria-hidden />}
            loading={busy}
            onClick={() => exportDocument(project, { kind, language, audienceId: effectiveAudience })}
          >
            {t('documents.export')}
          </Button>
          {kind === 'register' && (
            <Button
              variant="default"
              leftSection={<IconTable size={18} aria-hidden />}
              loading={busy}
              onClick={() => exportDocument(project, { kind, language, audienceId: null }, 'xlsx')}
            >
              {t('documents.exportXlsx')}
            </Button>
          )}
          {/* The register is an internal record: only the policy and the vendor overview go on a website. */}
          {kind !== 'register' && (
            <Menu position="bottom-start" withinPortal>
              <Menu.Target>
                <Button
                  variant="default"
                  leftSection={<IconWorldWww size={18} aria-hidden />}
                  rightSection={<IconChevronDown size={16} aria-hidden />}
                  loading={busy}
                  title={t('documents.webHint')}
                >
                  {t('documents.web')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item
                  leftSection={<IconDownload size={16} aria-hidden />}
                  onClick={() =>
                    exportDocument(project, { kind, language, audienceId: effectiveAudience }, 'html')
                  }
                >
                  {t('documents.exportHtml')}
                </Menu.Item>
                <Menu.Item
                  leftSection={<IconClipboardCopy size={16} aria-hidden />}
                  onClick={() =>
                    exportDocument(project, { kind, language, audienceId: effectiveAudience }, 'copy')
                  }
                >
                  {t('documents.copyHtml')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )}
          <Button
            variant="default"
            leftSection={<IconPackageExport size={18} aria-hidden />}
            loading={busy}
            onClick={() => exportAuditPack(project, language)}
            title={t('documents.auditPackHint')}
          >
            {t('documents.auditPack')}
          </Button>
        </Group>
      </Paper>

      {built.fallbacks.length > 0 && (
        <Alert
          color="yellow"
          icon={<IconAlertTriangle size={18} aria-hidden />}
          title={t('documents.fallbacksTitle', { count: built.fallbacks.length })}
          data-testid="fallbacks"
        >
          <Text size="sm">
            {t('documents.fallbacksBody', {
              language: LANGUAGE_NATIVE_NAMES[project.documentLanguages.primary],
            })}
          </Text>
          <List size="sm" mt={4}>
            {built.fallbacks.slice(0, 30).map((f, index) => (
              <List.Item key={`${f.id}-${f.field}-${index}`}>
                {f.itemName || t('register.unnamed')} — {f.field}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}

      <Paper
        withBorder
        component="section"
        aria-label={t('documents.previewTitle', { document: t(`documents.kinds.${kind}`) })}
        data-testid="document-preview"
        lang={language}
        style={{ maxHeight: '70vh', overflow: 'auto', background: 'white', color: '#1a1a1a' }}
        tabIndex={0}
      >
        <style>{PREVIEW_STYLESHEET}</style>
        {/* The preview HTML comes from shared/documents/html: every user text is escaped there, links are
            http(s) only and images data: URLs; the page's CSP forbids scripts besides. */}
        <div dangerouslySetInnerHTML={{ __html: html }} />
      </Paper>

      <Paper withBorder p="md" component="section" aria-labelledby="export-history-title">
        <Title order={3} size="h4" id="export-history-title" mb="sm">
          {t('documents.history')}
        </Title>
        {project.exportHistory.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('documents.historyEmpty')}
          </Text>
        ) : (
          <Table data-testid="export-history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('documents.historyColumns.at')}</Table.Th>
                <Table.Th>{t('documents.historyColumns.document')}</Table.Th>
                <Table.Th>{t('documents.historyColumns.language')}</Table.Th>
                <Table.Th>{t('documents.historyColumns.version')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...project.exportHistory].reverse().map((record) => {
                const outdated = record.kind !== 'audit-pack' && driftSince(project, record).changed === true;
                const audience = audiences.find((a) => a.id === record.audienceId);
                return (
                  <Table.Tr key={record.id}>
                    <Table.Td>{formatDateTime(record.at)}</Table.Td>
                    <Table.Td>
                      {record.kind === 'audit-pack'
                        ? t('documents.auditPack')
                        : t(`documents.kinds.${record.kind}`)}
                      {audience && ` — ${display(audience.name)}`}
                    </Table.Td>
                    <Table.Td>{LANGUAGE_NATIVE_NAMES[record.language]}</Table.Td>
                    <Table.Td>{record.versionLabel}</Table.Td>
                    <Table.Td>
                      {outdated && (
                        <Text size="xs" c="red.8">
                          {t('documents.outdated')}{' '}
                          <Anchor component={Link} to="/changes" size="xs">
                            {t('documents.showChanges')}
                          </Anchor>
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  );
}
