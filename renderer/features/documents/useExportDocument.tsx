import { List, Text, Textarea } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { exportContentHash, type Finding } from '../../../shared/checks';
import { exportBlockers, hasExportBlockers } from '../../../shared/documents/exportBlockers';
import type { Language } from '../../../shared/i18n/languages';
import { newId, nowIso, type ExportRecord, type Project } from '../../../shared/model';
import { describeFileProblem } from '../../../shared/project-file/fileProblems';
import { useDatabase } from '../../common/DatabaseContext';
import { updateProjectCore } from '../../db/items';
import { platform } from '../../platform/platform';
import { localToday } from '../../register/useRegister';
import { useErrorNotifier } from '../../common/useErrorNotifier';

export type DocumentKind = 'register' | 'policy' | 'vendors';

export interface ExportChoice {
  kind: DocumentKind;
  language: Language;
  audienceId: string | null;
}

/** What the user does with the document: a Word file, a web page, or the HTML copied for a website's editor. */
export type ExportAction = 'docx' | 'html' | 'copy' | 'xlsx';

interface Rendered {
  fileName: string;
  bytes: Uint8Array;
  fileKind: 'docx' | 'zip' | 'html' | 'xlsx';
  record: Omit<ExportRecord, 'id' | 'at'>;
}

/**
 * Exports documents: asks first when a policy would publish a register with errors, renders, saves (dialog in
 * Electron, download in a browser) and records every export in the project's history.
 */
export function useExportDocument() {
  const { t, i18n } = useTranslation();
  const uiLanguage = i18n.language as Language;
  const db = useDatabase();
  const notifyError = useErrorNotifier();
  const [busy, setBusy] = useState(false);
  const navigate = useNavigate();

  const record = (project: Project, rendered: Rendered) =>
    updateProjectCore(db, project.id, (core) => ({
      ...core,
      exportHistory: [...core.exportHistory, { id: newId(), at: nowIso(), ...rendered.record }],
    }));

  /** Renders with a progress notice, saves, and records the export; cancelling the save records nothing. */
  const renderAndSave = (
    project: Project,
    render: (today: string) => Promise<Rendered>,
    progress: string = t('documents.exporting'),
  ) =>
    notifyError(async () => {
      setBusy(true);
      const notice = notifications.show({
        loading: true,
        autoClose: false,
        withCloseButton: false,
        message: progress,
      });
      try {
        const rendered = await render(localToday());
        const saved = await platform.saveDocument({
          suggestedName: rendered.fileName,
          bytes: rendered.bytes,
          kind: rendered.fileKind,
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
        await record(project, rendered);
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

  /** The history's record of an export: the Word file, the web page and the copied HTML say the same. */
  const exportRecord = (
    project: Project,
    choice: ExportChoice,
    today: string,
    editionDate: string,
    draft: boolean,
  ): Rendered['record'] => {
    const audienceId = choice.kind === 'policy' ? choice.audienceId : null;
    return {
      kind: choice.kind,
      language: choice.language,
      audienceId,
      versionLabel: choice.kind === 'policy' ? project.policy.version || today : today,
      editionDate,
      draft,
      // The register's content hash, not the file's: the drift check compares it with the register later.
      contentHash: exportContentHash(project, { kind: choice.kind, audienceId }),
    };
  };

  const saveWord = (project: Project, choice: ExportChoice, draft: boolean) =>
    renderAndSave(project, async (today) => {
      // Loaded here, not with the app: docx and jszip are most of the page's code, needed only to export.
      const { exportDocument } = await import('../../../shared/documents/exportDocument');
      const result = await exportDocument(project, { ...choice, now: today, draft });
      return {
        fileName: result.fileName,
        bytes: result.bytes,
        fileKind: 'docx',
        record: exportRecord(project, choice, today, result.editionDate, draft),
      };
    });

  const saveWebPage = (project: Project, choice: ExportChoice, draft: boolean) =>
    renderAndSave(
      project,
      async (today) => {
        const { exportWebDocument } = await import('../../../shared/documents/exportDocument');
        const result = exportWebDocument(project, { ...choice, now: today, draft });
        return {
          fileName: result.fileName,
          bytes: new TextEncoder().encode(result.page),
          fileKind: 'html',
          record: exportRecord(project, choice, today, result.editionDate, draft),
        };
      },
      t('documents.exportingHtml'),
    );

  /**
   * The HTML for a website's editor, on the clipboard; where the clipboard cannot be written (a browser that
   * refuses), the text is shown to copy by hand. Either way it is recorded as published.
   */
  const copyHtml = (project: Project, choice: ExportChoice, draft: boolean) =>
    notifyError(async () => {
      const today = localToday();
      const { exportWebDocument } = await import('../../../shared/documents/exportDocument');
      const result = exportWebDocument(project, { ...choice, now: today, draft });
      await record(project, {
        fileName: result.fileName,
        bytes: new Uint8Array(),
        fileKind: 'html',
        record: exportRecord(project, choice, today, result.editionDate, draft),
      });
      try {
        await navigator.clipboard.writeText(result.fragment);
        notifications.show({ color: 'green', message: t('documents.copied') });
      } catch {
        modals.open({
          title: t('documents.copyFallbackTitle'),
          size: 'xl',
          children: (
            <>
              <Text size="sm" mb="sm">
                {t('documents.copyFallbackBody')}
              </Text>
              <Textarea
                readOnly
                autosize
                maxRows={16}
                value={result.fragment}
                data-testid="copy-fallback"
                onFocus={(event) => event.currentTarget.select()}
                data-autofocus
              />
            </>
          ),
        });
      }
    });

  /** The register as a workbook; exceljs is loaded only now. */
  const saveWorkbook = (project: Project, choice: ExportChoice, draft: boolean) =>
    renderAndSave(
      project,
      async (today) => {
        const { exportRegisterXlsx } = await import('../../../shared/spreadsheet');
        const result = await exportRegisterXlsx(project, { language: choice.language, now: today, draft });
        return {
          fileName: result.fileName,
          bytes: result.bytes,
          fileKind: 'xlsx',
          record: exportRecord(project, choice, today, '', draft),
        };
      },
      t('documents.exportingXlsx'),
    );

  const run = (project: Project, choice: ExportChoice, action: ExportAction, draft = false) => {
    if (action === 'docx') return saveWord(project, choice, draft);
    if (action === 'html') return saveWebPage(project, choice, draft);
    if (action === 'xlsx') return saveWorkbook(project, choice, draft);
    return copyHtml(project, choice, draft);
  };

  /**
   * A register or policy is written as final only when everything it prints is confirmed and the check finds
   * no error; otherwise the user is told what stands in the way, and chooses to confirm first or to export a
   * draft. Never a silent final export.
   */
  const exportWithCheck = (project: Project, choice: ExportChoice, action: ExportAction = 'docx') => {
    if (choice.kind === 'vendors') return void run(project, choice, action);
    const blockers = exportBlockers(project, choice.kind, {
      audienceId: choice.kind === 'policy' ? choice.audienceId : null,
      today: localToday(),
      language: uiLanguage,
    });
    if (!hasExportBlockers(blockers)) return void run(project, choice, action);
    const first = blockers.unconfirmed[0] ?? blockers.errors[0]!;
    const group = (testId: string, heading: string, findings: readonly Finding[]) =>
      findings.length > 0 && (
        <>
          <Text size="sm" fw={600} mt="sm" mb={4}>
            {heading}
          </Text>
          <List size="sm" data-testid={testId}>
            {findings.map((f) => (
              <List.Item key={f.key}>{f.message}</List.Item>
            ))}
          </List>
        </>
      );
    modals.openConfirmModal({
      title: t('documents.blockedTitle'),
      size: 'lg',
      children: (
        <>
          <Text size="sm">{t('documents.blockedBody')}</Text>
          {group(
            'export-unconfirmed',
            t('documents.blockedUnconfirmed', { count: blockers.unconfirmed.length }),
            blockers.unconfirmed,
          )}
          {group(
            'export-errors',
            t('documents.blockedErrors', { count: blockers.errors.length }),
            blockers.errors,
          )}
        </>
      ),
      labels: { confirm: t('documents.exportDraft'), cancel: t('documents.confirmFirst') },
      // Closing the dialog otherwise (Escape, ×) only closes it; the button takes the user to the list.
      onCancel: () => void navigate(`/${first.fix.screen}`),
      onConfirm: () => void run(project, choice, action, true),
    });
  };

  /** The D-mærket audit pack: every document of the register in one .zip. */
  const exportAuditPack = (project: Project, language: Language) =>
    void renderAndSave(project, async (today) => {
      const { buildAuditPack } = await import('../../../shared/auditPack');
      const pack = await buildAuditPack(project, { language, now: today, today });
      return {
        fileName: pack.fileName,
        bytes: pack.bytes,
        fileKind: 'zip',
        record: {
          kind: 'audit-pack',
          language,
          audienceId: null,
          versionLabel: today,
          editionDate: '',
          draft: false,
          contentHash: exportContentHash(project, { kind: 'register', audienceId: null }),
        },
      };
    });

  return { exportDocument: exportWithCheck, exportAuditPack, busy };
}
