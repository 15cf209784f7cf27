// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ComponentType } from 'react';
import { describe, expect, it } from 'vitest';
import { createWorkspaceProject } from '../../../renderer/db/workspace';
import type { CatalogTable, EditorProps } from '../../../renderer/features/catalogs/CatalogScreen';
import { CustomerEditor, SourceEditor } from '../../../renderer/features/catalogs/simpleEditors';
import { VendorEditor } from '../../../renderer/features/catalogs/VendorEditor';
import type { ItemTypes } from '../../../renderer/db/database';
import { freshDatabaseEachTest, inDatabase, renderInApp } from '../../support/renderInApp';
import { sampleProject } from '../../support/sampleProject';

describe('the catalog editors', () => {
  const database = freshDatabaseEachTest('catalog-editors');

  /** An editor as the catalog screen holds it: every update replaces the item it shows; `latest` reads it. */
  async function renderEditor<N extends CatalogTable>(
    Editor: ComponentType<EditorProps<N>>,
    initial: ItemTypes[N],
  ) {
    const project = await createWorkspaceProject(database(), 'Firma ApS', 'en');
    let latest = initial;
    function Holder() {
      const [item, setItem] = useState(initial);
      latest = item;
      return <Editor item={item} update={(change) => setItem(change)} />;
    }
    await renderInApp(<Holder />, { wrap: inDatabase(database(), project.id) });
    return () => latest;
  }

  it('writes a localized item’s name and description in the document language, keeping the other fields', async () => {
    const source = { ...sampleProject().sources[0]!, name: {}, description: {} };
    const latest = await renderEditor(SourceEditor, source);
    await userEvent.type(await screen.findByRole('textbox', { name: /^Name/ }), 'Public register');
    await userEvent.type(screen.getByRole('textbox', { name: /^Description/ }), 'CVR');
    expect(latest()).toEqual({ ...source, name: { en: 'Public register' }, description: { en: 'CVR' } });
  });

  it('says under a customer’s required fields that they are required, until they are filled', async () => {
    const customer = { ...sampleProject().customers[0]!, registrationNumber: '', dpaReference: '' };
    const latest = await renderEditor(CustomerEditor, customer);
    const dpa = await screen.findByRole('textbox', { name: /Data processing agreement/ });
    expect(dpa.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText('Required.')).toHaveLength(2);
    await userEvent.type(dpa, 'DBA-1');
    await waitFor(() => expect(screen.getAllByText('Required.')).toHaveLength(1));
    expect(latest().dpaReference).toBe('DBA-1');
    expect(screen.getByRole('textbox', { name: /^Contact/ }).getAttribute('aria-invalid')).toBeNull();
  });

  it('checks a vendor’s registration number by its country, its web addresses and its dates', async () => {
    const vendor = {
      ...sampleProject().vendors[0]!,
      hqCountry: 'DK' as const,
      registrationNumber: '12345679',
      lastVerified: '2026-02-30',
    };
    const latest = await renderEditor(VendorEditor, vendor);
    expect(await screen.findByText(/^Not a valid CVR number/)).toBeTruthy();

    const website = screen.getByRole('textbox', { name: /^Website/ });
    await userEvent.clear(website);
    await userEvent.type(website, ' example.com');
    expect(screen.getByText('Enter a web address starting with https://.')).toBeTruthy();
    expect(latest().website).toBe('example.com');

    const verified = screen.getByLabelText(/^Last verified/);
    expect(verified.getAttribute('type')).toBe('date');
    expect(verified.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter a real date.')).toBeTruthy();
  });

  it('caps names at 200 characters, localized or not, and counts near the limit', async () => {
    await renderEditor(SourceEditor, { ...sampleProject().sources[0]!, name: { en: 's'.repeat(190) } });
    const name = await screen.findByRole<HTMLInputElement>('textbox', { name: /^Name/ });
    expect(name.maxLength).toBe(200);
    expect(name.parentElement?.textContent).toContain('190 / 200');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: /^Description/ }).maxLength).toBe(100_000);
    cleanup();
    await renderEditor(VendorEditor, { ...sampleProject().vendors[0]!, name: 'v'.repeat(170) });
    const vendorName = await screen.findByRole<HTMLInputElement>('textbox', { name: /^Name/ });
    expect(vendorName.maxLength).toBe(200);
    expect(vendorName.parentElement?.textContent).toContain('170 / 200');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: /^Legal entity/ }).maxLength).toBe(500);
  });
});
