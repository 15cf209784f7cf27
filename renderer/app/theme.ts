import {
  createTheme,
  localStorageColorSchemeManager,
  Modal,
  NavLink,
  Notification,
  Select,
  type CSSVariablesResolver,
} from '@mantine/core';

/** The theme; close buttons (dialogs, notifications) get their accessible name in the UI language. */
export const createKartotekTheme = (closeLabel: string) =>
  createTheme({
    primaryColor: 'indigo',
    // Darker shades than Mantine's defaults keep white text on buttons above WCAG AA contrast.
    primaryShade: { light: 7, dark: 8 },
    defaultRadius: 'sm',
    // Users who ask their system for less motion get no transitions (and tests get stable screens).
    respectReducedMotion: true,
    fontFamily:
      'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif',
    components: {
      Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } }),
      Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } }),
      // The filled variant keeps the active item's text above AA contrast in both themes.
      NavLink: NavLink.extend({ defaultProps: { variant: 'filled' } }),
      // Clicking the chosen option again must not empty a field; a select that may be emptied says so with
      // `clearable` (its × button).
      Select: Select.extend({ defaultProps: { allowDeselect: false } }),
    },
  });

/** Mantine's default "dimmed" grey and error red are below AA contrast; these are not. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-8)',
    // Red buttons (delete) carry white text: Mantine's shade 6 is below AA contrast.
    '--mantine-color-red-filled': 'var(--mantine-color-red-8)',
    '--mantine-color-red-filled-hover': 'var(--mantine-color-red-9)',
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-error': 'var(--mantine-color-red-4)',
    '--mantine-color-red-filled': 'var(--mantine-color-red-9)',
    '--mantine-color-red-filled-hover': 'var(--mantine-color-red-8)',
  },
});

/** The light/dark choice is remembered across restarts. */
export const colorSchemeManager = localStorageColorSchemeManager({ key: 'kartotek.colorScheme' });
