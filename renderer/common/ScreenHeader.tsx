import { Group, Text, Title } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** A screen's heading with its icon, and the paragraphs that say what the screen is for. */
export function ScreenHeader({
  icon: ScreenIcon,
  title,
  intro,
}: {
  icon: Icon;
  title: string;
  intro: ReactNode[];
}) {
  return (
    <div>
      <Group gap="xs">
        <ScreenIcon size={26} aria-hidden />
        <Title order={2}>{title}</Title>
      </Group>
      {intro.map(
        (paragraph, index) =>
          paragraph && (
            <Text key={index} size="sm" c="dimmed" maw={720} mt={4}>
              {paragraph}
            </Text>
          ),
      )}
    </div>
  );
}
