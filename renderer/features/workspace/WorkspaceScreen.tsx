import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileImport, IconHistory, IconPlus, IconWand } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useCurrentProject } from '../../common/CurrentProjectContext';
import { useDatabase } from '../../common/DatabaseContext';
import { EmptyState } from '../../common/EmptyState';
import { useErrorNotifier } from '../../common/useErrorNotifier';
import { useFileActions } from '../../common/useFileActions';
import { listProjectSummaries, type ProjectSummary } from '../../db/workspace';
import { useUiLanguage } from '../../i18n/uiLanguage';
import { DeletedProjectCard, ProjectCard } from './ProjectCards';
import { ProjectNameModal } from './ProjectNameModal';
import { splitProjects } from './projectList';
import { useProjectActions } from './useProjectActions';

type Dialog = { kind: 'create' } | { kind: 'rename'; project: ProjectSummary } | null;

const plainList = { p: 0, m: 0, style: { listStyle: 'none' } } as const;

/** The projects on this computer: open, create, rename, duplicate, delete and bring back. */
export function WorkspaceScreen() {
  const { t } = useTranslation();
  const db = useDatabase();
  const [uiLanguage] = useUiLanguage();
  const { projectId: openId } = useCurrentProject();
  const summaries = useLiveQuery(() => listProjectSummaries(db), [db]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [searchParams, setSearchParams] = useSearchParams();
  const notifyError = useErrorNotifier();
  const actions = useProjectActions();

  // File → New project in the native menu arrives as ?new=1.
  const wantsNew = searchParams.get('new') === '1';
  const closeDialog = () => {
    setDialog(null);
    if (wantsNew) setSearchParams({}, { replace: true });
  };

  const { active, deleted } = splitProjects(summaries);

  return (
    <Stack maw={900}>
      <WorkspaceHeader onNewProject={() => setDialog({ kind: 'create' })} />

      {summaries && active.length === 0 && (
        <EmptyState title={t('workspace.emptyTitle')} body={t('workspace.emptyBody')} />
      )}

      <Stack gap="sm" component="ul" {...plainList} aria-label={t('workspace.title')}>
        {active.map((summary) => (
          <ProjectCard
            key={summary.id}
            summary={summary}
            isOpen={summary.id === openId}
            actions={actions}
            onRename={() => setDialog({ kind: 'rename', project: summary })}
          />
        ))}
      </Stack>

      {deleted.length > 0 && (
        <section aria-labelledby="recently-deleted">
          <Title order={3} size="h4" id="recently-deleted" mt="lg" mb="xs">
            {t('workspace.recentlyDeleted')}
          </Title>
          <Stack gap="xs" component="ul" {...plainList}>
            {deleted.map((summary) => (
              <DeletedProjectCard key={summary.id} summary={summary} actions={actions} />
            ))}
          </Stack>
        </section>
      )}

      <Group>
        <Button
          component={Link}
          to="/backups"
          variant="subtle"
          size="compact-sm"
          leftSection={<IconHistory size={16} aria-hidden />}
        >
          {t('files.workspace.backups')}
        </Button>
      </Group>

      {(dialog?.kind === 'create' || wantsNew) && (
        <ProjectNameModal
          opened
          title={t('workspace.newProject')}
          submitLabel={t('workspace.create')}
          initial={{ name: '', language: uiLanguage }}
          askLanguage
          onSubmit={(values) =>
            notifyError(async () => {
              const project = await actions.create(values);
              closeDialog();
              actions.open(project.id);
            })
          }
          onClose={closeDialog}
        />
      )}
      {dialog?.kind === 'rename' && (
        <ProjectNameModal
          opened
          title={t('workspace.renameTitle')}
          submitLabel={t('workspace.save')}
          initial={{ name: dialog.project.name, language: uiLanguage }}
          askLanguage={false}
          onSubmit={(values) =>
            notifyError(async () => {
              await actions.rename(dialog.project.id, values);
              closeDialog();
            })
          }
          onClose={closeDialog}
        />
      )}
    </Stack>
  );
}

/** The screen's title and intro, and the three ways to a new project: a template, a file, or empty. */
function WorkspaceHeader({ onNewProject }: { onNewProject(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const files = useFileActions();
  return (
    <Group justify="space-between" align="flex-start">
      <div>
        <Title order={2}>{t('workspace.title')}</Title>
        <Text c="dimmed" size="sm" maw={600}>
          {t('workspace.intro')}
        </Text>
      </div>
      <Group gap="xs">
        <Button
          variant="default"
          leftSection={<IconWand size={18} aria-hidden />}
          onClick={() => navigate('/new')}
        >
          {t('wizard.open')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconFileImport size={18} aria-hidden />}
          onClick={() => void files.run('open')}
        >
          {t('files.workspace.openFile')}
        </Button>
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={onNewProject}>
          {t('workspace.newProject')}
        </Button>
      </Group>
    </Group>
  );
}
