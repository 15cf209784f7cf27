import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

/**
 * Asks before the wizard is left (Cancel, or any link) while it holds what the user entered, since nothing
 * is saved until the register is created. Returns what to call just before leaving on purpose (on creating).
 */
export function useDiscardGuard(entered: boolean): () => void {
  const { t } = useTranslation();
  const leavingOnPurpose = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      entered && !leavingOnPurpose.current && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    let settled = false;
    const settle = (leave: boolean) => {
      if (settled) return;
      settled = true;
      if (leave) blocker.proceed();
      else blocker.reset();
    };
    modals.openConfirmModal({
      title: t('wizard.discardTitle'),
      children: <Text size="sm">{t('wizard.discardBody')}</Text>,
      labels: { confirm: t('wizard.discard'), cancel: t('wizard.keepEditing') },
      confirmProps: { color: 'red' },
      onConfirm: () => settle(true),
      onClose: () => settle(false),
    });
  }, [blocker, t]);
  return () => {
    leavingOnPurpose.current = true;
  };
}
