import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SEVERITIES, type Finding, type Severity } from '../../../shared/checks';
import { SectionCard } from '../../common/SectionCard';
import { fixRoute } from './fixRoute';
import { shownFindings } from './overviewView';

const SEVERITY_COLOURS: Record<Severity, string> = { error: 'red.8', warning: 'yellow', info: 'gray' };

/** The findings by severity, each with a button to the place where it is fixed. */
export function FindingsSection({ findings }: { findings: readonly Finding[] }) {
  const { t } = useTranslation();
  return (
    <SectionCard headingId="findings-title" title={t('overview.findings')}>
      {findings.length === 0 ? (
        <Text size="sm" data-testid="no-findings">
          {t('overview.noFindings')}
        </Text>
      ) : (
        <Stack gap="md">
          {SEVERITIES.map((severity) => (
            <SeverityGroup key={severity} severity={severity} findings={findings} />
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}

function SeverityGroup({ severity, findings }: { severity: Severity; findings: readonly Finding[] }) {
  const { t } = useTranslation();
  const [showAll, setShowAll] = useState(false);
  const { all, shown } = shownFindings(findings, severity, showAll);
  if (!all.length) return null;
  return (
    <section aria-label={t(`overview.severity.${severity}`)}>
      <Group gap="xs" mb={6}>
        <Badge color={SEVERITY_COLOURS[severity]} autoContrast>
          {all.length}
        </Badge>
        <Text fw={600}>{t(`overview.severity.${severity}`)}</Text>
      </Group>
      <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {shown.map((finding) => (
          <FindingLine key={finding.key} finding={finding} />
        ))}
      </Stack>
      {all.length > shown.length && (
        <Button variant="subtle" size="xs" mt={4} onClick={() => setShowAll(true)}>
          {t('overview.showAll', { count: all.length })}
        </Button>
      )}
    </section>
  );
}

function FindingLine({ finding }: { finding: Finding }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <li data-testid="finding" data-rule={finding.ruleId} data-severity={finding.severity}>
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
  );
}
