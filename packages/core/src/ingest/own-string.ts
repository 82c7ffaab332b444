/**
 * A copy of `text` that does not keep a larger string alive. V8 makes substrings of 13 or more characters
 * (every field the CSV reader slices out of a decoded chunk) as views that hold their whole parent chunk:
 * a cache keyed by such a field would keep every chunk it ever saw, i.e. the whole file. Anything kept
 * past its batch (cache keys, aggregates, top rows) goes through this. Concatenating then slicing makes
 * V8 flatten into a fresh string of the field's own length.
 */
export function ownString(text: string): string {
  // Shorter substrings are copied by V8 anyway.
  return text.length < 13 ? text : ` ${text}`.slice(1);
}
