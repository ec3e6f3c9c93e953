import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { createMemoryAdapter } from '../../../src/adapters/memory';
import { de } from '../../../src/i18n/locales/de';
import { es } from '../../../src/i18n/locales/es';
import { fr } from '../../../src/i18n/locales/fr';
import { ptBR } from '../../../src/i18n/locales/pt-BR';
import { zhHK } from '../../../src/i18n/locales/zh-HK';
import { registerLocales } from '../../../src/i18n';
import { useFormat, useMessages, VerificationProvider } from '../../../src/react';
import { SendCode } from '../../../src/components';
import { deferred, wrapperFor } from './helpers';

// One registry for this file (vitest isolates modules per file): register once, up front.
registerLocales({ de, ptBR, zhHK });

describe('VerificationProvider finds the catalog from locale alone', () => {
  it('uses a registered catalog by BCP 47 lookup (de-AT → de, pt → pt-BR, zh-Hant-HK → zh-HK)', () => {
    const adapter = createMemoryAdapter({ seed: 1 });
    for (const [locale, catalog] of [['de-AT', de], ['pt', ptBR], ['zh-Hant-HK', zhHK], ['de', de]] as const) {
      const { result } = renderHook(() => useMessages(), { wrapper: wrapperFor(adapter, { locale }) });
      expect(result.current, locale).toBe(catalog);
    }
  });

  it('shows English for a locale nobody registered or loads', () => {
    const { result } = renderHook(() => useMessages(), { wrapper: wrapperFor(createMemoryAdapter({ seed: 1 }), { locale: 'fr' }) });
    expect(result.current.actions.resend).toBe('Resend code');
  });

  it('lays a partial messages override over the catalog the locale found', () => {
    const { result } = renderHook(() => useMessages(), {
      wrapper: wrapperFor(createMemoryAdapter({ seed: 1 }), { locale: 'de', messages: { templates: { SignIn: { title: 'Willkommen zurück' } } } }),
    });
    expect(result.current.templates.SignIn.title).toBe('Willkommen zurück');
    expect(result.current.actions.resend).toBe(de.actions.resend);
  });

  it('loads an unregistered catalog once with loadMessages, given the shipped tag (es-MX → es-419 when shipped)', async () => {
    const load = deferred<{ default: typeof fr }>();
    const loadMessages = vi.fn(() => load.promise);
    const adapter = createMemoryAdapter({ seed: 1 });
    const { result, rerender } = renderHook(() => useMessages(), { wrapper: wrapperFor(adapter, { locale: 'fr-CA', loadMessages }) });
    expect(result.current.actions.resend).toBe('Resend code'); // English while it loads
    rerender();
    expect(loadMessages).toHaveBeenCalledTimes(1);
    expect(loadMessages).toHaveBeenCalledWith('fr');
    await act(async () => load.resolve({ default: fr }));
    await waitFor(() => expect(result.current.actions.resend).toBe(fr.actions.resend));
    // Registered now: another provider finds it without loading.
    const again = vi.fn(() => Promise.resolve(es));
    const { result: other } = renderHook(() => useMessages(), { wrapper: wrapperFor(adapter, { locale: 'fr', loadMessages: again }) });
    expect(other.current.actions.resend).toBe(fr.actions.resend);
    expect(again).not.toHaveBeenCalled();
    const spanish = vi.fn((tag: string) => Promise.resolve(tag === 'es-419' || tag === 'es' ? es : fr));
    renderHook(() => useMessages(), { wrapper: wrapperFor(adapter, { locale: 'es-MX', loadMessages: spanish }) });
    expect(spanish).toHaveBeenCalledWith('es-419');
  });

  it('keeps English when the loader fails, and changes nothing after unmount', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error');
    try {
      const failing = vi.fn(() => Promise.reject(new Error('offline')));
      const { result } = renderHook(() => useMessages(), { wrapper: wrapperFor(createMemoryAdapter({ seed: 1 }), { locale: 'it', loadMessages: failing }) });
      await waitFor(() => expect(warn).toHaveBeenCalled());
      expect(result.current.actions.resend).toBe('Resend code');
      const late = deferred<typeof es>();
      const { unmount } = renderHook(() => useMessages(), { wrapper: wrapperFor(createMemoryAdapter({ seed: 1 }), { locale: 'vi', loadMessages: () => late.promise }) });
      unmount();
      await act(async () => late.resolve(es));
      expect(error).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      error.mockRestore();
    }
  });

  it('gives a component’s own locale its own catalog under a provider of another language', async () => {
    render(
      <VerificationProvider adapter={createMemoryAdapter({ seed: 1 })} locale="de">
        <SendCode locale="pt-BR" messages={{ templates: { SignIn: { title: 'Olá' } } }} />
      </VerificationProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Olá' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: ptBR.templates.SignIn.send })).toBeInTheDocument();
    expect(screen.getByLabelText(ptBR.fields.email)).toBeInTheDocument();
  });
});

describe('numerals', () => {
  it('formats numbers with Latin digits by default and native digits on request', () => {
    const adapter = createMemoryAdapter({ seed: 1 });
    const latin = renderHook(() => useFormat(), { wrapper: wrapperFor(adapter, { locale: 'ar' }) }).result.current;
    expect(latin.format('{current}/{total}', { current: 1, total: 2 })).toBe('1/2');
    expect(latin.formatDuration(27_000)).toBe('27\u00a0ثانية');
    const native = renderHook(() => useFormat(), { wrapper: wrapperFor(adapter, { locale: 'ar', numerals: 'native' }) }).result.current;
    expect(native.numerals).toBe('native');
    expect(native.format('{current}/{total}', { current: 1, total: 2 })).toBe('١/٢');
    expect(native.formatDuration(27_000)).toBe('٢٧\u00a0ثانية');
  });
});
