import { describe, expect, it } from 'vitest';
import { headlessCliArgs } from '../../../../electron/cli/headless';

const commands = [{ name: 'export' }, { name: 'validate' }, { name: 'check' }, { name: 'new' }];

describe('the installed app as a command line', () => {
  it('runs headless for a known command or a global flag', () => {
    expect(headlessCliArgs(['Kartotek', 'validate', 'a.kartotek'], true, commands)).toEqual([
      'validate',
      'a.kartotek',
    ]);
    expect(headlessCliArgs(['electron', '.', 'export', 'policy', 'a.kartotek'], false, commands)).toEqual([
      'export',
      'policy',
      'a.kartotek',
    ]);
    expect(headlessCliArgs(['Kartotek', '--version'], true, commands)).toEqual(['--version']);
  });

  it('opens the window for no arguments or a project file (double-click)', () => {
    expect(headlessCliArgs(['Kartotek'], true, commands)).toBeNull();
    expect(headlessCliArgs(['Kartotek', '/home/u/ITGuy.kartotek'], true, commands)).toBeNull();
    expect(headlessCliArgs(['electron', '.'], false, commands)).toBeNull();
  });
});
