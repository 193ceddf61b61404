// Pure catalogue look-up with {placeholder} interpolation.

export type Catalogue = Record<string, string>;
export type Params = Record<string, string | number>;

/** The text for a key, with {name} placeholders filled; the key itself when it is missing. */
export function translate(catalogue: Catalogue, key: string, params?: Params): string {
  const text = catalogue[key];
  if (text === undefined) return key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Picks "<key>.one" for a count of 1 and "<key>.other" otherwise; {count} is filled in. */
export function translatePlural(catalogue: Catalogue, key: string, count: number, params?: Params): string {
  const form = count === 1 ? 'one' : 'other';
  return translate(catalogue, `${key}.${form}`, { count, ...params });
}
