import { useEffect, useRef, useState } from 'react';
import { isDevelopment } from '../core/env';
import { deepMerge, type DeepPartial } from '../core/format';
import { en } from '../i18n/en';
import type { Messages } from '../i18n/messages';
import { registerLocales, registeredMessages, shippedLocaleFor } from '../i18n/registry';
import type { VerificationContextValue } from './context';

/**
 * Loads the catalog of a shipped locale on demand, e.g.
 * `(locale) => import(\`verikit/locales/${locale}.js\`)`. `locale` is the shipped tag that best
 * fits the provider's (`es-MX` → `'es-419'`); return the catalog or its module.
 */
export type LoadMessages = (locale: string) => Promise<Messages | DeepPartial<Messages> | { default: Messages }>;

function catalogOf(loaded: unknown): Messages {
  const value = loaded && typeof loaded === 'object' && 'default' in loaded ? (loaded as { default: unknown }).default : loaded;
  // A partial or odd catalog still leaves no key empty: English fills the gaps.
  return deepMerge(en, value as DeepPartial<Messages>);
}

/**
 * The catalog a provider uses before its `messages` override: the outer provider's when the
 * locale is the same (or not set), else the registered catalog that fits the locale
 * (`registerLocales`), else one `loadMessages` fetched, else English (while it loads, or when
 * nothing fits). A load that finishes after unmount changes nothing.
 */
export function useLocaleCatalog(locale: string | undefined, parent: VerificationContextValue | null, loadMessages: LoadMessages | undefined): Messages {
  const inherit = !!parent && (locale === undefined || locale === parent.locale);
  const requested = locale ?? 'en';
  const registered = inherit ? undefined : registeredMessages(requested);
  const target = shippedLocaleFor(requested);
  const needsLoad = !inherit && !registered && !!loadMessages && target !== 'en';
  const [loaded, setLoaded] = useState<{ tag: string; messages: Messages } | null>(null);
  // The latest loader, so an inline arrow function doesn't start a new load on every render.
  const loader = useRef(loadMessages);
  useEffect(() => {
    loader.current = loadMessages;
  });

  useEffect(() => {
    if (!needsLoad || !loader.current) return undefined;
    let live = true;
    loader.current(target).then(
      (module) => {
        const messages = catalogOf(module);
        registerLocales({ [target]: messages });
        if (live) setLoaded({ tag: target, messages });
      },
      (error: unknown) => {
        if (isDevelopment()) console.warn(`verikit: loadMessages('${target}') failed; showing English.`, error);
      },
    );
    return () => {
      live = false;
    };
  }, [needsLoad, target]);

  if (inherit) return parent.messages;
  if (registered) return registered;
  if (loaded?.tag === target) return loaded.messages;
  return en;
}
