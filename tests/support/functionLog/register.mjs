// `node --import <this file>`: counts the functions the process compiles from text at run time (`new Function`
// with a body), and prints the count on stderr as it exits (tests/unit/electron/cli/coldStart.test.ts). zod
// compiles such a function for each object schema it parses in its fast path; a command that reads one file
// needs none.
import process from 'node:process';

const NativeFunction = globalThis.Function;
let compiled = 0;
globalThis.Function = new Proxy(NativeFunction, {
  construct(target, args, newTarget) {
    if (args.length > 0 && String(args[args.length - 1]).trim() !== '') compiled++;
    return Reflect.construct(target, args, newTarget === globalThis.Function ? target : newTarget);
  },
  apply(target, self, args) {
    if (args.length > 0 && String(args[args.length - 1]).trim() !== '') compiled++;
    return Reflect.apply(target, self, args);
  },
});
process.on('exit', () => {
  process.stderr.write(`\nfunctions compiled from text: ${compiled}\n`);
});
