import { findElectronBinary, skipMessage } from './electronBinary';

/**
 * Runs once per test run and says in plain words whether the suite can run: skipped tests alone are
 * easy to miss in CI output, and a silent skip must not read as a pass.
 */
export default function globalSetup(): void {
  console.log(skipMessage(findElectronBinary()));
}
