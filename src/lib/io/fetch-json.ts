// Static assets fetched as JSON (never JavaScript): once, with a failed fetch tried again next time.
// The UI's English and the pack's words in English, 找服务's pinyin tables and 生活圈覆盖's standards use it.

/** `load` run once and its answer kept; should it fail, the next call runs it again. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () =>
    (pending ??= load().catch((e: unknown) => {
      pending = null; // try again next time
      throw e;
    }));
}

/** The JSON at `url`; an HTTP error is an error. */
export async function json<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json() as Promise<T>;
}
