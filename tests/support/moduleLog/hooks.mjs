// Module loader hooks for register.mjs: every module loaded is appended to KARTOTEK_MODULE_LOG.
import { appendFileSync } from 'node:fs';
import process from 'node:process';

export async function load(url, context, nextLoad) {
  appendFileSync(process.env.KARTOTEK_MODULE_LOG, `${url}\n`);
  return nextLoad(url, context);
}
