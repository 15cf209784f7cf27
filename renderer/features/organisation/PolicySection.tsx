import { ActionIcon, Box, Button, Grid, Group, Paper, Stack, Switch, Text, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/i18n/languages';
import { newId, nowIso, type PolicySettings } from '../../../shared/model';
import { checkDate } from '../../../shared/validation/fieldFormats';
import { BufferedTextInput } from '../../register/BufferedTextInput';
import { LocalizedTextField, withText } from '../../register/LocalizedTextField';
import { localToday, useDisplayText, useUpdateProject } from '../../register/useRegister';
import { SuggestionBanner } from '../../register/Confirmation';
import { confirmItem } from '../../../shared/model/confirm';
import { FormSection, SHORT_TEXT_MAX, useFieldError, useUndoNotice } from './formParts';
import { requiredIn } from '../../register/required';

type TextKey = 'title' | 'introduction' | 'cookieText' | 'childrenStatement' | 'changesText';
type Section = PolicySettings['extraSections'][number];

const MAX_SECTIONS = 200;

/** The policy's own texts: title, introduction, cookies, extra sections, children, changes, date, version. */
export function PolicySection({ policy }: { policy: PolicySettings }) {
  const { t } = useTranslation();
  const required = requiredIn('policy', policy);
  const update = useUpdateProject();
  const fieldError = useFieldError();

  const change = (next: (current: PolicySettings) => PolicySettings) =>
    update((core) => ({ ...core, policy: next(core.policy) }));
  const setText = (key: TextKey) => (language: Language, text: string) =>
    change((p) => ({ ...p, [key]: withText(p[key], language, text) }));

  return (
    <FormSection
      sectionKey="policy"
      title={t('organisation.policy.heading')}
      intro={t('organisation.policy.intro')}
    >
      <SuggestionBanner
        confirmation={policy.confirmation}
        onConfirm={() => change((p) => confirmItem('policy', p, { at: nowIso(), today: localToday() }))}
      />
      <LocalizedTextField
        label={t('organisation.policy.title')}
        required={required('title')}
        placeholder={t('organisation.policy.titlePlaceholder')}
        value={policy.title}
        onCommit={setText('title')}
      />
      <LocalizedTextField
        label={t('organisation.policy.introduction')}
        required={required('introduction')}
        description={t('organisation.policy.introductionHint')}
        multiline
        value={policy.introduction}
        onCommit={setText('introduction')}
      />

      <Switch
        label={t('organisation.policy.includeCookies')}
        description={t('organisation.policy.includeCookiesHint')}
        checked={policy.includeCookieSection}
        onChange={(event) => {
          const includeCookieSection = event.currentTarget.checked;
          change((p) => ({ ...p, includeCookieSection }));
        }}
      />
      {policy.includeCookieSection ? (
        <LocalizedTextField
          label={t('organisation.policy.cookieText')}
          required={required('cookieText')}
          multiline
          value={policy.cookieText}
          onCommit={setText('cookieText')}
        />
      ) : (
        <Text size="sm" c="dimmed">
          {t('organisation.policy.cookiesOff')}
        </Text>
      )}

      <ExtraSections sections={policy.extraSections} change={change} />

      <LocalizedTextField
        label={t('organisation.policy.children')}
        required={required('childrenStatement')}
        description={t('organisation.policy.childrenHint')}
        multiline
        value={policy.childrenStatement}
        onCommit={setText('childrenStatement')}
      />
      <LocalizedTextField
        label={t('organisation.policy.changes')}
        required={required('changesText')}
        description={t('organisation.policy.changesHint')}
        multiline
        value={policy.changesText}
        onCommit={setText('changesText')}
      />
      <Grid gap="md" align="flex-end">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <BufferedTextInput
            label={t('organisation.policy.effectiveDate')}
            withAsterisk={required('effectiveDate')}
            type="date"
            value={policy.effectiveDate}
            onCommit={(effectiveDate) => change((p) => ({ ...p, effectiveDate }))}
            error={fieldError(checkDate(policy.effectiveDate))}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <BufferedTextInput
            label={t('organisation.policy.version')}
            withAsterisk={required('version')}
            description={t('organisation.policy.versionHint')}
            maxLength={SHORT_TEXT_MAX}
            value={policy.version}
            onCommit={(version) => change((p) => ({ ...p, version }))}
          />
        </Grid.Col>
      </Grid>
    </FormSection>
  );
}

/** Free sections after the generated ones: add, remove (with Undo) and move up or down. */
function ExtraSections({
  sections,
  change,
}: {
  sections: Section[];
  change(next: (current: PolicySettings) => PolicySettings): void;
}) {
  const { t } = useTranslation();
  const display = useDisplayText();
  const showUndo = useUndoNotice();
  const listRef = useRef<HTMLDivElement>(null);
  // After an add or a move, focus follows the section once the stored list shows it in its new place.
  const pendingFocus = useRef<{ id: string; target: 'heading' | 'up' | 'down' } | null>(null);
  const order = sections.map((s) => s.id).join(',');

  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending || !listRef.current) return;
    const item = listRef.current.querySelector<HTMLElement>(`[data-section-id="${pending.id}"]`);
    if (!item) return;
    const wanted =
      pending.target === 'heading'
        ? item.querySelector<HTMLElement>('input, textarea')
        : (item.querySelector<HTMLButtonElement>(`[data-move="${pending.target}"]:not(:disabled)`) ??
          item.querySelector<HTMLButtonElement>('[data-move]:not(:disabled)'));
    wanted?.focus();
    pendingFocus.current = null;
  }, [order]);

  const setSectionText = (id: string, key: 'heading' | 'body') => (language: Language, text: string) =>
    change((p) => ({
      ...p,
      extraSections: p.extraSections.map((s) =>
        s.id === id ? { ...s, [key]: withText(s[key], language, text) } : s,
      ),
    }));

  const add = () => {
    const id = newId();
    change((p) => ({ ...p, extraSections: [...p.extraSections, { id, heading: {}, body: {} }] }));
    pendingFocus.current = { id, target: 'heading' };
  };

  const move = (id: string, by: -1 | 1) => {
    change((p) => {
      const list = [...p.extraSections];
      const from = list.findIndex((s) => s.id === id);
      const to = from + by;
      if (from < 0 || to < 0 || to >= list.length) return p;
      [list[from], list[to]] = [list[to]!, list[from]!];
      return { ...p, extraSections: list };
    });
    pendingFocus.current = { id, target: by < 0 ? 'up' : 'down' };
  };

  const remove = (section: Section, index: number) => {
    change((p) => ({ ...p, extraSections: p.extraSections.filter((s) => s.id !== section.id) }));
    showUndo(t('organisation.policy.sectionRemoved', { number: index + 1 }), () =>
      change((p) => {
        if (p.extraSections.some((s) => s.id === section.id)) return p;
        const list = [...p.extraSections];
        list.splice(Math.min(index, list.length), 0, section);
        return { ...p, extraSections: list };
      }),
    );
  };

  return (
    <Box ref={listRef}>
      <Text size="sm" fw="var(--mantine-font-weight-medium)" id="organisation-extra-sections">
        {t('organisation.policy.extraSections')}
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        {t('organisation.policy.extraSectionsHint')}
      </Text>
      {sections.length === 0 ? (
        <Text size="sm" c="dimmed" mb="xs">
          {t('organisation.policy.noSections')}
        </Text>
      ) : (
        <Stack
          gap="sm"
          component="ul"
          p={0}
          m={0}
          mb="sm"
          style={{ listStyle: 'none' }}
          aria-labelledby="organisation-extra-sections"
        >
          {sections.map((section, index) => {
            const number = index + 1;
            const heading = display(section.heading);
            return (
              <Paper
                component="li"
                key={section.id}
                withBorder
                radius="sm"
                p="md"
                data-section-id={section.id}
                data-testid="extra-section"
              >
                <Group justify="space-between" wrap="nowrap" mb="xs">
                  <Text fw={600} truncate>
                    {t('organisation.policy.sectionNumber', { number })}
                    {heading && <Text span c="dimmed" fw={400}>{` · ${heading}`}</Text>}
                  </Text>
                  <Group gap={4} wrap="nowrap">
                    <IconAction
                      label={t('organisation.policy.moveUp', { number })}
                      disabled={index === 0}
                      move="up"
                      onClick={() => move(section.id, -1)}
                    >
                      <IconArrowUp size={18} aria-hidden />
                    </IconAction>
                    <IconAction
                      label={t('organisation.policy.moveDown', { number })}
                      disabled={index === sections.length - 1}
                      move="down"
                      onClick={() => move(section.id, 1)}
                    >
                      <IconArrowDown size={18} aria-hidden />
                    </IconAction>
                    <IconAction
                      label={t('organisation.policy.removeSection', { number })}
                      color="red"
                      onClick={() => remove(section, index)}
                    >
                      <IconTrash size={18} aria-hidden />
                    </IconAction>
                  </Group>
                </Group>
                <Stack gap="sm">
                  <LocalizedTextField
                    label={t('organisation.policy.sectionHeading')}
                    value={section.heading}
                    onCommit={setSectionText(section.id, 'heading')}
                  />
                  <LocalizedTextField
                    label={t('organisation.policy.sectionBody')}
                    multiline
                    value={section.body}
                    onCommit={setSectionText(section.id, 'body')}
                  />
                </Stack>
              </Paper>
            );
          })}
        </Stack>
      )}
      <Button
        variant="default"
        leftSection={<IconPlus size={16} aria-hidden />}
        onClick={add}
        disabled={sections.length >= MAX_SECTIONS}
      >
        {t('organisation.policy.addSection')}
      </Button>
    </Box>
  );
}

function IconAction({
  label,
  disabled,
  color = 'gray',
  move,
  onClick,
  children,
}: {
  label: string;
  disabled?: boolean;
  color?: string;
  move?: 'up' | 'down';
  onClick(): void;
  children: ReactNode;
}) {
  return (
    <Tooltip label={label} disabled={disabled}>
      <ActionIcon
        variant="subtle"
        color={color}
        aria-label={label}
        disabled={disabled}
        data-move={move}
        onClick={onClick}
      >
        {children}
      </ActionIcon>
    </Tooltip>
  );
}
