import { Box, Group, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentProject } from '../../common/CurrentProjectContext';
import { useItems } from '../../register/useRegister';
import { AudiencesSection } from './AudiencesSection';
import { BrandingSection } from './BrandingSection';
import { DocumentLanguagesSection } from './DocumentLanguagesSection';
import { headingId, SECTION_KEYS } from './formParts';
import { JointControllersSection } from './JointControllersSection';
import { OrganisationDetails } from './OrganisationDetails';
import classes from './OrganisationScreen.module.css';
import { PolicySection } from './PolicySection';
import { PrivacyContactSection } from './PrivacyContactSection';
import { RepresentativeSection } from './RepresentativeSection';
import { sectionsWithProblems } from './sectionProblems';

/**
 * The project's organisation and policy settings on one page, in sections, with a table of contents
 * that follows the scrolling. Every edit is stored at once; there is no Save button.
 */
export function OrganisationScreen() {
  const { t } = useTranslation();
  const { project } = useCurrentProject();
  const [active, jumpTo] = useActiveSection();
  const audiences = useItems('audiences');
  if (!project) return null;
  const problems = sectionsWithProblems(project, audiences);

  return (
    <Stack gap="lg" maw={1180}>
      <div>
        <Title order={2}>{t('section.organisationTitle')}</Title>
        <Text c="dimmed" size="sm" maw={640}>
          {t('section.organisationBody')}
        </Text>
        <Group gap={6} mt={6}>
          <IconCircleCheck size={16} color="var(--mantine-color-green-8)" aria-hidden />
          <Text size="xs" c="dimmed">
            {t('organisation.autosave')}
          </Text>
        </Group>
      </div>
      <div className={classes.layout}>
        {/* First in the document so the keyboard reaches it before the long form; shown on the right. */}
        <Box
          component="nav"
          aria-labelledby="organisation-toc-label"
          className={classes.toc}
          visibleFrom="md"
        >
          <Text id="organisation-toc-label" size="xs" fw={700} c="dimmed" tt="uppercase" mb={6} px={10}>
            {t('organisation.toc.label')}
          </Text>
          <ul className={classes.tocList}>
            {SECTION_KEYS.map((key, index) => (
              <li key={key}>
                <UnstyledButton
                  className={classes.tocLink}
                  data-active={index === active || undefined}
                  aria-current={index === active ? 'location' : undefined}
                  onClick={() => jumpTo(index)}
                >
                  <span>{t(`organisation.toc.${key}`)}</span>
                  {problems.has(key) && (
                    <>
                      <IconAlertCircle
                        size={14}
                        className={classes.tocProblem}
                        aria-hidden
                        data-testid={`toc-problem-${key}`}
                      />
                      <span className="visually-hidden">({t('organisation.toc.needsAttention')})</span>
                    </>
                  )}
                </UnstyledButton>
              </li>
            ))}
          </ul>
        </Box>
        <Stack gap="lg" className={classes.content}>
          <OrganisationDetails organisation={project.organisation} />
          <PrivacyContactSection contact={project.privacyContact} />
          <RepresentativeSection representative={project.representative} />
          <JointControllersSection jointControllers={project.jointControllers} />
          <DocumentLanguagesSection documentLanguages={project.documentLanguages} />
          <AudiencesSection />
          <PolicySection policy={project.policy} />
          <BrandingSection branding={project.branding} organisationName={project.organisation.legalName} />
        </Stack>
      </div>
    </Stack>
  );
}

/** Pixels below the viewport's top at which a section counts as the one being read (under the header). */
const READING_LINE = 120;

/**
 * Which section is being read, for the table of contents; jumping scrolls to a section's heading and
 * moves the keyboard focus there, so Tab continues inside that section.
 */
function useActiveSection(): [number, (index: number) => void] {
  const [active, setActive] = useState(0);
  const lockedUntil = useRef(0);

  useEffect(() => {
    const onScroll = () => {
      if (Date.now() < lockedUntil.current) return;
      const headings = Array.from(document.querySelectorAll<HTMLElement>('[data-organisation-heading]'));
      if (headings.length === 0) return;
      const root = document.documentElement;
      if (window.innerHeight + window.scrollY >= root.scrollHeight - 2) {
        setActive(headings.length - 1);
        return;
      }
      let index = 0;
      headings.forEach((heading, i) => {
        if (heading.getBoundingClientRect().top <= READING_LINE) index = i;
      });
      setActive(index);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, []);

  const jumpTo = (index: number) => {
    const key = SECTION_KEYS[index];
    const heading = key && document.getElementById(headingId(key));
    if (!heading) return;
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    // The smooth scroll fires scroll events on its way; the chosen section stays marked meanwhile.
    lockedUntil.current = Date.now() + (reduceMotion ? 100 : 900);
    setActive(index);
    heading.scrollIntoView({ behavior: reduceMotion ? 'auto' : 'smooth', block: 'start' });
    heading.focus({ preventScroll: true });
  };

  return [active, jumpTo];
}
