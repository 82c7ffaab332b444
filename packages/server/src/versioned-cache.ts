import type { KnowledgeKind, KnowledgeStore } from '@tipwatch/core';

/**
 * Memoises something derived from every in-force dataset of one kind (or of every kind, `all`). The key is the list of in-force
 * versions, read on each call (one small query), so an import or a `setInForce` is seen on the next request
 * while unchanged data is not parsed again.
 */
export function versionedCache<T>(
  store: KnowledgeStore,
  kind: KnowledgeKind | 'all',
  load: () => Promise<T>,
): () => Promise<T> {
  let key: string | null = null;
  let value: Promise<T> | null = null;
  return async () => {
    const versions = (await store.datasets())
      .filter((d) => kind === 'all' || d.kind === kind)
      .map((d) => `${d.dataset}@${d.version}`)
      .sort()
      .join(',');
    if (value === null || versions !== key) {
      key = versions;
      value = load();
      // A failed load is not kept: the next request tries again.
      value.catch(() => {
        if (key === versions) value = null;
      });
    }
    return value;
  };
}
