export declare function ensureEngines(): Array<'firefox' | 'webkit'>;
