import { Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { completenessScore, runChecks } from '../../../shared/checks';
import type { Language } from '../../../shared/i18n/languages';
import { localToday, useProjectSnapshot } from '../../register/useRegister';
import { ActivityStatusSection } from './ActivityStatusSection';
import { CompletenessSection } from './CompletenessSection';
import { FindingsSection } from './FindingsSection';

/** The state of the register at a glance: completeness, the findings with a way to each fix, activity statuses. */
export function OverviewScreen() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const project = useProjectSnapshot();
  const result = useMemo(() => {
    if (!project) return null;
    const findings = runChecks(project, { today: localToday(), language });
    return { findings, report: completenessScore(project, { findings }) };
  }, [project, language]);
  if (!project || !result) return null;
  const { findings, report } = result;

  return (
    <Stack maw={1100}>
      <div>
        <Title order={2}>{t('section.overviewTitle')}</Title>
        <Text c="dimmed" size="sm">
          {t('section.overviewBody')}
        </Text>
      </div>
      <CompletenessSection report={report} findings={findings} />
      <FindingsSection findings={findings} />
      <ActivityStatusSection activities={report.activities} />
    </Stack>
  );
}
