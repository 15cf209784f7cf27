import { getConfig } from '@testing-library/dom';
import { describe, expect, it } from 'vitest';

describe('Testing Library in this suite', () => {
  it('waits for a screen far longer than a busy machine needs (no one-second wall clock)', () => {
    expect(getConfig().asyncUtilTimeout).toBeGreaterThanOrEqual(60_000);
  });
});
