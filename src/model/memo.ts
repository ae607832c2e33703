/** A table of values computed once per build, each for one object (an issue, a card, a feed entry). */
export interface MemoTable<K extends object, V> {
  readonly name: string;
  /** Never set: it only carries the key and value types. */
  readonly types?: [K, V];
}

export const memoTable = <K extends object, V>(name: string): MemoTable<K, V> => Object.freeze({ name });

/**
 * The values a build computes once and shows many times: an issue's card is on its home page,
 * the archive and each of its tags' pages; its feed entry in its language's feed and each of
 * its tags' feeds. Owned by the build's model, so nothing outlives the build that made it.
 */
export class BuildMemo {
  private readonly tables = new Map<MemoTable<object, unknown>, WeakMap<object, unknown>>();

  once<K extends object, V>(table: MemoTable<K, V>, key: K, make: () => V): V {
    let values = this.tables.get(table);
    if (!values) this.tables.set(table, (values = new WeakMap()));
    if (values.has(key)) return values.get(key) as V;
    const value = make();
    values.set(key, value);
    return value;
  }
}
