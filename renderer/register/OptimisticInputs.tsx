import { Checkbox, Switch, type CheckboxProps, type SwitchProps } from '@mantine/core';
import { useOptimistic } from './useOptimistic';

type Props = { checked: boolean; onCheckedChange(checked: boolean): void };

export function StoredCheckbox({
  checked,
  onCheckedChange,
  ...props
}: Props & Omit<CheckboxProps, 'checked' | 'onChange'>) {
  const [shown, show] = useOptimistic(checked);
  return (
    <Checkbox
      {...props}
      checked={shown}
      onChange={(event) => {
        show(event.currentTarget.checked);
        onCheckedChange(event.currentTarget.checked);
      }}
    />
  );
}

export function StoredSwitch({
  checked,
  onCheckedChange,
  ...props
}: Props & Omit<SwitchProps, 'checked' | 'onChange'>) {
  const [shown, show] = useOptimistic(checked);
  return (
    <Switch
      {...props}
      checked={shown}
      onChange={(event) => {
        show(event.currentTarget.checked);
        onCheckedChange(event.currentTarget.checked);
      }}
    />
  );
}
