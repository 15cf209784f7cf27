import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

/** Runs an action and tells the user, in their language, when it fails — never silently. */
export function useErrorNotifier() {
  const { t } = useTranslation();
  return async (action: () => Promise<unknown>): Promise<void> => {
    try {
      await action();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      notifications.show({ color: 'red', autoClose: false, message: t('errors.generic', { message }) });
    }
  };
}
