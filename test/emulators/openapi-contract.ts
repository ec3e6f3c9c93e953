import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { createAjv, formatErrors, rewriteRef, rewriteRefs, type OpenApiDocument } from './openapi-schema';

export { createAjv, formatErrors, type OpenApiDocument } from './openapi-schema';

/**
 * Request validation against the real upstream OpenAPI files (vendored in test/emulators/contracts
 * from ../shared/contracts, unchanged copies of logto-io/logto and YCloud-Developers/ycloud-sdk-java files). The
 * emulators call this for every request they receive, so an adapter that sends something the
 * published contract doesn't define fails its tests.
 */
export const CONTRACTS_DIR = resolve(process.cwd(), 'test/emulators/contracts');
/** The shared originals, next to the repository; present on development machines. */
export const SHARED_CONTRACTS_DIR = resolve(process.cwd(), '../shared/contracts');

export function loadContract(relativePath: string): OpenApiDocument {
  const text = readFileSync(resolve(CONTRACTS_DIR, relativePath), 'utf8');
  return (relativePath.endsWith('.json') ? JSON.parse(text) : parseYaml(text)) as OpenApiDocument;
}

/** Upstream paths use `{param}` templates; match a concrete pathname against them. */
function matchPath(template: string, pathname: string): boolean {
  const pattern = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`);
  return pattern.test(pathname);
}

export interface OperationCheck {
  /** The spec path template the request matched, or undefined. */
  path?: string;
  /** Problems found; empty when the request fits the contract. */
  problems: string[];
}

/**
 * A contract for one OpenAPI document. `pathPrefix` is the part of the request path the spec's
 * `servers` URL contributes (YCloud: `/v2`). Body schemas come from the document's own
 * `requestBody` when it has one, else from `bodySchemas` (for Logto's fragments, whose schemas
 * Logto generates at runtime from zod guards; each caller says where its schemas come from).
 */
export function createOpenApiContract(options: {
  files: string[];
  pathPrefix?: string;
  bodySchemas?: Record<string, object>;
}) {
  const ajv = createAjv();
  const documents = options.files.map(loadContract);
  const validators = new Map<string, ValidateFunction>();
  /** Operations whose body the spec declares form-encoded (Twilio), by `METHOD path`. */
  const formOperations = new Set<string>();
  for (const [index, doc] of documents.entries()) {
    if (doc.components?.schemas) {
      // OpenAPI refs point at `#/components/schemas/X`; JSON Schema keeps definitions in `$defs`.
      ajv.addSchema({ $id: `doc${index}`, $defs: rewriteRefs(doc.components.schemas, `doc${index}`) });
    }
  }
  const key = (method: string, path: string) => `${method.toUpperCase()} ${path}`;

  for (const [index, doc] of documents.entries()) {
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const schema = operation.requestBody?.content?.['application/json']?.schema as Record<string, unknown> | undefined;
        const ref = schema?.$ref;
        if (typeof ref === 'string') validators.set(key(method, path), ajv.compile({ $ref: rewriteRef(ref, `doc${index}`) }));
        // Form bodies (Twilio) are declared inline; the emulator hands them over as an object of
        // strings, so a boolean form field would need coercing (the Twilio fields verikit sends are strings).
        const form = operation.requestBody?.content?.['application/x-www-form-urlencoded']?.schema;
        if (form && typeof form === 'object') {
          formOperations.add(key(method, path));
          validators.set(key(method, path), ajv.compile(rewriteRefs(form, `doc${index}`)));
        }
      }
    }
  }
  for (const [operation, schema] of Object.entries(options.bodySchemas ?? {})) {
    validators.set(operation, ajv.compile(schema));
  }

  return {
    documents,
    /** Checks that the operation exists in the published files and that its JSON body fits. */
    check(method: string, pathname: string, body: unknown, contentType: string | null): OperationCheck {
      const prefix = options.pathPrefix ?? '';
      if (!pathname.startsWith(prefix)) return { problems: [`${pathname} is outside ${prefix}`] };
      const local = pathname.slice(prefix.length);
      const doc = documents.find((d) => Object.keys(d.paths).some((p) => matchPath(p, local)));
      const path = doc && Object.keys(doc.paths).find((p) => matchPath(p, local));
      if (!doc || !path) return { problems: [`${method} ${pathname} is not in the published contract`] };
      if (!doc.paths[path]?.[method.toLowerCase()]) return { path, problems: [`${method} ${path} is not an operation in the published contract`] };
      const validate = validators.get(key(method, path));
      const problems: string[] = [];
      const mediaType = formOperations.has(key(method, path)) ? 'application/x-www-form-urlencoded' : 'application/json';
      if (body !== undefined && !(contentType ?? '').toLowerCase().startsWith(mediaType)) problems.push(`Content-Type is not ${mediaType}`);
      if (validate && !validate(body)) problems.push(`body does not match the schema: ${formatErrors(validate.errors)}`);
      return { path, problems };
    },
    /** Validates a response body against a named component schema (emulators check their own answers). */
    validateComponent(name: string, value: unknown): string[] {
      const index = documents.findIndex((d) => d.components?.schemas?.[name]);
      if (index < 0) throw new Error(`No component ${name}`);
      const validate = ajv.getSchema(`doc${index}#/$defs/${name}`);
      if (!validate) throw new Error(`Cannot compile ${name}`);
      return validate(value) ? [] : [formatErrors(validate.errors)];
    },
  };
}

/**
 * The body schemas Logto builds at runtime from its zod guards (the fragments in
 * ../shared/contracts/logto carry descriptions only). Each is transcribed from the guard named
 * beside it, at logto-io/logto 1fbc554 (core v1.42.0):
 * - regexes from packages/toolkit/core-kit/src/regex.ts: email `^\S+@\S+\.\S+$`, phone `^\d+$`;
 * - zod objects strip unknown keys rather than refuse them, hence no `additionalProperties: false`.
 */
export const LOGTO_EMAIL = '^\\S+@\\S+\\.\\S+$';
export const LOGTO_PHONE = '^\\d+$';
const interactionEvent = { type: 'string', enum: ['SignIn', 'Register', 'ForgotPassword'] };
/** packages/schemas/src/types/interactions.ts, `verificationCodeIdentifierGuard`. */
const verificationCodeIdentifier = {
  oneOf: [
    { type: 'object', required: ['type', 'value'], properties: { type: { const: 'email' }, value: { type: 'string', pattern: LOGTO_EMAIL } } },
    { type: 'object', required: ['type', 'value'], properties: { type: { const: 'phone' }, value: { type: 'string', pattern: LOGTO_PHONE } } },
  ],
};
/** packages/schemas/src/types/verification-code.ts, `requestVerificationCodePayloadGuard` (a union). */
const managementIdentifier = [
  { type: 'object', required: ['email'], properties: { email: { type: 'string', pattern: LOGTO_EMAIL } } },
  { type: 'object', required: ['phone'], properties: { phone: { type: 'string', pattern: LOGTO_PHONE } } },
];

export const LOGTO_BODY_SCHEMAS = {
  /** packages/core/src/routes/experience/index.ts: PUT /api/experience `{ interactionEvent }`. */
  'PUT /api/experience': { type: 'object', required: ['interactionEvent'], properties: { interactionEvent } },
  /** Same file: only SignIn and Register can be switched to. */
  'PUT /api/experience/interaction-event': {
    type: 'object',
    required: ['interactionEvent'],
    properties: { interactionEvent: { type: 'string', enum: ['SignIn', 'Register'] } },
  },
  /** packages/core/src/routes/experience/verification-routes/verification-code.ts (create route). */
  'POST /api/experience/verification/verification-code': {
    type: 'object',
    required: ['identifier', 'interactionEvent'],
    properties: { identifier: verificationCodeIdentifier, interactionEvent },
  },
  /** Same file (verify route): `{ identifier, verificationId: z.string(), code: z.string() }`. */
  'POST /api/experience/verification/verification-code/verify': {
    type: 'object',
    required: ['identifier', 'verificationId', 'code'],
    properties: { identifier: verificationCodeIdentifier, verificationId: { type: 'string' }, code: { type: 'string' } },
  },
  /** packages/core/src/routes/verification-code.ts: `requestVerificationCodePayloadGuard`. */
  'POST /api/verification-codes': { oneOf: managementIdentifier },
  /** Same file: `verifyVerificationCodePayloadGuard`, the identifier union and `{ verificationCode: z.string() }`. */
  'POST /api/verification-codes/verify': {
    allOf: [{ oneOf: managementIdentifier }, { type: 'object', required: ['verificationCode'], properties: { verificationCode: { type: 'string' } } }],
  },
} satisfies Record<string, object>;
