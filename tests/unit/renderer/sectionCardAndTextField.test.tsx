// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SectionCard } from '../../../renderer/common/SectionCard';
import { fieldProblem, TextField } from '../../../renderer/register/TextField';
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
