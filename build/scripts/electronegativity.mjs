// npm run audit:electron — Doyensec's electronegativity over the Electron code, offline, as a CI gate.
//
// What is scanned: a temporary copy of electron/ (main and preload, TypeScript, which electronegativity
// parses with Babel) plus renderer/index.html carrying the Content-Security-Policy meta tag exactly as
// vite.config.ts inserts it into the build (the same policy Electron sends as a header), so the CSP is
// evaluated too without building anything first. The bundles in dist/ are deliberately not scanned:
// electronegativity reads only .js/.jsx/.ts/.tsx/.html files, never .cjs, and in esbuild's output
// `new BrowserWindow` becomes `new import_electron.BrowserWindow`, which its window checks do not match.
//
// Offline: the AvailableSecurityFixesGlobalCheck downloads Electron's release list from GitHub, so it is
// left out (the Electron version is pinned in package.json and reviewed with every upgrade), and the
// tool's start-up download of translations from its S3 bucket is replaced by its bundled English texts.
// A guard makes any other attempt to open a network connection fail the audit.
//
// Outcome: every finding is listed; one with a severity above LOW fails the run (exit 1) unless it is
// suppressed in build/electronegativity-suppressions.json, where each entry names the check, the file,
// a piece of the flagged line and the reason. Inline `eng-disable` comments would hide findings from
// that file and from this report, so they fail the run too. Files the tool cannot parse fail it as well.
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Electronegativity's severities, lowest first. Findings above FAIL_ABOVE fail the audit. */
export const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'];
export const FAIL_ABOVE = 'LOW';
/** Checks that need the network; the audit runs without them. */
export const ONLINE_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

/**
 * @typedef {{ check: string, severity: string, confidence: string, file: string, line: number,
 *   column: number, sample: string, description: string, manualReview: boolean }} Finding
 * @typedef {{ check: string, file: string, sample?: string, reason: string }} Suppression
 * @typedef {{ failing: Finding[], suppressed: { finding: Finding, suppression: Suppression }[],
 *   reported: Finding[], unusedSuppressions: Suppression[] }} Classification
 */

/** Whether a severity fails the audit; one this script does not know fails it, to be safe. */
export function failsAudit(severity) {
  const rank = SEVERITIES.indexOf(severity);
  return rank < 0 || rank > SEVERITIES.indexOf(FAIL_ABOVE);
}

/**
 * The suppressions file's entries, checked: each needs the check id, the file (relative to the
 * repository, or "N/A" for a global finding that has none), an optional piece of the flagged line, and
 * a reason of at least a sentence.
 * @param {unknown} json
 * @returns {Suppression[]}
 */
export function parseSuppressions(json) {
  const entries = json && typeof json === 'object' ? /** @type {any} */ (json).suppressions : undefined;
  if (!Array.isArray(entries)) throw new Error('the suppressions file needs a "suppressions" array');
  return entries.map((entry, index) => {
    const where = `suppression ${index + 1}`;
    if (!entry || typeof entry !== 'object') throw new Error(`${where} is not an object`);
    const { check, file, sample, reason } = entry;
    if (typeof check !== 'string' || !/^[A-Z0-9_]+_CHECK$/.test(check))
      throw new Error(`${where}: "check" must be a check id such as SANDBOX_JS_CHECK`);
    if (typeof file !== 'string' || file === '') throw new Error(`${where} (${check}): "file" is missing`);
    if (sample !== undefined && (typeof sample !== 'string' || sample.trim() === ''))
      throw new Error(`${where} (${check}): "sample" must be a non-empty piece of the flagged line`);
    if (typeof reason !== 'string' || reason.trim().length < 40)
      throw new Error(`${where} (${check}): "reason" must say why the finding is wrong or accepted`);
    return { check, file, ...(sample === undefined ? {} : { sample }), reason };
  });
}

/** Whether a suppression covers a finding: same check and file, and the flagged line contains its sample. */
export function suppresses(suppression, finding) {
  return (
    suppression.check === finding.check &&
    suppression.file === finding.file &&
    (suppression.sample === undefined || finding.sample.includes(suppression.sample))
  );
}

/**
 * Sorts findings into those that fail the audit, those a suppression covers, and those reported only
 * (LOW and below); also lists suppressions that no longer match anything.
 * @param {Finding[]} findings
 * @param {Suppression[]} suppressions
 * @returns {Classification}
 */
export function classifyFindings(findings, suppressions) {
  /** @type {Classification} */
  const result = { failing: [], suppressed: [], reported: [], unusedSuppressions: [] };
  const used = new Set();
  for (const finding of findings) {
    const suppression = suppressions.find((candidate) => suppresses(candidate, finding));
    if (suppression) {
      used.add(suppression);
      result.suppressed.push({ finding, suppression });
    } else if (failsAudit(finding.severity)) result.failing.push(finding);
    else result.reported.push(finding);
  }
  result.unusedSuppressions = suppressions.filter((suppression) => !used.has(suppression));
  return result;
}

/**
 * One of electronegativity's issue objects as a plain Finding, its file relative to the scanned
 * directory (which mirrors the repository) with forward slashes; global findings keep "N/A".
 */
export function toFinding(issue, scannedDirectory) {
  const file = String(issue.file);
  return {
    check: String(issue.id),
    severity: String(issue.severity?.name ?? issue.severity),
    confidence: String(issue.confidence?.name ?? issue.confidence),
    file: path.isAbsolute(file) ? path.relative(scannedDirectory, file).split(path.sep).join('/') : file,
    line: Number(issue.location?.line ?? 0),
    column: Number(issue.location?.column ?? 0),
    sample: String(issue.sample ?? ''),
    description: String(issue.description ?? ''),
    manualReview: Boolean(issue.manualReview),
  };
}

const where = (finding) => (finding.file === 'N/A' ? 'global' : `${finding.file}:${finding.line}`);

/** The summary printed at the end of a run. */
export function formatSummary(findings, classification) {
  const counts = SEVERITIES.slice()
    .reverse()
    .map((severity) => `${severity} ${findings.filter((finding) => finding.severity === severity).length}`);
  const lines = [`findings: ${findings.length} (${counts.join(', ')})`];
  const list = (title, items, describe) => {
    lines.push(`${title}: ${items.length}`);
    for (const item of items) lines.push(`  ${describe(item)}`);
  };
  list(
    'suppressed',
    classification.suppressed,
    ({ finding, suppression }) =>
      `${finding.severity} ${finding.check} at ${where(finding)}\n      because: ${suppression.reason}`,
  );
  list(
    `reported only (${FAIL_ABOVE} or below)`,
    classification.reported,
    (finding) => `${finding.severity} ${finding.check} at ${where(finding)}: ${finding.description}`,
  );
  list(
    'unused suppressions (the code they were for has changed; remove or update them)',
    classification.unusedSuppressions,
    (suppression) => `${suppression.check} in ${suppression.file}`,
  );
  list(
    `FAILING (above ${FAIL_ABOVE}, not suppressed)`,
    classification.failing,
    (finding) =>
      `${finding.severity} ${finding.check} at ${where(finding)}: ${finding.description}` +
      (finding.sample ? `\n      ${finding.sample}` : ''),
  );
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SUPPRESSIONS_FILE = 'build/electronegativity-suppressions.json';
const SCANNED_EXTENSIONS = /\.(js|jsx|ts|tsx|html|htm)$/;

async function listFiles(directory) {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/** The renderer's CSP, from the TypeScript module both Electron and the Vite build use. */
async function contentSecurityPolicy() {
  const { build } = await import('esbuild');
  const bundle = await build({
    stdin: {
      contents: "export { CONTENT_SECURITY_POLICY } from './shared/platform/csp';",
      resolveDir: ROOT,
      loader: 'ts',
      sourcefile: 'electronegativity-csp-entry.ts',
    },
    absWorkingDir: ROOT,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'warning',
  });
  const code = bundle.outputFiles[0].text;
  const { CONTENT_SECURITY_POLICY } = await import(
    `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
  );
  return CONTENT_SECURITY_POLICY;
}

/** The temporary tree that is scanned: electron/ and the renderer page with its CSP meta tag. */
async function stage(directory) {
  await cp(path.join(ROOT, 'electron'), path.join(directory, 'electron'), { recursive: true });
  const html = await readFile(path.join(ROOT, 'renderer/index.html'), 'utf8');
  const anchor = '<meta charset="UTF-8" />'; // where vite.config.ts puts the meta tag
  if (!html.includes(anchor)) throw new Error(`renderer/index.html no longer contains ${anchor}`);
  const csp = await contentSecurityPolicy();
  await mkdir(path.join(directory, 'renderer'));
  await writeFile(
    path.join(directory, 'renderer/index.html'),
    html.replace(anchor, `${anchor}\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`),
  );
  return (await listFiles(directory)).filter((file) => SCANNED_EXTENSIONS.test(file));
}

/** Makes every outgoing connection throw, and records it; returns the function that lifts the guard. */
function blockNetwork(attempts) {
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function blockedConnect(...args) {
    // net.connect passes its normalised [options, callback] as one array.
    const first = Array.isArray(args[0]) ? args[0][0] : args[0];
    const options = first && typeof first === 'object' ? first : { port: first, host: args[1] };
    attempts.push(options.path ?? `${options.host ?? 'localhost'}:${options.port}`);
    throw new Error('network access is blocked during the electronegativity audit');
  };
  return () => {
    net.Socket.prototype.connect = connect;
  };
}

/**
 * Loads electronegativity with its start-up translation download replaced by the same set-up using
 * only the locale files it ships (dist/locales/i18n.js would fetch <LANG>.json from S3 first).
 */
function loadElectronegativity() {
  const require = createRequire(import.meta.url);
  const i18nModulePath = require.resolve('@doyensec/electronegativity/dist/locales/i18n.js');
  const i18n = createRequire(i18nModulePath)('i18n');
  const localI18n = async () => {
    i18n.configure({
      locales: ['en-US'],
      defaultLocale: 'en-US',
      directory: path.dirname(i18nModulePath),
      updateFiles: false,
      objectNotation: true,
      retryInDefaultLocale: true,
      register: globalThis,
    });
    i18n.setLocale('en-US');
  };
  const Module = require('node:module');
  const stub = new Module(i18nModulePath);
  stub.filename = i18nModulePath;
  stub.loaded = true;
  stub.exports = localI18n;
  require.cache[i18nModulePath] = stub;
  return {
    run: require('@doyensec/electronegativity'),
    version: require('@doyensec/electronegativity/package.json').version,
    electronVersion: require('electron/package.json').version,
  };
}

async function main() {
  const started = Date.now();
  const suppressions = parseSuppressions(
    JSON.parse(await readFile(path.join(ROOT, SUPPRESSIONS_FILE), 'utf8')),
  );
  const directory = await mkdtemp(path.join(os.tmpdir(), 'kartotek-electronegativity-'));
  const problems = [];
  const attempts = [];
  let result;
  let tool;
  let scanned;
  let findings;
  try {
    scanned = await stage(directory);
    for (const file of scanned) {
      if ((await readFile(file, 'utf8')).includes('eng-disable'))
        problems.push(
          `${path.relative(directory, file)} has an eng-disable comment: suppress in ${SUPPRESSIONS_FILE} instead`,
        );
    }
    const unblock = blockNetwork(attempts);
    try {
      tool = loadElectronegativity();
      result = await tool.run({
        input: directory,
        customScan: [],
        excludeFromScan: ONLINE_CHECKS,
        electronVersionOverride: tool.electronVersion,
        parserPlugins: [],
      });
    } finally {
      unblock();
    }
    findings = result.issues.map((issue) => toFinding(issue, directory));
  } finally {
    await rm(directory, { recursive: true, force: true });
  }

  for (const error of result.errors) {
    const message = `${path.relative(directory, error.file)}: ${error.message}`;
    if (error.tolerable) console.warn(`parser warning: ${message}`);
    else problems.push(`could not parse ${message}`);
  }
  for (const attempt of attempts) problems.push(`tried to reach the network (${attempt}), which is blocked`);

  const classification = classifyFindings(findings, suppressions);
  console.log(
    `electronegativity ${tool.version}: ${scanned.length} files (electron/ and renderer/index.html with the ` +
      `CSP), Electron ${tool.electronVersion}, ${result.globalChecks} global and ${result.atomicChecks} ` +
      `atomic checks; left out (online): ${ONLINE_CHECKS.join(', ')}`,
  );
  console.log(formatSummary(findings, classification));
  for (const problem of problems) console.log(`PROBLEM: ${problem}`);
  const failed = classification.failing.length > 0 || problems.length > 0;
  console.log(
    `electronegativity audit ${failed ? 'FAILED' : 'passed'} in ${((Date.now() - started) / 1000).toFixed(1)} s ` +
      `(exit ${failed ? 1 : 0})`,
  );
  return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main();
}
