// @vitest-environment jsdom
import { Select } from '@mantine/core';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, expect, it } from 'vitest';
import { renderInApp } from '../../support/renderInApp';

afterEach(cleanup);

function Status() {
  const [value, setValue] = useState<string | null>('active');
  return (
    <>
      <Select label="Status" data={['draft', 'active']} value={value} onChange={setValue} />
      <output data-testid="value">{value ?? '(empty)'}</output>
    </>
  );
}

it('a select keeps its value when the chosen option is clicked again (the app theme turns deselect off)', async () => {
  await renderInApp(<Status />);
  const user = userEvent.setup();
  await user.click(screen.getByLabelText('Status', { selector: 'input' }));
  await user.click(screen.getByRole('option', { name: 'active' }));
  expect(screen.getByTestId('value').textContent).toBe('active');
  await user.click(screen.getByLabelText('Status', { selector: 'input' }));
  await user.click(screen.getByRole('option', { name: 'draft' }));
  expect(screen.getByTestId('value').textContent).toBe('draft');
});
