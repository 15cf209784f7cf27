// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StarterWizard } from '../../../renderer/features/wizard/StarterWizard';
import { groupVendors, offeredVendors } from '../../../renderer/features/wizard/vendorGroups';
import { suggestedBy } from '../../../shared/model/confirmation';
import { VENDOR_CATEGORIES } from '../../../shared/catalog/vendorLibraryTypes';
import { STARTER_ACTIVITY_KEYS, suggestedVendorIds } from '../../../shared/templates';
import { freshDatabaseEachTest, inDatabase, renderInApp } from '../../support/renderInApp';

describe('the vendors the wizard offers', () => {
  const all = offeredVendors('DK', STARTER_ACTIVITY_KEYS, 'da');

  it('are the vendors suggested for the chosen activities, each with the activities it is used for', () => {
    expect(all.map((o) => o.entry.id)).toEqual(suggestedVendorIds('DK'));
    const invoicingOnly = offeredVendors('DK', ['invoicing'], 'da');
    expect(invoicingOnly.map((o) => o.entry.id).sort()).toEqual([
      'billy',
      'dinero',
      'visma-e-conomic',
      'xena',
    ]);
    expect(invoicingOnly[0]!.usedFor).toEqual(['Fakturering og bogføring']);
    expect(all.find((o) => o.entry.id === 'teamviewer')!.usedFor.length).toBeGreaterThan(1);
  });

  it('are grouped by kind in the library order of kinds, sorted by name inside a group, nothing left out', () => {
    const groups = groupVendors(all, '', 'da');
    const order = groups.map((g) => VENDOR_CATEGORIES.indexOf(g.category));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const group of groups) {
      expect(group.vendors.every((v) => v.entry.category === group.category)).toBe(true);
      const names = group.vendors.map((v) => v.entry.name);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'da', { sensitivity: 'base' })));
    }
    expect(groups.flatMap((g) => g.vendors)).toHaveLength(all.length);
    expect(groups.find((g) => g.category === 'accounting')?.label).toBe('Regnskab og fakturering');
  });

  it('narrow to the matches of a search and leave out the groups that become empty', () => {
    const mail = groupVendors(all, 'mail', 'en').flatMap((g) => g.vendors.map((v) => v.entry.name));
    expect(mail).toContain('Mailchimp');
    expect(mail.length).toBeLessThan(all.length / 2);
    const teamviewer = groupVendors(all, 'teamv', 'en');
    expect(teamviewer.map((g) => g.category)).toEqual(['remote-support']);
    expect(teamviewer[0]!.vendors.map((v) => v.entry.name)).toEqual(['TeamViewer']);
    expect(groupVendors(all, 'no such vendor', 'en')).toEqual([]);
  });
});

describe('StarterWizard', () => {
  const database = freshDatabaseEachTest('starter-wizard');
  const renderWizard = () => renderInApp(<StarterWizard />, { route: '/new', wrap: inDatabase(database()) });

  const checked = (boxes: HTMLElement[]) => boxes.filter((box) => (box as HTMLInputElement).checked);

  it('ticks no activity and no vendor; Select all ticks every activity; only what is ticked is created', async () => {
    const user = userEvent.setup();
    const { router } = await renderWizard();
    await user.type(screen.getByRole('textbox', { name: /Legal name/ }), 'ITGuy ApS');
    await user.click(screen.getByRole('button', { name: 'Next' }));

    // Only the active step is rendered: its checkboxes are the activities.
    const activityBoxes = () => screen.getAllByRole('checkbox');
    expect(activityBoxes()).toHaveLength(STARTER_ACTIVITY_KEYS.length);
    expect(checked(activityBoxes())).toEqual([]);
    // Going on with none chosen says why it cannot.
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Choose at least one activity.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Select all' }));
    expect(checked(activityBoxes())).toHaveLength(STARTER_ACTIVITY_KEYS.length);
    expect(screen.getByTestId('activities-chosen').textContent).toBe('12 of 12 chosen');
    await user.click(screen.getByRole('button', { name: 'Deselect all' }));
    expect(checked(activityBoxes())).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Select all' }));
    await user.type(
      screen.getByRole('combobox', { name: /Customers you process data for/ }),
      'Kunde A/S{Enter}',
    );
    await user.click(screen.getByRole('button', { name: 'Next' }));

    const vendorBoxes = () => screen.getAllByRole('checkbox');
    const offered = vendorBoxes().length;
    expect(offered).toBe(suggestedVendorIds('other').length);
    expect(checked(vendorBoxes())).toEqual([]);
    expect(screen.getByTestId('vendors-chosen').textContent).toBe('Chosen: 0');
    expect(screen.getAllByTestId('vendor-group').length).toBeGreaterThan(3);

    await user.type(screen.getByRole('searchbox', { name: /Search by name/ }), 'mail');
    expect(vendorBoxes().length).toBeLessThan(offered);
    await user.click(screen.getByRole('checkbox', { name: 'Mailchimp' }));
    await user.clear(screen.getByRole('searchbox', { name: /Search by name/ }));
    expect(vendorBoxes()).toHaveLength(offered);
    await user.click(screen.getByRole('checkbox', { name: 'TeamViewer' }));
    expect(screen.getByTestId('vendors-chosen').textContent).toBe('Chosen: 2');

    await user.click(screen.getByRole('button', { name: 'Create register' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/overview'));
    const vendors = await database().vendors.toArray();
    expect(vendors.map((v) => v.name).sort()).toEqual(['Mailchimp', 'TeamViewer']);
    // Still the library's suggestions: ticking is choosing, not confirming the facts.
    expect(vendors.map((v) => v.confirmation)).toEqual(vendors.map(() => suggestedBy('library')));
    expect(await database().activities.count()).toBe(STARTER_ACTIVITY_KEYS.length);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('asks before it throws away what was entered, and leaves at once when nothing was', async () => {
    const user = userEvent.setup();
    const untouched = await renderWizard();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(untouched.router.state.location.pathname).toBe('/projects'));
    expect(screen.queryByRole('dialog')).toBeNull();
    cleanup();

    const { router } = await renderWizard();
    await user.type(screen.getByRole('textbox', { name: /Legal name/ }), 'ITGuy ApS');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    const question = await screen.findByRole('dialog', { name: 'Discard what you have entered?' });
    await user.click(within(question).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(router.state.location.pathname).toBe('/new');
    expect((screen.getByRole('textbox', { name: /Legal name/ }) as HTMLInputElement).value).toBe('ITGuy ApS');

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/projects'));
  });
});
