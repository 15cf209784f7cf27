// `node --import <this file>`: records the URL of every ES module the process loads, one a line, in the file
// named by KARTOTEK_MODULE_LOG (tests/unit/electron/cli/coldStart.test.ts). The hooks run on a thread of
// their own, so they append to the file rather than collect in memory.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
