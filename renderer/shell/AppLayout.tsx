import {
  Anchor,
  AppShell,
  Burger,
  Button,
  Group,
  NavLink,
  ScrollArea,
  Text,
  Title,
  Tooltip,
  ActionIcon,
} from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { IconInfoCircle, IconSearch } from '@tabler/icons-react';
import { spotlight } from '@mantine/spotlight';
import { GlobalSearch } from './GlobalSearch';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Suspense } from 'react';
import { useCurrentProject } from '../common/CurrentProjectContext';
import { PROJECTS_ICON, SECTIONS } from './navItems';
import { LanguageMenu } from './LanguageMenu';
import { ThemeToggle } from './ThemeToggle';
import { AboutDialog } from './AboutDialog';
import { useMenuCommands } from './useMenuCommands';
import { useNewActivity } from '../features/activities/useNewActivity';
import { FileController } from '../features/files/FileController';
import { FileMenu } from '../features/files/FileMenu';
import { useFileActions } from '../common/useFileActions';
import type { StoragePersistence } from '../db/workspace';

const GROUPS = ['register', 'catalogs', 'project'] as const;
const GROUP_LABEL_KEYS = {
  register: 'nav.groupRegister',
  catalogs: 'nav.groupCatalogs',
  project: 'nav.groupProject',
} as const;

export function AppLayout({ persistence }: { persistence: StoragePersistence }) {
  const { t } = useTranslation();
  const [navOpened, { toggle: toggleNav }] = useDisclosure();
  const [aboutOpened, about] = useDisclosure(false);
  const { project } = useCurrentProject();
  const location = useLocation();
  const navigate = useNavigate();
  const files = useFileActions();
  useMenuCommands({ onAbout: about.open, onFileCommand: files.run });
  const newActivity = useNewActivity();
  // Ctrl+N (⌘N): a new activity in the open project, from anywhere in the app.
  useHotkeys([['mod+N', () => project && newActivity()]], []);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 280, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Anchor href="#main" className="skip-link">
          {t('app.skipToContent')}
        </Anchor>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={toggleNav}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.toggleNavigation')}
            />
            <Title order={1} size="h4">
              {t('app.name')}
            </Title>
            <FileMenu onCommand={files.run} />
            <Text c="dimmed" aria-hidden>
              /
            </Text>
            <Button
              variant="subtle"
              size="compact-md"
              onClick={() => navigate('/projects')}
              aria-label={`${t('header.currentProject')}: ${project?.name ?? t('header.noProject')}`}
              data-testid="current-project"
            >
              <Text truncate maw={320} fw={500}>
                {project?.name ?? t('header.noProject')}
              </Text>
            </Button>
          </Group>
          <Group gap="xs" wrap="nowrap">
            {project && (
              <Button
                variant="default"
                leftSection={<IconSearch size={16} aria-hidden />}
                onClick={() => spotlight.open()}
                aria-label={t('search.open')}
              >
                <Text size="sm" c="dimmed" visibleFrom="md">
                  {t('search.open')}
                </Text>
              </Button>
            )}
            <LanguageMenu />
            <ThemeToggle />
            <Tooltip label={t('header.about')}>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="lg"
                onClick={about.open}
                aria-label={t('header.about')}
              >
                <IconInfoCircle size={20} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')}>
        <ScrollArea>
          <NavLink
            component={Link}
            to="/projects"
            label={t('nav.projects')}
            leftSection={<PROJECTS_ICON size={18} aria-hidden />}
            active={location.pathname === '/projects'}
            aria-current={location.pathname === '/projects' ? 'page' : undefined}
          />
          {GROUPS.map((group) => (
            <div key={group} role="group" aria-labelledby={`nav-group-${group}`}>
              <Text
                id={`nav-group-${group}`}
                size="xs"
                fw={700}
                c="dimmed"
                tt="uppercase"
                mt="md"
                mb={4}
                px="sm"
              >
                {t(GROUP_LABEL_KEYS[group])}
              </Text>
              {SECTIONS.filter((section) => section.group === group).map(({ key, icon: Icon }) => {
                const active = location.pathname === `/${key}`;
                return (
                  <NavLink
                    key={key}
                    component={Link}
                    to={`/${key}`}
                    label={t(`nav.${key}`)}
                    leftSection={<Icon size={18} aria-hidden />}
                    active={active}
                    aria-current={active ? 'page' : undefined}
                  />
                );
              })}
            </div>
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        {/* Screens loaded on first use (App, sectionScreens) show once their code is in. */}
        <Suspense fallback={null}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
      {project && <GlobalSearch />}
      <FileController />
      <AboutDialog opened={aboutOpened} onClose={about.close} persistence={persistence} />
    </AppShell>
  );
}
