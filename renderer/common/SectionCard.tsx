import { Paper, Stack, Text, Title, type TitleProps } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * One titled block of a screen: a bordered section whose heading names it for screen readers.
 * 'compact' is the look of the overview and the activity editor (the content follows the heading
 * directly); 'form' is the roomier look of the organisation form (an intro, then the fields in a column).
 */
export function SectionCard({
  headingId,
  title,
  intro,
  layout = 'compact',
  headingProps,
  testId,
  children,
}: {
  headingId: string;
  title: ReactNode;
  intro?: ReactNode;
  layout?: 'compact' | 'form';
  /** Extra attributes for the heading, e.g. to make it a target of a table of contents. */
  headingProps?: Omit<TitleProps, 'order' | 'size' | 'id' | 'children'> & {
    [data: `data-${string}`]: unknown;
  };
  testId?: string;
  children: ReactNode;
}) {
  const form = layout === 'form';
  return (
    <Paper
      component="section"
      withBorder
      radius={form ? 'md' : undefined}
      p={form ? 'lg' : 'md'}
      aria-labelledby={headingId}
      data-testid={testId}
    >
      <Title order={3} size="h4" id={headingId} mb={form ? undefined : 'sm'} {...headingProps}>
        {title}
      </Title>
      {intro && (
        <Text size="sm" c="dimmed" mt={form ? 4 : undefined} mb={form ? undefined : 'sm'} maw={680}>
          {intro}
        </Text>
      )}
      {form ? (
        <Stack gap="md" mt="md">
          {children}
        </Stack>
      ) : (
        children
      )}
    </Paper>
  );
}
