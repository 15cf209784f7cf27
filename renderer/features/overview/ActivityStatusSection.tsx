import { Anchor, Badge, Group, Progress, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { statusReasons, type ActivityCompleteness } from '../../../shared/checks';
import type { Language } from '../../../shared/i18n/languages';
import { SectionCard } from '../../common/SectionCard';
import { scoreColour } from './overviewView';

const STATUS_COLOURS = { complete: 'teal.9', warnings: 'yellow', errors: 'red.8' } as const;

/** Every activity with its score and status, and why it has that status. */
export function ActivityStatusSection({ activities }: { activities: readonly ActivityCompleteness[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <SectionCard headingId="activity-status-title" title={t('overview.activityStatus')}>
      {activities.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('overview.noActivities')}
        </Text>
      ) : (
        <Table>
          <Table.Tbody>
            {activities.map((activity) => (
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
    </SectionCard>
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
