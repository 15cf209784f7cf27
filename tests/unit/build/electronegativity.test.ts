import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// The pure part of build/scripts/electronegativity.mjs (npm run audit:electron): which findings fail
// the audit and which the suppressions file covers. The scan itself runs in CI as its own step.

interface Finding {
  check: string;
  severity: string;
  confidence: string;
  file: string;
  line: number;
  column: number;
  sample: string;
  description: string;
  manualReview: boolean;
}
interface Suppression {
  check: string;
  file: string;
  sample?: string;
  reason: string;
}
interface AuditModule {
  SEVERITIES: string[];
  ONLINE_CHECKS: string[];
  failsAudit(severity: string): boolean;
  parseSuppressions(json: unknown): Suppression[];
  classifyFindings(
    findings: Finding[],
    suppressions: Suppression[],
  ): {
    failing: Finding[];
    suppressed: { finding: Finding; suppression: Suppression }[];
    reported: Finding[];
    unusedSuppressions: Suppression[];
  };
  toFinding(issue: unknown, scannedDirectory: string): Finding;
  formatSummary(findings: Finding[], classification: ReturnType<AuditModule['classifyFindings']>): string;
}

const ROOT = path.resolve(__dirname, '..', '..', '..');
// A plain .mjs script has no type declarations; the interface above states what the test relies on.
const MODULE_PATH = path.join(ROOT, 'build/scripts/electronegativity.mjs');
let audit: AuditModule;
beforeAll(async () => {
  audit = (await import(MODULE_PATH)) as AuditModule;
});

const finding = (overrides: Partial<Finding> = {}): Finding => ({
  check: 'SANDBOX_JS_CHECK',
  severity: 'MEDIUM',
  confidence: 'FIRM',
  file: 'electron/main.ts',
  line: 149,
  column: 19,
  sample: 'const window = new BrowserWindow(createMainWindowOptions(paths.preloadPath, restored.bounds));',
  description: 'Use sandbox for untrusted origins',
  manualReview: false,
  ...overrides,
});
const REASON = 'createMainWindowOptions() sets sandbox: true, which the check cannot see.';
const suppression = (overrides: Partial<Suppression> = {}): Suppression => ({
  check: 'SANDBOX_JS_CHECK',
  file: 'electron/main.ts',
  sample: 'new BrowserWindow(createMainWindowOptions(',
  reason: REASON,
  ...overrides,
});

describe('electronegativity audit: severities', () => {
  it('fails on MEDIUM and HIGH, reports LOW and INFORMATIONAL, and fails on a severity it does not know', () => {
    expect(audit.SEVERITIES.filter((severity) => audit.failsAudit(severity))).toEqual(['MEDIUM', 'HIGH']);
    expect(audit.failsAudit('CRITICAL')).toBe(true);
  });

  it('leaves out the check that downloads Electron’s release list', () => {
    expect(audit.ONLINE_CHECKS).toEqual(['AvailableSecurityFixesGlobalCheck']);
  });
});

describe('electronegativity audit: classifying findings', () => {
  it('fails an unsuppressed finding above LOW and only reports one at LOW', () => {
    const high = finding({ check: 'CONTEXT_ISOLATION_JS_CHECK', severity: 'HIGH' });
    const low = finding({ check: 'CSP_GLOBAL_CHECK', severity: 'LOW', file: 'renderer/index.html' });
    const result = audit.classifyFindings([high, low], []);
    expect(result.failing).toEqual([high]);
    expect(result.reported).toEqual([low]);
    expect(result.suppressed).toEqual([]);
  });

  it('suppresses a finding with the same check and file whose line contains the sample', () => {
    const result = audit.classifyFindings([finding()], [suppression()]);
    expect(result.failing).toEqual([]);
    expect(result.suppressed).toEqual([{ finding: finding(), suppression: suppression() }]);
    expect(result.unusedSuppressions).toEqual([]);
  });

  it('does not suppress the same check in another file, on another line, or another check', () => {
    const elsewhere = finding({ file: 'electron/other.ts' });
    const otherLine = finding({
      sample: 'const popup = new BrowserWindow({ webPreferences: { sandbox: false } });',
    });
    const otherCheck = finding({ check: 'CONTEXT_ISOLATION_JS_CHECK', severity: 'HIGH' });
    const result = audit.classifyFindings([elsewhere, otherLine, otherCheck], [suppression()]);
    expect(result.failing).toEqual([elsewhere, otherLine, otherCheck]);
    expect(result.unusedSuppressions).toEqual([suppression()]);
  });

  it('lets a suppression without a sample cover every finding of its check in its file, global ones too', () => {
    const global = finding({ check: 'CSP_GLOBAL_CHECK', file: 'N/A', line: 0, sample: '' });
    const result = audit.classifyFindings(
      [global],
      [{ check: 'CSP_GLOBAL_CHECK', file: 'N/A', reason: REASON }],
    );
    expect(result.failing).toEqual([]);
    expect(result.suppressed).toHaveLength(1);
  });

  it('prints each group with its reason, and the failing findings with their line', () => {
    const failing = finding({
      check: 'NODE_INTEGRATION_JS_CHECK',
      severity: 'HIGH',
      sample: 'nodeIntegration: true',
    });
    const findings = [finding(), failing];
    const text = audit.formatSummary(findings, audit.classifyFindings(findings, [suppression()]));
    expect(text).toContain('findings: 2 (HIGH 1, MEDIUM 1, LOW 0, INFORMATIONAL 0)');
    expect(text).toContain(`because: ${REASON}`);
    expect(text).toMatch(
      /FAILING \(above LOW, not suppressed\): 1\n {2}HIGH NODE_INTEGRATION_JS_CHECK at electron\/main\.ts:149/,
    );
  });
});

describe('electronegativity audit: reading findings and suppressions', () => {
  it('turns an electronegativity issue into a finding with a repository-relative path', () => {
    const scanned = path.join(path.sep, 'tmp', 'scan');
    const issue = {
      id: 'OPEN_EXTERNAL_JS_CHECK',
      file: path.join(scanned, 'electron', 'ipc', 'ipcImplementations.ts'),
      location: { line: 42, column: 27 },
      sample: 'openExternal: (url) => deps.openExternal(url),',
      description: 'Review the use of openExternal',
      severity: { value: 2, name: 'MEDIUM' },
      confidence: { value: 0, name: 'TENTATIVE' },
      manualReview: true,
    };
    expect(audit.toFinding(issue, scanned)).toEqual({
      check: 'OPEN_EXTERNAL_JS_CHECK',
      severity: 'MEDIUM',
      confidence: 'TENTATIVE',
      file: 'electron/ipc/ipcImplementations.ts',
      line: 42,
      column: 27,
      sample: 'openExternal: (url) => deps.openExternal(url),',
      description: 'Review the use of openExternal',
      manualReview: true,
    });
    expect(audit.toFinding({ ...issue, file: 'N/A' }, scanned).file).toBe('N/A');
  });

  it('refuses a suppression without a real reason, a check id or a file', () => {
    expect(() => audit.parseSuppressions({})).toThrow(/"suppressions" array/);
    expect(() =>
      audit.parseSuppressions({ suppressions: [suppression({ reason: 'false positive' })] }),
    ).toThrow(/reason/);
    expect(() => audit.parseSuppressions({ suppressions: [suppression({ check: 'sandbox' })] })).toThrow(
      /check/,
    );
    expect(() => audit.parseSuppressions({ suppressions: [suppression({ file: '' })] })).toThrow(/file/);
    expect(() => audit.parseSuppressions({ suppressions: [suppression({ sample: ' ' })] })).toThrow(/sample/);
  });

  it('reads the committed suppressions file, each entry for a file that exists', () => {
    const json: unknown = JSON.parse(
      readFileSync(path.join(ROOT, 'build/electronegativity-suppressions.json'), 'utf8'),
    );
    const suppressions = audit.parseSuppressions(json);
    expect(suppressions.length).toBeGreaterThan(0);
    for (const entry of suppressions) {
      if (entry.file !== 'N/A') expect(existsSync(path.join(ROOT, entry.file)), entry.file).toBe(true);
    }
  });
});
