export declare const firefoxPath: string;
export declare const webkitDriverPath: string;
export declare const miniBrowserPath: string;
export declare const xvfbPath: string;
export declare const engines: Record<'firefox' | 'webkit', { binaries: string[]; packages: string[] }>;
export declare function hasEngine(name: 'firefox' | 'webkit'): boolean;
export declare const engineProjects: Record<'firefox' | 'webkit', string>;
export declare const webkitDriverPortEnv: string;
