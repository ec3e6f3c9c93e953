import type { BuildOptions } from 'esbuild';
export const EXTERNAL: string[];
export const CONSUMER_BUILD: BuildOptions & { external: string[] };
export function measureBundle(
  contents: string,
  resolveDir: string,
): Promise<{ minified: number; gzip: number; brotli: number; exports: string[]; imports: string[] }>;
