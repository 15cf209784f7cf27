import { describe, expect, it } from 'vitest';
import { createExternalLinkOpener } from '../../../../electron/security/externalLinkOpener';
import { recordingLogger } from '../testLogger';

function setup(fail = false) {
  const opened: string[] = [];
  const log = recordingLogger();
  const open = createExternalLinkOpener(async (url) => {
    if (fail) throw new Error('no browser');
    opened.push(url);
  }, log);
  return { open, opened, log };
}

describe('external link opener', () => {
  it('opens an https link the app offers', async () => {
    const { open, opened } = setup();
    expect(await open('https://www.datatilsynet.dk/regler-og-vejledning')).toBe(true);
    expect(opened).toEqual(['https://www.datatilsynet.dk/regler-og-vejledning']);
  });

  it.each([
    'http://www.datatilsynet.dk/',
    'https://evil.example/',
    'https://www.datatilsynet.dk.evil.example/',
    'https://user:pw@www.datatilsynet.dk/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://kartotek/index.html',
    'not a url',
  ])('refuses %s without calling the shell, and logs it', async (url) => {
    const { open, opened, log } = setup();
    expect(await open(url)).toBe(false);
    expect(opened).toEqual([]);
    expect(log.lines).toHaveLength(1);
    expect(log.lines[0]).not.toContain(url);
  });

  it('answers false when the system cannot open the link', async () => {
    const { open, log } = setup(true);
    expect(await open('https://eur-lex.europa.eu/eli/reg/2016/679/oj')).toBe(false);
    expect(log.lines.join()).toMatch(/could not open/);
  });
});
