import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { RetentionSchema } from '../../../shared/model/activity';
import { RetentionRuleSchema } from '../../../shared/catalog/legalCatalogTypes';
import {
  RETENTION_RULES,
  retentionFromRule,
  retentionRule,
  retentionRulesForJurisdiction,
} from '../../../shared/catalog/retentionRules';

describe('retention rules', () => {
  it('are all valid, with unique ids and every text filled in da, sv and en', () => {
    const ids = RETENTION_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RETENTION_RULES) {
      expect(() => RetentionRuleSchema.parse(rule)).not.toThrow();
      for (const language of LANGUAGES) {
        for (const text of [rule.appliesTo, rule.periodText, rule.startEvent, rule.basis]) {
          expect(text[language].trim().length).toBeGreaterThan(3);
        }
      }
    }
  });

  it.each(RETENTION_RULES.map((r) => r.id))('%s yields a RetentionSchema-valid value', (id) => {
    const retention = retentionFromRule(id);
    expect(retention).not.toBeNull();
    expect(RetentionSchema.safeParse(retention).success).toBe(true);
    expect(retention?.ruleId).toBe(id);
    const rule = retentionRule(id)!;
    expect(retention?.text).toEqual(rule.periodText);
    expect(retention?.basis).toEqual(rule.basis);
    expect(retention?.period).toEqual(rule.period);
  });

  it('returns a fresh, editable copy that does not touch the catalog', () => {
    const first = retentionFromRule('dk-bookkeeping');
    first.text.da = 'changed';
    first.period!.amount = 99;
    const second = retentionFromRule('dk-bookkeeping');
    expect(second.text.da).toBe('5 år fra udgangen af det regnskabsår, materialet vedrører');
    expect(second.period).toEqual({ amount: 5, unit: 'years' });
  });

  it('returns null for an unknown rule id', () => {
    expect(retentionFromRule('no-such-rule')).toBeNull();
    expect(retentionRule('no-such-rule')).toBeUndefined();
  });

  it('carries the Danish bookkeeping rule as the reference states it', () => {
    const rule = retentionRule('dk-bookkeeping');
    expect(rule.jurisdiction).toBe('DK');
    expect(rule.kind).toBe('statutory');
    expect(rule.period).toEqual({ amount: 5, unit: 'years' });
    expect(rule.periodText.da).toBe('5 år fra udgangen af det regnskabsår, materialet vedrører');
    expect(rule.basis.da).toBe('bogføringsloven (lov nr. 700 af 24. maj 2022) § 10');
    expect(rule.checkBeforeUse).toBe(false);
  });

  it('carries the Swedish bookkeeping rule as the reference states it', () => {
    const rule = retentionRule('se-bookkeeping');
    expect(rule.jurisdiction).toBe('SE');
    expect(rule.period).toEqual({ amount: 7, unit: 'years' });
    expect(rule.periodText.sv).toBe(
      'Till och med det sjunde året efter utgången av det kalenderår då räkenskapsåret avslutades',
    );
    expect(rule.basis.sv).toBe('7 kap. 2 § bokföringslagen (1999:1078)');
  });

  it('carries the other reference rules with their periods', () => {
    expect(retentionRule('dk-job-applicants').basis.da).toContain('op til 3 år');
    expect(retentionRule('se-job-applicants').period).toEqual({ amount: 2, unit: 'years' });
    expect(retentionRule('se-job-applicants').basis.sv).toContain('diskrimineringslagen (2008:567)');
    expect(retentionRule('dk-marketing-consent-proof').period).toEqual({ amount: 2, unit: 'years' });
    expect(retentionRule('dk-marketing-consent-proof').basis.da).toContain('markedsføringsloven');
    expect(retentionRule('dk-employee-files').period).toBeNull();
  });

  it('flags every rule the reference does not confirm, and states a criterion where no statute applies', () => {
    const fromReference = [
      'dk-bookkeeping',
      'se-bookkeeping',
      'dk-job-applicants',
      'se-job-applicants',
      'dk-marketing-consent-proof',
      'dk-employee-files',
    ];
    for (const rule of RETENTION_RULES) {
      expect(rule.checkBeforeUse).toBe(!fromReference.includes(rule.id));
    }
    const logs = retentionRule('security-logs');
    expect(logs.period).toBeNull();
    expect(logs.kind).toBe('criterion');
    expect(logs.periodText.en).toContain("company's own security assessment");
    expect(logs.basis.en).toMatch(/^No statutory period/);
    expect(logs.basis.da).toMatch(/^Ingen lovbestemt frist/);
    expect(logs.basis.sv).toMatch(/^Ingen lagstadgad tid/);
  });

  it('offers an organisation its own country’s rules and the general ones', () => {
    const dk = retentionRulesForJurisdiction('DK').map((r) => r.jurisdiction);
    expect(dk).toContain('DK');
    expect(dk).toContain('any');
    expect(dk).not.toContain('SE');
    expect(retentionRulesForJurisdiction('other').every((r) => r.jurisdiction === 'any')).toBe(true);
  });
});
