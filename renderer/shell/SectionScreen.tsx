import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { useCurrentProject } from '../common/CurrentProjectContext';
import { EmptyState } from '../common/EmptyState';
import { isSectionKey } from './navItems';
import { SECTION_SCREENS } from './sectionScreens';

/** A register screen of the open project. Screens without their editor yet say what they will hold. */
export function SectionScreen() {
  const { t } = useTranslation();
  const { section, itemId } = useParams();
  const navigate = useNavigate();
  const { project, loading } = useCurrentProject();
  if (!isSectionKey(section)) return <Navigate to="/" replace />;
  if (loading) return null;
  if (!project) {
    return (
      <EmptyState
        title={t('section.noProjectTitle')}
        body={t('section.noProjectBody')}
        action={<Button onClick={() => navigate('/projects')}>{t('section.goToProjects')}</Button>}
      />
    );
  }
  const Screen = SECTION_SCREENS[section];
  if (Screen) return <Screen key={project.id} itemId={itemId} />;
  return (
    <Stack maw={900}>
      <div>
        <Title order={2}>{t(`section.${section}Title`)}</Title>
        <Text c="dimmed" size="sm" maw={640}>
          {t(`section.${section}Body`)}
        </Text>
      </div>
      <EmptyState title={t('section.emptyHint')} />
    </Stack>
  );
}
