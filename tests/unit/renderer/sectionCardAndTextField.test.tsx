// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SectionCard } from '../../../renderer/common/SectionCard';
import { DateField, fieldProblem, TextField } from '../../../renderer/register/TextField';
import { LIMITS } from '../../../shared/model/primitives';
import { checkEmail } from '../../../shared/validation/fieldFormats';
import { renderInApp } from '../../support/renderInApp';

afterEach(cleanup);

describe('SectionCard', () => {
  it('is a region named by its heading, with the intro and the content inside', async () => {
    await renderInApp(
      <SectionCard headingId="h-test" title="Contact" intro="Who answers questions">
        <p>content</p>
      </SectionCard>,
    );
    const region = screen.getByRole('region', { name: 'Contact' });
    expect(region.contains(screen.getByRole('heading', { level: 3, name: 'Contact' }))).toBe(true);
    expect(region.textContent).toContain('Who answers questions');
    expect(region.contains(screen.getByText('content'))).toBe(true);
  });

  it('passes heading attributes through, so a table of contents can focus the heading', async () => {
    await renderInApp(
      <SectionCard
        headingId="h-toc"
        title="Policy"
        layout="form"
        testId="policy-card"
        headingProps={{ tabIndex: -1, 'data-toc': true }}
      >
        <span>x</span>
      </SectionCard>,
    );
    const heading = screen.getByRole('heading', { name: 'Policy' });
    expect(heading.getAttribute('id')).toBe('h-toc');
    expect(heading.getAttribute('tabindex')).toBe('-1');
    expect(heading.getAttribute('data-toc')).toBe('true');
    expect(screen.getByTestId('policy-card').getAttribute('aria-labelledby')).toBe('h-toc');
  });
});

describe('fieldProblem', () => {
  it('calls an empty or blank required field required, and an empty optional one fine', () => {
    expect(fieldProblem('', { required: true })).toBe('required');
    expect(fieldProblem('   ', { required: true })).toBe('required');
    expect(fieldProblem('', {})).toBeNull();
    expect(fieldProblem('', { check: checkEmail })).toBeNull();
  });

  it("reports the field's format check, after the required check", () => {
    expect(fieldProblem('not-an-email', { check: checkEmail })).toBe('email');
    expect(fieldProblem('a@b.dk', { check: checkEmail })).toBeNull();
    expect(fieldProblem(' ', { required: true, check: () => 'url' })).toBe('required');
  });
});

describe('TextField', () => {
  function Controlled({ onCommit, initial = '' }: { onCommit(value: string): void; initial?: string }) {
    const [value, setValue] = useState(initial);
    return (
      <TextField
        label="E-mail"
        description="Where people write"
        required
        check={checkEmail}
        value={value}
        onCommit={(next) => {
          setValue(next);
          onCommit(next);
        }}
      />
    );
  }

  it('marks a required field and says so in the UI language while it is empty', async () => {
    await renderInApp(<Controlled onCommit={() => {}} />, { language: 'da' });
    const input = screen.getByRole<HTMLInputElement>('textbox', {
      name: /E-mail/,
      description: /Where people write/,
    });
    expect(input.required).toBe(true);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Skal udfyldes.')).toBeTruthy();
  });

  it('commits every keystroke and shows the format error until the value is valid', async () => {
    const onCommit = vi.fn();
    await renderInApp(<Controlled onCommit={onCommit} />);
    const input = screen.getByRole('textbox', { name: /E-mail/ });
    await userEvent.type(input, 'info@');
    expect(onCommit).toHaveBeenLastCalledWith('info@');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await userEvent.type(input, 'firma.dk');
    expect(onCommit).toHaveBeenLastCalledWith('info@firma.dk');
    expect(input.hasAttribute('aria-invalid') && input.getAttribute('aria-invalid') !== 'false').toBe(false);
  });

  it('caps short texts at the model limit', async () => {
    await renderInApp(<Controlled onCommit={() => {}} />);
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: /E-mail/ }).maxLength).toBe(500);
  });
});

describe('a name field near its limit (issue 18)', () => {
  function Name({ initial = '', onCommit = () => {} }: { initial?: string; onCommit?(value: string): void }) {
    const [value, setValue] = useState(initial);
    return (
      <TextField
        label="Name"
        maxLength={LIMITS.name}
        value={value}
        onCommit={(next) => {
          setValue(next);
          onCommit(next);
        }}
      />
    );
  }
  const counter = () => document.querySelector('[data-character-count]')?.textContent ?? null;

  it('takes at most 200 characters and counts them from 160 on', async () => {
    await renderInApp(<Name initial={'n'.repeat(158)} />);
    const input = screen.getByRole<HTMLInputElement>('textbox', { name: 'Name' });
    expect(input.maxLength).toBe(200);
    await userEvent.type(input, 'n');
    expect(counter()).toBeNull();
    await userEvent.type(input, 'n');
    expect(counter()).toBe('160 / 200');
    await userEvent.type(input, 'n'.repeat(45));
    expect(input.value).toHaveLength(200);
    expect(counter()).toBe('200 / 200');
    expect(input.getAttribute('aria-invalid')).not.toBe('true');
  });

  it('says by how much a longer stored name must be shortened, in the UI language', async () => {
    await renderInApp(<Name initial={'n'.repeat(212)} />, { language: 'da' });
    const input = screen.getByRole<HTMLInputElement>('textbox', { name: 'Name' });
    expect(input.value).toHaveLength(212);
    expect(counter()).toBe('212 / 200');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('For lang: højst 200 tegn. Forkort med 12.')).toBeTruthy();
  });
});

describe('DateField (issue 18)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 4, 12));
  });
  afterEach(() => vi.useRealTimers());

  function Dated({ initial = '', onCommit }: { initial?: string; onCommit(value: string): void }) {
    const [value, setValue] = useState(initial);
    return (
      <DateField
        label="Next review"
        value={value}
        onCommit={(next) => {
          setValue(next);
          onCommit(next);
        }}
      />
    );
  }

  it('offers 1990 to ten years after today, and refuses a date outside with the range said', async () => {
    const onCommit = vi.fn();
    await renderInApp(<Dated initial="2027-01-01" onCommit={onCommit} />, { language: 'da' });
    const input = screen.getByLabelText<HTMLInputElement>('Next review');
    expect([input.min, input.max]).toEqual(['1990-01-01', '2036-12-04']);

    fireEvent.change(input, { target: { value: '9999-12-31' } });
    expect(onCommit).not.toHaveBeenCalled();
    expect(input.value).toBe('9999-12-31');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Skriv en dato fra 1. januar 1990 til 4. december 2036.')).toBeTruthy();

    fireEvent.change(input, { target: { value: '1989-12-31' } });
    expect(onCommit).not.toHaveBeenCalled();

    fireEvent.change(input, { target: { value: '2036-12-04' } });
    expect(onCommit).toHaveBeenLastCalledWith('2036-12-04');
    expect(input.getAttribute('aria-invalid')).not.toBe('true');
    expect(screen.queryByText(/Skriv en dato fra/)).toBeNull();

    fireEvent.change(input, { target: { value: '' } });
    expect(onCommit).toHaveBeenLastCalledWith('');
  });

  it.each([
    ['sv', 'Skriv ett datum från 1 januari 1990 till 4 december 2036.'],
    ['en', 'Enter a date from 1 January 1990 to 4 December 2036.'],
  ] as const)('says so for a stored date beyond the range too, in %s', async (language, message) => {
    await renderInApp(<Dated initial="2050-06-01" onCommit={() => {}} />, { language });
    expect(screen.getByLabelText('Next review').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(message)).toBeTruthy();
  });

  it('takes neither a refused date nor the store catching up later for a change made elsewhere', async () => {
    /** A store that keeps what it is given only when told to, as IndexedDB answers after a while. */
    function SlowStore() {
      const [stored, setStored] = useState('2027-01-01');
      const [given, setGiven] = useState<string | null>(null);
      return (
        <>
          <DateField label="Next review" value={stored} onCommit={setGiven} />
          <button type="button" onClick={() => given !== null && setStored(given)}>
            store
          </button>
        </>
      );
    }
    await renderInApp(<SlowStore />);
    const input = screen.getByLabelText<HTMLInputElement>('Next review');
    fireEvent.change(input, { target: { value: '9999-12-31' } });
    fireEvent.change(input, { target: { value: '2030-01-01' } });
    expect(input.value).toBe('2030-01-01');
    act(() => screen.getByRole('button', { name: 'store' }).click());
    expect(input.value).toBe('2030-01-01');
    expect(screen.queryByTestId('field-conflict')).toBeNull();
  });
});
