import { describe, expect, it } from 'vitest';
import { catalog } from '../../patterns/index.js';
import { BOUNDARY_CATEGORY_IDS } from '../../src/contract/categories.js';
import { createEngine } from '../../src/engine/index.js';
import { CONTEXTS, embed, sampleValue } from '../support/embed.js';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const patternsDir = fileURLToPath(new URL('../../patterns/', import.meta.url));

describe('catalog', () => {
  it('has unique kebab-case ids', () => {
    const ids = catalog.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
  });

  it('keeps every detector in a module named after its id, under its category folder', () => {
    for (const detector of catalog) {
      const files = readdirSync(`${patternsDir}${detector.category}`);
      expect(files, detector.id).toContain(`${detector.id}.ts`);
    }
  });

  it('covers every Boundary category', () => {
    const covered = new Set(catalog.map((d) => d.category));
    expect(BOUNDARY_CATEGORY_IDS.filter((c) => !covered.has(c))).toEqual([]);
  });
});

describe.each(catalog.map((d) => [d.id, d] as const))('%s', (_id, detector) => {
  const engine = createEngine([detector]);
  const samples = detector.samples();

  it('is well-formed', () => {
    expect(detector.regex.flags).toContain('u');
    expect(detector.regex.flags).not.toContain('g');
    expect(detector.keywords.length).toBeGreaterThan(0);
    for (const keyword of detector.keywords) expect(keyword).toBe(keyword.toLowerCase());
    expect(detector.description.length).toBeGreaterThan(20);
    expect(samples.positive.length).toBeGreaterThan(0);
    expect(samples.negative.length).toBeGreaterThan(0);
  });

  it('has a keyword in every positive', () => {
    for (const sample of samples.positive) {
      const text = embed(sample, 'json').text.toLowerCase();
      expect(detector.keywords.some((k) => text.includes(k)), JSON.stringify(sample)).toBe(true);
    }
  });

  describe.each(CONTEXTS)('in %s', (context) => {
    it('finds every positive, masked', () => {
      for (const sample of samples.positive) {
        const { path, text } = embed(sample, context);
        const { findings } = engine.scanText(text, { path });
        expect(findings.map((f) => f.ruleId), `${detector.id} missed ${JSON.stringify(sample).slice(0, 60)} in ${context}`).toContain(detector.id);
        const value = sampleValue(sample);
        for (const finding of findings) {
          expect(finding.preview).not.toContain(value);
          expect(finding.message).not.toContain(value);
        }
      }
    });

    it('ignores every negative', () => {
      for (const sample of samples.negative) {
        const { path, text } = embed(sample, context);
        const { findings } = engine.scanText(text, { path });
        expect(findings, `${detector.id} flagged ${JSON.stringify(sample).slice(0, 60)} in ${context}`).toEqual([]);
      }
    });
  });
});
