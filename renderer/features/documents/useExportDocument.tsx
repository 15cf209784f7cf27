import { List, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportContentHash, hasErrors, runChecks, type Finding } from '../../../shared/checks';
import { exportDocument } from '../../../shared/documents';
import type { Language } from '../../../shared/i18n/languages';
import { newId, nowIso, type Project } from '../../../shared/model';
import { describeFileProblem } from '../../../shared/project-file/fileProblems';
import { useDatabase } from '../../app/DatabaseContext';
import { updateProjectCore } from '../../db/items';
import { platform } from '../../platform/platform';
import { localToday } from '../../register/useRegister';
import { useErrorNotifier } from '../../shell/useErrorNotifier';

export type DocumentKind = 'register' | 'policy' | 'vendors';

export interface ExportChoice {
  kind: DocumentKind;
  language: Language;
  audienceId: string | null;
}

/**
 * Exports a document: asks first when a policy would publish a register with errors, renders the .docx,
 * saves it (dialog in Electron, download in a browser) and records the export in the project's history.
 */
export function useExportDocument() {
  const { t, i18n } = useTranslation();
  const uiLanguage = i18n.language as Language;
  const db = useDatabase();
  const notifyError = useErrorNotifier();
  const [busy, setBusy] = useState(false);

  const run = (project: Project, choice: ExportChoice) =>
    notifyError(async () => {
      setBusy(true);
      const notice = notifications.show({
        loading: true,
        autoClose: false,
        withCloseButton: false,
        message: t('documents.exporting'),
      });
      try {
        const today = localToday();
        const result = await exportDocument(project, { ...choice, now: today });
        const saved = await platform.saveDocument({
          suggestedName: result.fileName,
          bytes: result.bytes,
          kind: 'docx',
        });
        notifications.hide(notice);
        if (saved.status === 'cancelled') return;
        if (saved.status === 'failed') {
          notifications.show({
            color: 'red',
            autoClose: false,
            message: t('documents.failed', {
              problem: describeFileProblem(saved.problem, 'save', uiLanguage),
            }),
          });
          return;
        }
        await updateProjectCore(db, project.id, (core) => ({
          ...core,
          exportHistory: [
            ...core.exportHistory,
            {
              id: newId(),
              at: nowIso(),
              kind: choice.kind,
              language: choice.language,
              audienceId: choice.kind === 'policy' ? choice.audienceId : null,
              versionLabel: choice.kind === 'policy' ? project.policy.version || today : today,
              contentHash: exportContentHash(project, { kind: choice.kind, audienceId: choice.audienceId }),
            },
          ],
        }));
        notifications.show({
          color: 'green',
          message: t(platform.kind === 'web' ? 'documents.downloaded' : 'documents.exported', {
            fileName: saved.fileName,
          }),
        });
      } finally {
        notifications.hide(notice);
        setBusy(false);
      }
    });

  const exportWithCheck = (project: Project, choice: ExportChoice) => {
    if (choice.kind !== 'policy') return void run(project, choice);
    const findings = runChecks(project, { today: localToday(), language: uiLanguage });
    if (!hasErrors(findings)) return void run(project, choice);
    const errors = findings.filter((f: Finding) => f.severity === 'error');
    modals.openConfirmModal({
      title: t('documents.errorsTitle'),
      size: 'lg',
      children: (
        <>
          <Text size="sm" mb="xs">
            {t('documents.errorsBody', { count: errors.length })}
          </Text>
          <List size="sm" data-testid="export-errors">
            {errors.map((f) => (
              <List.Item key={f.key}>{f.message}</List.Item>
            ))}
          </List>
        </>
      ),
      labels: { confirm: t('documents.exportAnyway'), cancel: t('documents.fixFirst') },
      confirmProps: { color: 'red' },
      onConfirm: () => void run(project, choice),
    });
  };

  return { exportDocument: exportWithCheck, busy };
}
