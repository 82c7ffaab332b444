/**
 * The argument parser of an option given several times (`--map`, `--list`): the values in order. It has no
 * default, so that `--help` shows none; an option not given is undefined.
 */
export const repeatable = (value: string, previous?: string[]): string[] => [...(previous ?? []), value];
