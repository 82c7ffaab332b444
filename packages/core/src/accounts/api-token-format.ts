/** Every API token starts with this, so that secret scanners and people recognise it. */
export const API_TOKEN_PREFIX = 'tw_';

/** 32 random bytes in unpadded base64url. */
const TOKEN_BODY = /^[A-Za-z0-9_-]{43}$/;

/** The token text for 32 random bytes (the caller draws them). */
export function formatApiToken(bytes: Uint8Array): string {
  if (bytes.length !== 32) throw new RangeError(`an API token needs 32 random bytes, got ${bytes.length}`);
  return API_TOKEN_PREFIX + Buffer.from(bytes).toString('base64url');
}

/** Whether `text` has the shape of an API token (a cheap check before any lookup). */
export function isApiTokenFormat(text: string): boolean {
  return text.startsWith(API_TOKEN_PREFIX) && TOKEN_BODY.test(text.slice(API_TOKEN_PREFIX.length));
}
