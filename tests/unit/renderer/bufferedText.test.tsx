// @vitest-environment jsdom
import { act, cleanup, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { BufferedTextInput } from '../../../renderer/register/BufferedTextInput';
import { useBufferedText } from '../../../renderer/register/useBufferedText';
import { renderInApp } from '../../support/renderInApp';

afterEach(cleanup);

/** The hook over a stored value the test sets by hand, as the database would deliver it. */
function setup(initial: string, normalize?: (text: string) => string) {
  const commits: string[] = [];
  const hook = renderHook(({ stored }) => useBufferedText(stored, (text) => commits.push(text), normalize), {
    initialProps: { stored: initial },
  });
  const deliver = (stored: string) => hook.rerender({ stored });
  const type = (text: string) => act(() => hook.result.current.onChange(text));
  const blur = () => act(() => hook.result.current.onBlur());
  const shown = () => hook.result.current.value;
  const other = () => hook.result.current.other;
  /** The user types " i" and it is stored; with the cursor still in the field, "Kundeservice" arrives. */
  const clash = () => {
    type(`${initial} i`);
    deliver(`${initial} i`);
    deliver('Kundeservice');
  };
  return { hook, commits, deliver, type, blur, shown, other, clash };
}

describe('useBufferedText', () => {
  it('commits each keystroke and is not thrown back by its own echoes, however late they come', () => {
    const { commits, deliver, type, shown, other } = setup('');
    type('L');
    type('Lø');
    type('Løn');
    expect(commits).toEqual(['L', 'Lø', 'Løn']);
    deliver('L');
    expect(shown()).toBe('Løn');
    deliver('Løn');
    expect(shown()).toBe('Løn');
    expect(other()).toBeNull();
  });

  it('tells a retyped value from a foreign one: echoes are matched in the order they were committed', () => {
    const { deliver, type, shown, other } = setup('');
    type('a');
    type('');
    type('a');
    deliver('a');
    deliver('');
    deliver('a');
    expect(shown()).toBe('a');
    expect(other()).toBeNull();
  });

  it('shows a value from elsewhere at once when nobody is typing in the field', () => {
    const { commits, deliver, type, blur, shown, other } = setup('Support');
    deliver('Fjernsupport');
    expect(shown()).toBe('Fjernsupport');
    type('Fjernsupport!');
    deliver('Fjernsupport!');
    blur();
    deliver('Kundesupport');
    expect(shown()).toBe('Kundesupport');
    expect(other()).toBeNull();
    expect(commits).toEqual(['Fjernsupport!']);
  });

  it('while the user types, keeps their text and holds the other value for them to choose', () => {
    const { commits, shown, other, clash } = setup('Support');
    clash();
    expect(shown()).toBe('Support i');
    expect(other()).toBe('Kundeservice');
    expect(commits).toEqual(['Support i']);
  });

  it('also when the value from elsewhere overtakes a commit still on its way', () => {
    const { deliver, type, blur, shown, other } = setup('Support');
    type('Support 2');
    blur();
    deliver('Kundeservice');
    expect(shown()).toBe('Support 2');
    expect(other()).toBe('Kundeservice');
  });

  it('"Keep my text" stores the user’s text over the other value', () => {
    const { commits, deliver, shown, other, hook, clash } = setup('Support');
    clash();
    act(() => hook.result.current.keepMine());
    expect(commits).toEqual(['Support i', 'Support i']);
    expect(other()).toBeNull();
    deliver('Support i');
    expect(shown()).toBe('Support i');
  });

  it('"Use the other text" shows it, without storing anything when it is stored already', () => {
    const { commits, deliver, blur, shown, other, hook, clash } = setup('Support');
    clash();
    blur();
    act(() => hook.result.current.useOther());
    expect(shown()).toBe('Kundeservice');
    expect(other()).toBeNull();
    expect(commits).toEqual(['Support i']);
    // Nobody types now: the next value from elsewhere simply shows.
    deliver('Kundeservice 2');
    expect(shown()).toBe('Kundeservice 2');
  });

  it('"Use the other text" stores it again when the user typed over it meanwhile', () => {
    const { commits, deliver, type, shown, other, hook, clash } = setup('Support');
    clash();
    type('Support it');
    deliver('Support it');
    expect(other()).toBe('Kundeservice');
    act(() => hook.result.current.useOther());
    expect(commits).toEqual(['Support i', 'Support it', 'Kundeservice']);
    expect(shown()).toBe('Kundeservice');
    deliver('Kundeservice');
    expect(shown()).toBe('Kundeservice');
  });

  it('recognises the echo of a normalised (trimmed) commit, and shows the stored text once the user leaves', () => {
    const { commits, deliver, type, blur, shown, other } = setup('', (text) => text.trim());
    type('https://a.dk ');
    expect(commits).toEqual(['https://a.dk']);
    deliver('https://a.dk');
    expect(shown()).toBe('https://a.dk ');
    expect(other()).toBeNull();
    blur();
    expect(shown()).toBe('https://a.dk');
  });
});

describe('BufferedTextInput with a change from elsewhere', () => {
  /** The field over a value the test can change "from another window". */
  function Harness({ commits }: { commits: string[] }) {
    const [stored, setStored] = useState('Support');
    return (
      <>
        <BufferedTextInput
          label="Name"
          value={stored}
          onCommit={(text) => {
            commits.push(text);
            setStored(text);
          }}
        />
        <button type="button" onClick={() => setStored('Kundeservice')}>
          elsewhere
        </button>
      </>
    );
  }

  it('says so at the field in the user’s language, and each choice leaves the field and the store agreeing', async () => {
    const commits: string[] = [];
    await renderInApp(<Harness commits={commits} />, { language: 'da' });
    const field = screen.getByRole('textbox', { name: 'Name' });
    await userEvent.type(field, ' i');
    // A change from elsewhere arrives while the cursor is still in the field (no blur).
    act(() => screen.getByRole('button', { name: 'elsewhere' }).click());
    const notice = screen.getByTestId('field-conflict');
    expect(notice.textContent).toContain('Feltet blev ændret et andet sted');
    expect(notice.textContent).toContain('»Kundeservice«');
    expect(field).toHaveProperty('value', 'Support i');

    await userEvent.click(screen.getByRole('button', { name: 'Behold min tekst' }));
    expect(commits.at(-1)).toBe('Support i');
    expect(screen.queryByTestId('field-conflict')).toBeNull();
    expect(field).toHaveProperty('value', 'Support i');

    await userEvent.type(field, 't');
    act(() => screen.getByRole('button', { name: 'elsewhere' }).click());
    await userEvent.click(screen.getByRole('button', { name: 'Brug den anden tekst' }));
    expect(field).toHaveProperty('value', 'Kundeservice');
    expect(screen.queryByTestId('field-conflict')).toBeNull();
  });
});
