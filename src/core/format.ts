/**
 * A small message formatter: `{name}` inserts a parameter (numbers through Intl.NumberFormat),
 * and `{count, plural, =0 {none} one {# day} other {# days}}` picks a branch with
 * Intl.PluralRules, where `#` is the formatted count. Enough for verikit's UI copy without
 * shipping an ICU runtime. Unknown parameters are left as `{name}` so a missing value is
 * visible in development rather than silently empty.
 */
export type MessageParams = Record<string, string | number>;

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(safeLocale(locale));
    numberFormats.set(locale, format);
  }
  return format;
}

function plurals(locale: string): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(safeLocale(locale));
    pluralRules.set(locale, rules);
  }
  return rules;
}

// Intl throws a RangeError on a malformed tag; a bad `locale` prop must not break the page.
function safeLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** Index of the `}` that closes the `{` at `open`, or -1. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function parseBranches(body: string): Map<string, string> {
  const branches = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const open = body.indexOf('{', i);
    if (open === -1) break;
    const selector = body.slice(i, open).trim();
    const close = closingBrace(body, open);
    if (close === -1 || !selector) break;
    branches.set(selector, body.slice(open + 1, close));
    i = close + 1;
  }
  return branches;
}

function formatPlural(body: string, value: number, params: MessageParams, locale: string): string {
  const branches = parseBranches(body);
  const branch = branches.get(`=${value}`) ?? branches.get(plurals(locale).select(value)) ?? branches.get('other') ?? '';
  // `#` is replaced before parameters go in, so a `#` inside a parameter's value survives.
  return formatMessage(branch.replace(/#/g, numberFormat(locale).format(value)), params, locale);
}

export function formatMessage(template: string, params: MessageParams = {}, locale = 'en'): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open === -1) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, open);
    const close = closingBrace(template, open);
    if (close === -1) {
      out += template.slice(open);
      break;
    }
    const inner = template.slice(open + 1, close);
    const [rawName, kind, ...rest] = inner.split(',');
    const name = (rawName ?? '').trim();
    const value = params[name];
    if (kind?.trim() === 'plural') {
      const numeric = typeof value === 'number' ? value : Number(value);
      out += Number.isFinite(numeric) ? formatPlural(rest.join(','), numeric, params, locale) : `{${name}}`;
    } else if (value === undefined) {
      out += `{${name}}`;
    } else {
      out += typeof value === 'number' ? numberFormat(locale).format(value) : value;
    }
    i = close + 1;
  }
  return out;
}

/** Every nested property optional: the shape of a partial message override. */
export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

// Overrides may come from JSON a host app loads; these keys would reach Object.prototype.
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Returns a copy of `base` with `overrides` laid over it, key by key. Objects merge, anything
 * else replaces, `undefined` keeps the base. Neither argument is changed.
 */
export function deepMerge<T extends object>(base: T, ...overrides: (DeepPartial<T> | undefined)[]): T {
  let result: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const override of overrides) {
    if (!isPlainObject(override)) continue;
    const next: Record<string, unknown> = { ...result };
    for (const [key, value] of Object.entries(override)) {
      if (UNSAFE_KEYS.has(key) || value === undefined) continue;
      const current = next[key];
      next[key] = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value;
    }
    result = next;
  }
  return result as T;
}
