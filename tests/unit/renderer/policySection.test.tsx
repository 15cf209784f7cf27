// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PolicySettings } from '../../../shared/model';
import { createWorkspaceProject } from '../../../renderer/db/workspace';
import { useProjectSnapshot } from '../../../renderer/register/useRegister';
import { PolicySection } from '../../../renderer/features/organisation/PolicySection';
import {
  withNewSection,
  withoutSection,
  withSectionBack,
  withSectionMoved,
  withSectionText,
  type ExtraSection,
} from '../../../renderer/features/organisation/extraSections';
import { freshDatabaseEachTest, inDatabase, renderInApp } from '../../support/renderInApp';

const section = (id: string, heading = id): ExtraSection => ({ id, heading: { en: heading }, body: {} });
const ids = (sections: readonly ExtraSection[]) => sections.map((s) => s.id);

describe('the policy’s extra sections as a list', () => {
  const abc = [section('a'), section('b'), section('c')];

  it('adds an empty section last', () => {
    expect(withNewSection(abc, 'd').at(-1)).toEqual({ id: 'd', heading: {}, body: {} });
  });

  it('moves a section one place, and keeps the list as it is at either end', () => {
    expect(ids(withSectionMoved(abc, 'b', -1))).toEqual(['b', 'a', 'c']);
    expect(ids(withSectionMoved(abc, 'b', 1))).toEqual(['a', 'c', 'b']);
    expect(withSectionMoved(abc, 'a', -1)).toBe(abc);
    expect(withSectionMoved(abc, 'c', 1)).toBe(abc);
    expect(withSectionMoved(abc, 'gone', 1)).toBe(abc);
    expect(ids(abc)).toEqual(['a', 'b', 'c']);
  });

  it('puts a removed section back where it was, or last when the list has become shorter, and only once', () => {
    const b = abc[1]!;
    const without = withoutSection(abc, 'b');
    expect(ids(without)).toEqual(['a', 'c']);
    expect(ids(withSectionBack(without, b, 1))).toEqual(['a', 'b', 'c']);
    expect(ids(withSectionBack([section('a')], b, 1))).toEqual(['a', 'b']);
    expect(withSectionBack(abc, b, 1)).toBe(abc);
  });

  it('writes a text in one language of one section', () => {
    const next = withSectionText(abc, 'b', 'body', 'da', 'Tekst');
    expect(next[1]).toEqual({ id: 'b', heading: { en: 'b' }, body: { da: 'Tekst' } });
    expect(next[0]).toBe(abc[0]);
  });
});

/** The section as the Organisation screen shows it: fed from the stored project, so edits come back. */
function StoredPolicy() {
  const project = useProjectSnapshot();
  return project ? <PolicySection policy={project.policy} /> : null;
}

describe('PolicySection', () => {
  const database = freshDatabaseEachTest('policy-section');

  const renderPolicy = async (change: (policy: PolicySettings) => void = () => {}) => {
    const project = await createWorkspaceProject(database(), 'Firma ApS', 'en');
    change(project.policy);
    await database().projects.update(project.id, { policy: project.policy });
    await renderInApp(<StoredPolicy />, { route: '/organisation', wrap: inDatabase(database(), project.id) });
    return screen.findByRole('region', { name: 'Privacy policy' });
  };
  const storedSections = async () =>
    ids((await database().projects.toCollection().first())!.policy.extraSections);

  it('adds a section with the cursor in its heading, moves it, and brings a removed one back with Undo', async () => {
    const policy = await renderPolicy((p) => {
      p.extraSections = [section('first', 'Newsletter')];
    });
    await userEvent.click(within(policy).getByRole('button', { name: 'Add section' }));
    await waitFor(() => expect(within(policy).getAllByTestId('extra-section')).toHaveLength(2));
    const [, added] = within(policy).getAllByRole('textbox', { name: 'Heading' });
    await waitFor(() => expect(document.activeElement).toBe(added));
    await userEvent.type(added!, 'Cameras');

    await userEvent.click(within(policy).getByRole('button', { name: 'Move section 2 up' }));
    await waitFor(() =>
      expect(within(policy).getAllByTestId('extra-section')[0]!.textContent).toContain('Cameras'),
    );
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(policy).getByRole('button', { name: 'Move section 1 down' }),
      ),
    );
    const [cameras] = await storedSections();

    await userEvent.click(within(policy).getByRole('button', { name: 'Remove section 1' }));
    await waitFor(() => expect(within(policy).getAllByTestId('extra-section')).toHaveLength(1));
    expect(screen.getByText('Section 1 was removed.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(within(policy).getAllByTestId('extra-section')).toHaveLength(2));
    expect(await storedSections()).toEqual([cameras, 'first']);
  });

  it('shows the cookie text only while the policy has a cookie section, and keeps it when switched off', async () => {
    const policy = await renderPolicy((p) => {
      p.includeCookieSection = true;
      p.cookieText = { en: 'We use cookies.' };
    });
    expect(within(policy).getByRole('textbox', { name: /Cookie section/ })).toBeTruthy();
    await userEvent.click(within(policy).getByRole('switch', { name: /Include a section on cookies/ }));
    expect(await within(policy).findByText(/The policy has no cookie section/)).toBeTruthy();
    expect(within(policy).queryByRole('textbox', { name: /Cookie section/ })).toBeNull();
    expect((await database().projects.toCollection().first())!.policy.cookieText).toEqual({
      en: 'We use cookies.',
    });
  });

  it('says under the effective date when it is not a date, and stores the version as typed', async () => {
    const policy = await renderPolicy((p) => {
      p.effectiveDate = '2026-13-45';
    });
    const date = within(policy).getByLabelText(/Effective date/);
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(within(policy).getByText('Enter a real date.')).toBeTruthy();
    fireEvent.change(date, { target: { value: '2026-12-01' } });
    await waitFor(() => expect(within(policy).queryByText('Enter a real date.')).toBeNull());
    expect(date.getAttribute('aria-invalid')).toBeNull();

    const version = within(policy).getByRole('textbox', { name: /Version/ });
    await userEvent.clear(version);
    await userEvent.type(version, '2.0');
    await waitFor(async () =>
      expect((await database().projects.toCollection().first())!.policy.version).toBe('2.0'),
    );
  });
});
