import { useEffect, useState } from 'react';
import { loadPhoneLib } from '../../core/identifiers/phone';

export interface CountryOption {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** "United Kingdom (+44)", in the page's language. */
  label: string;
}

function regionNames(locale: string): ((code: string) => string) {
  try {
    const names = new Intl.DisplayNames([locale, 'en'], { type: 'region' });
    return (code) => names.of(code) ?? code;
  } catch {
    return (code) => code;
  }
}

/**
 * The country list for the selector. Until libphonenumber-js has loaded (it is ~29 kB gzip, so
 * only fetched once a phone field shows), the list holds the selected country alone, so the
 * select already has its value and the page doesn't jump.
 */
export function useCountries(locale: string, selected: string): { countries: CountryOption[]; loaded: boolean } {
  const [all, setAll] = useState<CountryOption[] | null>(null);
  useEffect(() => {
    let live = true;
    loadPhoneLib().then(
      (lib) => {
        if (!live) return;
        const name = regionNames(locale);
        const collator = new Intl.Collator(locale);
        const list = lib
          .getCountries()
          .map((code) => ({ code, label: `${name(code)} (+${lib.getCountryCallingCode(code)})`, sortKey: name(code) }))
          .sort((a, b) => collator.compare(a.sortKey, b.sortKey))
          .map(({ code, label }) => ({ code, label }));
        setAll(list);
      },
      // Offline: keep the one country; typing `+country` still works, and sending says why it can't.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [locale]);
  if (all) return { countries: all, loaded: true };
  return { countries: [{ code: selected, label: regionNames(locale)(selected) }], loaded: false };
}
