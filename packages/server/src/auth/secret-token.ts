import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { formatApiToken } from '@tipwatch/core';

/** A new API token (`tw_` + 32 random bytes): shown once, stored only as `sha256Hex`. */
export function newApiToken(): string {
  return formatApiToken(randomBytes(32));
}

/** 32 random bytes, base64url: session ids and CSRF tokens. */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

// No 0/O, 1/l/I: a person reads it out or types it from paper.
const PASSWORD_ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A one-time password for a new user or a reset: 20 characters (about 115 bits), drawn without bias. */
export function oneTimePassword(length = 20): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      // Rejection sampling: bytes past the last full multiple of the alphabet would favour early letters.
      if (byte < 256 - (256 % PASSWORD_ALPHABET.length) && out.length < length) {
        out += PASSWORD_ALPHABET[byte % PASSWORD_ALPHABET.length];
      }
    }
  }
  return out;
}

/** SHA-256 of a secret, hex: how sessions and API tokens are stored and looked up. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Compares two secrets in constant time (for equal lengths). */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}
