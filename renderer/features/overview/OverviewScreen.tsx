import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Progress,
  RingProgress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  completenessScore,
  countBySeverity,
  runChecks,
  SECTION_LABELS,
  SEVERITIES,
  statusReasons,
  type ActivityCompleteness,
  type Finding,
  type Severity,
} from '../../../shared/checks';
import type { Language } from '../../../shared/i18n/languages';
import { localToday, useProjectSnapshot } from '../../register/useRegister';
import { fixRoute } from './fixRoute';

const SEVERITY_COLOURS: Record<Severity, string> = { error: 'red.8', warning: 'yellow', info: 'gray' };
const STATUS_COLOURS = { complete: 'teal.9', warnings: 'yellow', errors: 'red.8' } as const;
const FIRST = 25;

function scoreColour(score: number) {
  return score >= 90 ? 'teal' : score >= 60 ? 'yellow' : 'red';
}

/** The state of the register at a glance: completeness, the findings with a way to each fix, activity statuses. */
export function OverviewScreen() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const navigate = useNavigate();
  const project = useProjectSnapshot();
  const [expanded, setExpanded] = useState<Record<Severity, boolean>>({
    error: false,
    warning: false,
    info: false,
  });
  const result = useMemo(() => {
    if (!project) return null;
    const findings = runChecks(project, { today: localToday(), language });
    return { findings, report: completenessScore(project, { findings }) };
  }, [project, language]);
  if (!project || !result) return null;
  const { findings, report } = result;
  const counts = countBySeverity(findings);
  const bySeverity = (severity: Severity) => findings.filter((f: Finding) => f.severity === severity);

  return (
    <Stack maw={1100}>
      <div>
        <Title order={2}>{t('section.overviewTitle')}</Title>
        <Text c="dimmed" size="sm">
          {t('section.overviewBody')}
        </Text>
      </div>

      <Paper withBorder p="md" component="section" aria-labelledby="completeness-title">
        <Title order={3} size="h4" id="completeness-title" mb="sm">
          {t('overview.completeness')}
        </Title>
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
              <div key={section.section} data-testid="section-score">
                <Group justify="space-between" gap={4}>
                  <Anchor
                    component={Link}
                    to={`/${section.section === 'policy' ? 'organisation' : section.section === 'audiences' ? 'organisation' : section.section}`}
                    size="sm"
                  >
                    {SECTION_LABELS[section.section][language]}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {section.applicable ? `${section.score} %` : t('overview.notApplicable')}
                  </Text>
                </Group>
                <Progress
                  value={section.applicable ? section.score : 0}
                  color={scoreColour(section.score)}
                  aria-label={`${SECTION_LABELS[section.section][language]}: ${section.applicable ? section.score : 0} %`}
                />
              </div>
            ))}
          </SimpleGrid>
        </Group>
      </Paper>

      <Paper withBorder p="md" component="section" aria-labelledby="findings-title">
        <Title order={3} size="h4" id="findings-title" mb="sm">
          {t('overview.findings')}
        </Title>
        {findings.length === 0 ? (
          <Text size="sm" data-testid="no-findings">
            {t('overview.noFindings')}
          </Text>
        ) : (
          <Stack gap="md">
            {SEVERITIES.map((severity) => {
              const list = bySeverity(severity);
              if (!list.length) return null;
              const shown = expanded[severity] ? list : list.slice(0, FIRST);
              return (
                <section key={severity} aria-label={t(`overview.severity.${severity}`)}>
                  <Group gap="xs" mb={6}>
                    <Badge color={SEVERITY_COLOURS[severity]} autoContrast>
                      {list.length}
                    </Badge>
                    <Text fw={600}>{t(`overview.severity.${severity}`)}</Text>
                  </Group>
                  <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                    {shown.map((finding) => (
                      <li
                        key={finding.key}
                        data-testid="finding"
                        data-rule={finding.ruleId}
                        data-severity={severity}
                      >
                        <Group justify="space-between" wrap="nowrap" gap="sm">
                          <Text size="sm">{finding.message}</Text>
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            style={{ flexShrink: 0 }}
                            rightSection={<IconArrowRight size={14} aria-hidden />}
                            onClick={() => navigate(fixRoute(finding.fix))}
                            aria-label={t('overview.fixFor', { message: finding.message })}
                          >
                            {t('overview.fix')}
                          </Button>
                        </Group>
                      </li>
                    ))}
                  </Stack>
                  {list.length > shown.length && (
                    <Button
                      variant="subtle"
                      size="xs"
                      mt={4}
                      onClick={() => setExpanded({ ...expanded, [severity]: true })}
                    >
                      {t('overview.showAll', { count: list.length })}
                    </Button>
                  )}
                </section>
              );
            })}
          </Stack>
        )}
      </Paper>

      <Paper withBorder p="md" component="section" aria-labelledby="activity-status-title">
        <Title order={3} size="h4" id="activity-status-title" mb="sm">
          {t('overview.activityStatus')}
        </Title>
        {report.activities.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('overview.noActivities')}
          </Text>
        ) : (
          <Table>
            <Table.Tbody>
              {report.activities.map((activity) => (
                <Table.Tr key={activity.id} data-testid="activity-status">
                  <Table.Td>
                    <Anchor component={Link} to={`/activities/${activity.id}`}>
                      {activity.name[language]}
                    </Anchor>
                  </Table.Td>
                  <Table.Td w={120}>
                    <Progress
                      value={activity.score}
                      color={scoreColour(activity.score)}
                      aria-label={`${activity.score} %`}
                    />
                  </Table.Td>
                  <Table.Td w="45%">
                    <ActivityStatusBadge activity={activity} language={language} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  );
}

/** The status and, beside it, why: the unmet requirements and the findings that give it. */
function ActivityStatusBadge({ activity, language }: { activity: ActivityCompleteness; language: Language }) {
  const { t } = useTranslation();
  const reasons = statusReasons(activity, language);
  return (
    <Group gap={6} wrap="nowrap" align="baseline">
      <Badge color={STATUS_COLOURS[activity.status]} autoContrast style={{ flexShrink: 0 }}>
        {t(`overview.status.${activity.status}`)}
      </Badge>
      {reasons.length > 0 && (
        <Text size="xs" c="dimmed" data-testid="status-reasons">
          <VisuallyHidden>: </VisuallyHidden>
          {reasons.join('; ')}
        </Text>
      )}
    </Group>
  );
}
