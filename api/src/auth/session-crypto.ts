import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'crypto';

export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

export const newRefreshToken = (): string => randomBytes(32).toString('base64url');

/** The key that seals a token's successor: derived from the token itself, which the database never holds. */
function keyFrom(presented: string): Buffer {
  return Buffer.from(hkdfSync('sha256', presented, 'concerto', 'refresh-token successor', 32));
}

/** AES-256-GCM: iv (12) + tag (16) + ciphertext, base64. Only whoever presents `presented` can open it. */
export function sealSuccessor(presented: string, successor: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFrom(presented), iv);
  const body = Buffer.concat([cipher.update(successor, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

/** The successor, or null when the sealed value was not made with this token (or was altered). */
export function openSuccessor(presented: string, sealed: string): string | null {
  try {
    const raw = Buffer.from(sealed, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', keyFrom(presented), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
