import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** What a screen shows when it has nothing yet: what belongs here, and the next step. */
export function EmptyState({ title, body, action }: { title: string; body?: string; action?: ReactNode }) {
  return (
    <Paper withBorder p="xl" radius="md" data-testid="empty-state">
      <Stack align="center" gap="xs" ta="center">
        <Title order={3} size="h4">
          {title}
        </Title>
        {body && (
          <Text c="dimmed" size="sm" maw={520}>
            {body}
          </Text>
        )}
        {action}
      </Stack>
    </Paper>
  );
}
