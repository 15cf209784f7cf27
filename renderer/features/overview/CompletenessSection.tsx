import { Anchor, Badge, Group, Progress, RingProgress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  countBySeverity,
  SECTION_LABELS,
  type CompletenessReport,
  type Finding,
  type SectionScore,
} from '../../../shared/checks';
import type { Language } from '../../../shared/i18n/languages';
import { SectionCard } from '../../common/SectionCard';
import { scoreColour, sectionRoute } from './overviewView';

/** The overall score as a ring with the error and warning counts, and one bar per section. */
export function CompletenessSection({
  report,
  findings,
}: {
  report: CompletenessReport;
  findings: readonly Finding[];
}) {
  const { t } = useTranslation();
  const counts = countBySeverity(findings);
  return (
    <SectionCard headingId="completeness-title" title={t('overview.completeness')}>
      <Group align="flex-start" gap="xl" wrap="wrap">
        <Stack align="center" gap={4}>
          <RingProgress
            size={140}
            thickness={14}
            roundCaps
            sections={[{ value: report.overall, color: scoreColour(report.overall) }]}
            label={
              <Text ta="center" fw={700} size="xl" data-testid="overall-score">
                {report.overall} %
              </Text>
            }
            aria-label={`${t('overview.overall')}: ${report.overall} %`}
          />
          <Text size="sm" fw={500}>
            {t('overview.overall')}
          </Text>
          <Group gap={6}>
            <Badge color="red.8">{t('overview.errors', { count: counts.error })}</Badge>
            <Badge color="yellow" autoContrast>
              {t('overview.warnings', { count: counts.warning })}
            </Badge>
          </Group>
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} style={{ flex: 1, minWidth: 280 }} spacing="sm">
          {report.sections.map((section) => (
            <SectionScoreBar key={section.section} section={section} />
          ))}
        </SimpleGrid>
      </Group>
    </SectionCard>
  );
}

function SectionScoreBar({ section }: { section: SectionScore }) {
  const { t, i18n } = useTranslation();
  const label = SECTION_LABELS[section.section][i18n.language as Language];
  return (
    <div data-testid="section-score">
      <Group justify="space-between" gap={4}>
        <Anchor component={Link} to={sectionRoute(section.section)} size="sm">
          {label}
        </Anchor>
        <Text size="sm" c="dimmed">
          {section.applicable ? `${section.score} %` : t('overview.notApplicable')}
        </Text>
      </Group>
      <Progress
        value={section.applicable ? section.score : 0}
        color={scoreColour(section.score)}
        aria-label={`${label}: ${section.applicable ? section.score : 0} %`}
      />
    </div>
  );
}
