import type { User } from "@users-api/types";
import { JsonText } from "./json-text.js";
import type { UserRecord } from "./records.js";
import type { Expansion } from "./views.js";

/**
 * How many expand sets keep their users' texts. A test suite asks for a few; a client sending
 * ever new combinations only makes the oldest set be built again.
 */
export const MAX_CACHED_EXPANSIONS = 16;

/**
 * How many characters of text the cache holds at most (each also kept as UTF-8 once sent):
 * a big store read with many expand sets empties the cache rather than grow it past this.
 */
export const MAX_CACHED_CHARS = 32 * 1024 * 1024;

export interface ViewTextCacheLimits {
  expansions?: number;
  chars?: number;
}

interface Entry {
  /** The record the text was made from: a record replaced since is a miss. */
  record: UserRecord;
  text: JsonText;
}

/** The key of an expand set: the same values in any order give the same key. */
const keyOf = (expand: Expansion): string =>
  expand === "all" ? "*" : `=${[...expand].sort().join(",")}`;

/**
 * Users' views as JSON text, per user and expand set, made once per version of the store. A
 * view also shows other users (the manager's name and version), so any change to the store
 * drops every text: the store counts its changes, and a count other than the one the texts
 * were made at empties the cache.
 */
export class ViewTextCache {
  readonly #maxExpansions: number;
  readonly #maxChars: number;
  #generation: number | undefined;
  #byExpansion = new Map<string, Map<string, Entry>>();
  #chars = 0;

  constructor(limits: ViewTextCacheLimits = {}) {
    this.#maxExpansions = limits.expansions ?? MAX_CACHED_EXPANSIONS;
    this.#maxChars = limits.chars ?? MAX_CACHED_CHARS;
  }

  /**
   * The JSON text of each record's view with this expand set, at the store's `generation`;
   * `view` builds the view of a record not cached.
   */
  texts(
    generation: number,
    records: readonly UserRecord[],
    expand: Expansion,
    view: (record: UserRecord) => User,
  ): JsonText[] {
    if (generation !== this.#generation) {
      this.#clear();
      this.#generation = generation;
    }
    const key = keyOf(expand);
    return records.map((record) => {
      const cached = this.#byExpansion.get(key)?.get(record.id);
      if (cached?.record === record) return cached.text;
      if (cached) this.#chars -= cached.text.text.length; // a replaced record's text goes
      // Throws, caching nothing, when the record holds what JSON cannot represent.
      const text = new JsonText(JSON.stringify(view(record)));
      this.#entries(key, text.text.length).set(record.id, { record, text });
      return text;
    });
  }

  /** The entries of an expand set, with room made for `chars` more characters. */
  #entries(key: string, chars: number): Map<string, Entry> {
    if (this.#chars + chars > this.#maxChars) this.#clear();
    this.#chars += chars;
    let entries = this.#byExpansion.get(key);
    if (!entries) {
      if (this.#byExpansion.size >= this.#maxExpansions) {
        const [oldest] = this.#byExpansion;
        if (oldest) this.#drop(oldest[0]);
      }
      entries = new Map();
      this.#byExpansion.set(key, entries);
    }
    return entries;
  }

  #drop(key: string): void {
    for (const { text } of this.#byExpansion.get(key)?.values() ?? []) {
      this.#chars -= text.text.length;
    }
    this.#byExpansion.delete(key);
  }

  #clear(): void {
    this.#byExpansion.clear();
    this.#chars = 0;
  }
}
