import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';

// The schema half of openapi-contract.ts, with nothing from Node, so emulators can also run in a
// browser (Storybook) with a contract parsed there.

export type OpenApiDocument = {
  paths: Record<
    string,
    Record<string, { parameters?: { name: string; in: string; schema?: object }[]; requestBody?: { required?: boolean; content?: Record<string, { schema?: unknown }> } }>
  >;
  components?: { schemas?: Record<string, unknown> };
};


export function createAjv(): Ajv {
  // OpenAPI 3.0 schemas carry `example` and formats JSON Schema doesn't define (int32, double);
  // teach ajv they exist instead of turning strict mode off and losing typo detection.
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false });
  addFormats(ajv);
  ajv.addKeyword('example');
  // Vendor extensions (Twilio's `x-twilio` PII notes) are annotations, not constraints.
  ajv.addKeyword('x-twilio');
  ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && Math.abs(n) < 2 ** 31 });
  ajv.addFormat('double', { type: 'number', validate: () => true });
  return ajv;
}

export function formatErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || '(body)'} ${e.message ?? ''}`.trim()).join('; ');
}

export function rewriteRef(ref: string, id: string): string {
  return ref.replace(/^#\/components\/schemas\//, `${id}#/$defs/`);
}

export function rewriteRefs<T>(value: T, id: string): T {
  if (Array.isArray(value)) return value.map((v: unknown) => rewriteRefs(v, id)) as T;
  if (typeof value !== 'object' || value === null) return value;
  // OpenAPI 3.0 allows `nullable` on an untyped schema (Twilio's `lookup`, `sna`): any value, null
  // included. Ajv refuses `nullable` without `type`, and dropping it there changes nothing.
  const entries = Object.entries(value).filter(([k]) => k !== 'nullable' || 'type' in value);
  return Object.fromEntries(entries.map(([k, v]) => [k, k === '$ref' && typeof v === 'string' ? rewriteRef(v, id) : rewriteRefs(v, id)])) as T;
}

