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
import { Suspense, useCallback, useEffect, useEffectEvent, useRef } from 'react';
import { useCurrentProject } from '../common/CurrentProjectContext';
import { PROJECTS_ICON, SECTIONS } from './navItems';
import { LanguageMenu } from './LanguageMenu';
import { ThemeToggle } from './ThemeToggle';
import { AboutDialog } from './AboutDialog';
import { useMenuCommands } from './useMenuCommands';
import { useNewActivity } from '../features/activities/useNewActivity';
import { FileController } from '../features/files/FileController';
import { FileMenu } from '../features/files/FileMenu';
import { useFileActions, type FileCommand } from '../common/useFileActions';
import { useWorkspaceStart } from '../common/WorkspaceStart';

const GROUPS = ['register', 'catalogs', 'project'] as const;
const GROUP_LABEL_KEYS = {
  register: 'nav.groupRegister',
  catalogs: 'nav.groupCatalogs',
  project: 'nav.groupProject',
} as const;

/**
 * File commands given before the database is open (a quick click in the File menu, the native menu)
 * are kept and carried out once it is: until then the frame shows, the screens wait (WorkspaceStart).
 */
function useCommandsOnceStarted(started: boolean, run: (command: FileCommand) => Promise<void>) {
  const waiting = useRef<FileCommand[]>([]);
  const runNow = useEffectEvent((command: FileCommand) => void run(command));
  useEffect(() => {
    if (started) for (const command of waiting.current.splice(0)) runNow(command);
  }, [started]);
  return useCallback(
    (command: FileCommand) => {
      if (started) void run(command);
      else waiting.current.push(command);
    },
    [started, run],
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const start = useWorkspaceStart();
  const [navOpened, { toggle: toggleNav }] = useDisclosure();
  const [aboutOpened, about] = useDisclosure(false);
  const { project, loading } = useCurrentProject();
  // While the project open last time is being read, the header names none rather than "no project".
  const projectName = project?.name ?? (loading ? '' : t('header.noProject'));
  const location = useLocation();
  const navigate = useNavigate();
  const files = useFileActions();
  const runFileCommand = useCommandsOnceStarted(start !== null, files.run);
  useMenuCommands({ onAbout: about.open, onFileCommand: runFileCommand });
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
            <FileMenu onCommand={runFileCommand} />
            <Text c="dimmed" aria-hidden>
              /
            </Text>
            <Button
              variant="subtle"
              size="compact-md"
              onClick={() => navigate('/projects')}
              aria-label={`${t('header.currentProject')}: ${projectName}`}
              data-testid="current-project"
            >
              <Text truncate maw={320} fw={500}>
                {projectName}
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
        {/* Screens show once the database is open (WorkspaceStart) and, loaded on first use (App,
            sectionScreens), once their code is in. */}
        <Suspense fallback={null}>{start && <Outlet />}</Suspense>
      </AppShell.Main>
      {project && <GlobalSearch />}
      {start && <FileController />}
      {start && <AboutDialog opened={aboutOpened} onClose={about.close} persistence={start.persistence} />}
    </AppShell>
  );
}
