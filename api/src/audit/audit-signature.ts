import type { AuditCheckpointFile, AuditHead } from '@concerto/contracts';
import { createHash, createPrivateKey, createPublicKey, KeyObject, sign, verify } from 'crypto';
import { canonicalJson } from './audit-hash';

export interface SignedFields {
  id: string;
  createdAt: string;
  reason: string;
  keyId: string;
  heads: AuditHead[];
}

/** The exact bytes a checkpoint's signature covers. */
export function checkpointPayload(c: SignedFields): Buffer {
  return Buffer.from(
    canonicalJson({ id: c.id, createdAt: c.createdAt, reason: c.reason, keyId: c.keyId, heads: c.heads.map((h) => ({ stream: h.stream, seq: h.seq, hash: h.hash })) }),
  );
}

/** sha256 of the public key's SPKI DER, hex: names the key a checkpoint was signed with. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex');
}

export class AuditSigner {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  readonly keyId: string;
  readonly publicKeyPem: string;

  constructor(privateKeyPem: string) {
    this.privateKey = createPrivateKey(privateKeyPem);
    this.publicKey = createPublicKey(this.privateKey);
    this.keyId = keyIdOf(this.publicKey);
    this.publicKeyPem = this.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  }

  sign(fields: Omit<SignedFields, 'keyId'>): { keyId: string; signature: string } {
    const signature = sign(null, checkpointPayload({ ...fields, keyId: this.keyId }), this.privateKey).toString('base64');
    return { keyId: this.keyId, signature };
  }
}

/** Whether the checkpoint file was signed by this public key and is unaltered. */
export function signatureValid(file: AuditCheckpointFile, publicKeyPem: string): boolean {
  try {
    const key = createPublicKey(publicKeyPem);
    if (key.asymmetricKeyType !== 'ed25519' || keyIdOf(key) !== file.keyId) return false;
    return verify(null, checkpointPayload(file), key, Buffer.from(file.signature, 'base64'));
  } catch {
    return false;
  }
}
