#!/usr/bin/env node
// Regenerates packages/onnx/src/generated/ (the ONNX protobuf messages) against protobufjs 8.
// Usage: `pnpm --filter @mlpack/onnx generate` [--check] (`--check` writes nothing, exits 1 when stale).
//
// Why: onnx-proto 8.0.1 (the schema source, a devDependency) depends on protobufjs ^6.11.2, which
// has a published prototype-pollution advisory (fixed in 7.5.6 / 8.0.2), and a workspace override
// does not reach consumers. onnx-proto ships no .proto file, only pbjs's static module, which
// spells out the whole schema: every message's decode switch names each field's number, wire type
// and scalar or message type, its JSDoc names enums and oneofs, and its encoder shows which
// repeated scalars are packed. This script reads that schema back into a protobufjs JSON
// descriptor (onnx-descriptor.json), then runs protobufjs-cli's pbjs (static module, ES6) and pbts
// (TypeScript declarations) on it. A test in src/onnx-proto.test.ts proves the result encodes
// byte-for-byte like onnx-proto did.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const check = process.argv.includes('--check');
const require = createRequire(import.meta.url);
const outDir = fileURLToPath(new URL('../src/generated/', import.meta.url));
const REGENERATE = 'pnpm --filter @mlpack/onnx generate';

const onnxProtoPkg = JSON.parse(readFileSync(require.resolve('onnx-proto/package.json'), 'utf8'));
const cliPkg = JSON.parse(readFileSync(require.resolve('protobufjs-cli/package.json'), 'utf8'));
const source = readFileSync(require.resolve('onnx-proto'), 'utf8');

/** Scalar reader methods pbjs emits in decode(), which are also the proto type names. */
const SCALARS = new Set(['double', 'float', 'int32', 'int64', 'uint32', 'uint64', 'sint32', 'sint64', 'fixed32', 'fixed64', 'sfixed32', 'sfixed64', 'bool', 'string', 'bytes']);

function fail(message) {
  throw new Error(`generate-onnx-proto: ${message} (onnx-proto ${onnxProtoPkg.version}'s dist/onnx.js changed shape?)`);
}

/** Enums: `@name a.b.C` + `@enum {number}` followed by `values[valuesById[N] = "NAME"] = N;` lines. */
function readEnums(text) {
  const enums = new Map();
  const re = /@name ([\w.]+)\s*\n\s*\*\s*@enum \{number\}[\s\S]*?var valuesById = \{\}, values = Object\.create\(valuesById\);([\s\S]*?)return values;/g;
  for (const m of text.matchAll(re)) {
    const values = {};
    for (const v of m[2].matchAll(/values\[valuesById\[(-?\d+)\] = "(\w+)"\] = (-?\d+);/g)) values[v[2]] = Number(v[3]);
    if (Object.keys(values).length === 0) fail(`enum ${m[1]} has no values`);
    enums.set(m[1], values);
  }
  return enums;
}

/** Interface JSDoc: `@memberof a.b` + `@interface IName` + `@property {T} [field]` lines → declared types. */
function readInterfaces(text) {
  const out = new Map();
  for (const m of text.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*?@interface I(\w+)(?:(?!\*\/)[\s\S])*?)\*\//g)) {
    const memberof = /@memberof ([\w.]+)/.exec(m[1])?.[1] ?? fail(`interface I${m[2]} has no @memberof`);
    const props = new Map();
    for (const p of m[1].matchAll(/@property \{([^}]+)\} \[(\w+)\]/g)) props.set(p[2], p[1]);
    out.set(`${memberof}.${m[2]}`, props);
  }
  return out;
}

/** Oneofs: `@member {...} name` + `@memberof a.B` above `$util.oneOfGetter($oneOfFields = [...])`. */
function readOneofs(text) {
  const out = new Map();
  const re = /@member \{[^}]*\} (\w+)\s*\n\s*\*\s*@memberof ([\w.]+)\s*\n\s*\*\s*@instance\s*\n\s*\*\/\s*\n\s*Object\.defineProperty\(\w+\.prototype, "\w+", \{\s*get: \$util\.oneOfGetter\(\$oneOfFields = \[([^\]]*)\]\)/g;
  for (const m of text.matchAll(re)) {
    const list = out.get(m[2]) ?? {};
    list[m[1]] = { oneof: [...m[3].matchAll(/"(\w+)"/g)].map((f) => f[1]) };
    out.set(m[2], list);
  }
  return out;
}

/** Messages: each decode() names its message (`new $root.a.B()`) and one `case N:` per field, in declaration order. */
function readMessages(text, enums, interfaces) {
  const messages = new Map();
  const re = /\.encode = function encode\(message, writer\) \{([\s\S]*?)return writer;\s*\};[\s\S]*?\.decode = function decode\(reader, length\) \{[\s\S]*?message = new \$root\.([\w.]+)\(\);([\s\S]*?)return message;\s*\};/g;
  for (const m of text.matchAll(re)) {
    const [, encodeBody, name, decodeBody] = m;
    const declared = interfaces.get(name) ?? fail(`message ${name} has no interface JSDoc`);
    const fields = {};
    for (const c of decodeBody.matchAll(/case (\d+):\s*\{?\s*([\s\S]*?)break;/g)) {
      const id = Number(c[1]);
      const body = c[2];
      const fieldName = /message\.(\w+)/.exec(body)?.[1] ?? fail(`${name} case ${id} names no field`);
      const repeated = body.includes('.push(');
      const nested = /\$root\.([\w.]+)\.decode\(/.exec(body)?.[1];
      const scalar = /reader\.(\w+)\(\)/.exec(body.replace(/reader\.uint32\(\) \+ reader\.pos/, ''))?.[1];
      let type = nested ?? scalar ?? fail(`${name}.${fieldName}: no type`);
      if (!nested && !SCALARS.has(type)) fail(`${name}.${fieldName}: unknown reader method ${type}`);
      const declaredType = (declared.get(fieldName) ?? fail(`${name}.${fieldName} is not in its interface`))
        .replace(/^Array\.<(.*)>$/, '$1')
        .replace(/\|null$/, '');
      if (!nested && enums.has(declaredType)) type = declaredType;
      const field = { type, id };
      if (repeated) {
        field.rule = 'repeated';
        // Scalars may be packed; the encoder says which (one length-delimited frame, then a loop).
        if (!nested && type !== 'string' && type !== 'bytes') {
          const packed = new RegExp(`/\\* id ${id}, wireType 2 =\\*/\\d+\\)\\.fork\\(\\);\\s*for`).test(encodeBody);
          field.options = { packed };
        }
      }
      fields[fieldName] = field;
    }
    if (Object.keys(fields).length === 0 && !/switch \(tag >>> 3\)/.test(decodeBody)) fail(`message ${name}: no decode switch`);
    messages.set(name, fields);
  }
  if (messages.size === 0) fail('no messages found');
  return messages;
}

/** Nest `a.b.C` names into the protobufjs JSON descriptor (sorted, so the output is deterministic). */
function buildDescriptor(text) {
  const enums = readEnums(text);
  const interfaces = readInterfaces(text);
  const oneofs = readOneofs(text);
  const messages = readMessages(text, enums, interfaces);
  const root = { nested: {} };
  const nodeFor = (fullName) => {
    let node = root;
    for (const part of fullName.split('.')) {
      node.nested ??= {};
      node = node.nested[part] ??= {};
    }
    return node;
  };
  for (const name of [...messages.keys()].sort()) {
    const node = nodeFor(name);
    node.fields = messages.get(name);
    if (oneofs.has(name)) node.oneofs = oneofs.get(name);
  }
  for (const name of [...enums.keys()].sort()) nodeFor(name).values = enums.get(name);
  return root;
}

function run(bin, args) {
  const r = spawnSync(process.execPath, [require.resolve(`protobufjs-cli/bin/${bin}`), ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${bin} ${args.join(' ')} failed:\n${r.stderr}`);
}

const banner = (what) =>
  `// GENERATED by packages/onnx/scripts/generate-onnx-proto.mjs (${what}); do not edit. Regenerate: \`${REGENERATE}\`.\n` +
  `// Schema: onnx-proto ${onnxProtoPkg.version} (ONNX ${onnxProtoPkg.config?.onnx_tag ?? '?'}); generator: protobufjs-cli ${cliPkg.version}.\n`;

function generate() {
  const descriptor = buildDescriptor(source);
  const work = mkdtempSync(join(tmpdir(), 'mlpack-onnx-proto-'));
  try {
    const json = join(work, 'onnx.json');
    writeFileSync(json, JSON.stringify(descriptor));
    const js = join(work, 'onnx.js');
    const documented = join(work, 'onnx-documented.js');
    const pbjsArgs = ['-t', 'static-module', '-w', 'es6', '--es6', '--no-service'];
    // pbts reads the JSDoc of a commented build; the shipped code is the same build without comments.
    run('pbjs', [...pbjsArgs, '-o', documented, json]);
    run('pbjs', [...pbjsArgs, '--no-comments', '-o', js, json]);
    run('pbts', ['--no-comments', '-o', join(work, 'onnx.d.ts'), documented]);
    // The static module runs as TypeScript without checks (its types are onnx-types.ts, from pbts);
    // protobufjs 8's CJS entry needs the explicit file name under NodeNext.
    const code = readFileSync(js, 'utf8').replace(/from "protobufjs\/minimal";/, 'from "protobufjs/minimal.js";');
    if (!code.includes('from "protobufjs/minimal.js";')) fail('pbjs output imports no protobufjs/minimal');
    const types = readFileSync(join(work, 'onnx.d.ts'), 'utf8')
      .replace('import * as $protobuf from "protobufjs";', 'import type * as $protobuf from "protobufjs";')
      .replace('import Long = require("long");', 'import type Long from "long";')
      .replace(/^export namespace /m, 'export declare namespace ');
    return {
      'onnx-descriptor.json': JSON.stringify(descriptor, null, 2) + '\n',
      'onnx.ts': banner('pbjs -t static-module -w es6 --es6 --no-service --no-comments') + '/* eslint-disable */\n// @ts-nocheck\n' + code,
      'onnx-types.ts': banner('pbts --no-comments') + '/* eslint-disable */\n' + types,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv.includes("--descriptor")) { console.log(JSON.stringify(buildDescriptor(source), null, 1)); process.exit(0); }
const files = generate();
let stale = [];
for (const [name, text] of Object.entries(files)) {
  let current;
  try {
    current = readFileSync(join(outDir, name), 'utf8');
  } catch {
    current = undefined;
  }
  if (current !== text) stale.push(name);
}
if (stale.length === 0) {
  console.log('packages/onnx/src/generated/ is up to date');
} else if (check) {
  console.error(`packages/onnx/src/generated/ is stale (${stale.join(', ')}): run \`${REGENERATE}\``);
  process.exitCode = 1;
} else {
  for (const name of stale) writeFileSync(join(outDir, name), files[name]);
  console.log(`wrote ${stale.map((n) => `packages/onnx/src/generated/${n}`).join(', ')}`);
}
