import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MergeChoices, SettingChange, Side } from '../../../shared/project-file';
import { useUiLanguage } from '../../i18n/uiLanguage';
import { ChoiceControl } from './ChoiceControl';
import { describeFields, formatValue, type ValueWords } from './compareText';
import { sideOf } from './compareView';
import classes from './files.module.css';

function useValueWords(): ValueWords {
  const { t } = useTranslation();
  return {
    empty: t('files.compare.values.empty'),
    yes: t('files.compare.values.yes'),
    no: t('files.compare.values.no'),
    none: t('files.compare.values.none'),
    image: t('files.compare.values.image'),
    entries: (count) => t('files.compare.values.entries', { count }),
  };
}

/** The settings that differ, one row each: the field, both values in a line, and which to keep. */
export function CompareSettingsTable({
  changes,
  choices,
  choose,
}: {
  changes: SettingChange[];
  choices: MergeChoices;
  choose(key: string, side: Side): void;
}) {
  const { t } = useTranslation();
  const [language] = useUiLanguage();
  const words = useValueWords();
  const label = (change: SettingChange) =>
    change.section === 'project'
      ? t('files.compare.projectName')
      : describeFields([change.path], language, () => '');
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" withTableBorder striped data-testid="compare-settings">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('files.compare.field')}</Table.Th>
            <Table.Th scope="col">{t('files.compare.yours')}</Table.Th>
            <Table.Th scope="col">{t('files.compare.inFile')}</Table.Th>
            <Table.Th scope="col">{t('files.compare.keep')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((change) => (
            <Table.Tr key={change.key} data-testid="compare-setting">
              <Table.Th scope="row" fw={500}>
                {label(change)}
              </Table.Th>
              <Table.Td className={classes.valueCell}>{formatValue(change.local, language, words)}</Table.Td>
              <Table.Td className={classes.valueCell}>
                {formatValue(change.incoming, language, words)}
              </Table.Td>
              <Table.Td>
                <ChoiceControl
                  kind="changed"
                  label={t('files.compare.choiceFor', { name: label(change) })}
                  value={sideOf(choices, change.key)}
                  onChange={(side) => choose(change.key, side)}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
