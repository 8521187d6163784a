import { keygenPair } from '@mlpack/bundle';
import type { CliIo } from '../io.js';
import { printJson } from '../io.js';

export interface KeygenArgs {
  out: string;
  json: boolean;
}

/** `mlpack keygen -o <dir>`: a new ECDSA P-256 key pair for `mlpack bundle --sign` / `mlpack verify --pubkey`. */
export async function runKeygen(args: KeygenArgs, io: CliIo): Promise<number> {
  const keys = await keygenPair(args.out);
  if (args.json) {
    printJson(io, { ok: true, private_key: keys.privateKey, public_key: keys.publicKey, public_key_sha256: keys.publicKeySha256 });
    return 0;
  }
  io.stdout(`private key: ${keys.privateKey} (mode 0600; keep it secret)\npublic key:  ${keys.publicKey}\nfingerprint: ${keys.publicKeySha256}\n`);
  return 0;
}
