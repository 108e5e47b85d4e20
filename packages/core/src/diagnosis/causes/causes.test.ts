import { describe, expect, it } from 'vitest';
import { causeIds } from '../diagnosis.ts';
import { diagnose } from '../diagnose.ts';
import { causeCatalog } from './index.ts';

describe('cause catalog', () => {
  it('has one entry per cause id, each with notes and a source', () => {
    expect(causeCatalog.map((entry) => entry.id)).toEqual([...causeIds]);
    for (const entry of causeCatalog) {
      expect(entry.notes.length, entry.id).toBeGreaterThan(20);
      expect(entry.source.length, entry.id).toBeGreaterThan(10);
      if (entry.id !== 'other') expect(entry.examples.length, entry.id).toBeGreaterThan(0);
    }
  });

  it.each(causeCatalog.flatMap((entry) => entry.examples.map((example) => ({ id: entry.id, example }))))('$id: "$example"', ({ id, example }) => {
    expect(diagnose(example, {}).causes.map((cause) => cause.id)).toContain(id);
  });
});
