// run.mjs runs a GOOS=wasip1 GOARCH=wasm program under Node's WASI
// (the node:wasi module, WASI preview 1): Debian's nodejs package (18 in
// bookworm, which needs the flag below; 20 and later accept and ignore it).
//
//   node --experimental-wasi-unstable-preview1 --no-warnings --no-incremental-marking run.mjs [--dir HOST[:GUEST]]... [--env NAME=VALUE]... [--cwd DIR] PROGRAM.wasm [ARG]...
//
// Each --dir preopens a host directory (under the same path unless :GUEST
// is given); the program sees those directories and nothing else of the
// host. --cwd sets PWD, which Go's wasip1 port resolves relative paths
// against (default: the current directory; it is not preopened unless a
// --dir names it or one above it). --env passes an environment variable.
// The program's exit status is this script's.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import process from 'node:process';
import { WASI } from 'node:wasi';

const usage = 'usage: node run.mjs [--dir HOST[:GUEST]]... [--env NAME=VALUE]... [--cwd DIR] PROGRAM.wasm [ARG]...';
const preopens = {};
const env = {};
let cwd = process.cwd();
const argv = process.argv.slice(2);
while (argv.length > 0 && argv[0].startsWith('--')) {
  const flag = argv.shift();
  if (flag === '--') break;
  const value = argv.shift();
  if (value === undefined) {
    console.error(usage);
    process.exit(2);
  }
  switch (flag) {
    case '--dir': {
      const i = value.indexOf(':');
      const host = resolve(i < 0 ? value : value.slice(0, i));
      preopens[i < 0 ? host : value.slice(i + 1)] = host;
      break;
    }
    case '--env': {
      const i = value.indexOf('=');
      if (i <= 0) {
        console.error(`run.mjs: --env ${value}: want NAME=VALUE`);
        process.exit(2);
      }
      env[value.slice(0, i)] = value.slice(i + 1);
      break;
    }
    case '--cwd':
      cwd = resolve(value);
      break;
    default:
      console.error(`run.mjs: unknown flag ${flag}\n${usage}`);
      process.exit(2);
  }
}
if (argv.length === 0) {
  console.error(usage);
  process.exit(2);
}
env.PWD = cwd;

const [program, ...args] = argv;
const wasi = new WASI({ version: 'preview1', args: [program, ...args], env, preopens, returnOnExit: true });
const module = await WebAssembly.compile(await readFile(program));
const instance = await WebAssembly.instantiate(module, { wasi_snapshot_preview1: wasi.wasiImport });
process.exitCode = wasi.start(instance);
