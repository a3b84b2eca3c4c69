// Pure functions of one line or one paragraph that several stages ask about the same text (a line's chrome
// pattern, its date, its matching key): each answer is kept for the source being read and forgotten when the
// next source starts (`forgetTexts`), so that no source's figures depend on what was read before it.

const caches: Array<Map<string, unknown>> = [];

/** Forget every remembered answer: called once per source, before its stages run. */
export function forgetTexts(): void {
  for (const cache of caches) cache.clear();
}

/**
 * `read`, remembering its answer per text. The answer is shared by every caller: it must be a value nobody
 * changes (a string, null, a frozen or never-mutated object). At most `size` texts are kept (a very long
 * source read outside the pipeline, by the scorer or the assembly, drops the oldest).
 */
export function rememberedPerText<T>(read: (text: string) => T, size = 4096): (text: string) => T {
  const cache = new Map<string, T>();
  caches.push(cache as Map<string, unknown>);
  return (text) => {
    const found = cache.get(text);
    if (found !== undefined || cache.has(text)) return found as T;
    const answer = read(text);
    if (cache.size >= size) cache.delete(cache.keys().next().value as string);
    cache.set(text, answer);
    return answer;
  };
}
