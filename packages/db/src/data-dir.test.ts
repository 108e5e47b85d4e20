import { describe, expect, it } from 'vitest';
import { resolveDataDir } from './data-dir.ts';

const homeDir = '/home/seller';

describe('resolveDataDir', () => {
  it('takes --data-dir over everything', () => {
    expect(resolveDataDir({ flag: '/srv/reinstate', env: { REINSTATE_DATA_DIR: '/env/dir', XDG_DATA_HOME: '/xdg' }, homeDir })).toBe('/srv/reinstate');
  });

  it('takes REINSTATE_DATA_DIR over the XDG data folder', () => {
    expect(resolveDataDir({ env: { REINSTATE_DATA_DIR: '/env/dir', XDG_DATA_HOME: '/xdg' }, homeDir })).toBe('/env/dir');
  });

  it('uses $XDG_DATA_HOME/reinstate, else ~/.local/share/reinstate', () => {
    expect(resolveDataDir({ env: { XDG_DATA_HOME: '/xdg' }, homeDir })).toBe('/xdg/reinstate');
    expect(resolveDataDir({ env: {}, homeDir })).toBe('/home/seller/.local/share/reinstate');
  });

  it('treats empty values as unset', () => {
    expect(resolveDataDir({ flag: '', env: { REINSTATE_DATA_DIR: '', XDG_DATA_HOME: '' }, homeDir })).toBe('/home/seller/.local/share/reinstate');
  });
});
