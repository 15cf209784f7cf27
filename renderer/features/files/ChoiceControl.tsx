import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChangeKind, Side } from '../../../shared/project-file';

/** Which version of one difference to keep, in the words of its kind ("Keep yours" / "Use the file’s"). */
export function ChoiceControl({
  kind,
  label,
  value,
  onChange,
}: {
  kind: ChangeKind;
  label: string;
  value: Side;
  onChange(side: Side): void;
}) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={label}
      value={value}
      onChange={(next) => onChange(next as Side)}
      data={[
        { value: 'local', label: t(`files.compare.choices.${kind}.local`) },
        { value: 'incoming', label: t(`files.compare.choices.${kind}.incoming`) },
      ]}
    />
  );
}
