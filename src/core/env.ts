// Bundlers replace `process.env.NODE_ENV` textually in a consumer's build; without one (a plain
// <script type=module>) `process` does not exist and we behave as in production: quiet and lenient.
declare const process: { env: { NODE_ENV?: string } };

/** True in development and test builds, false in production or when the environment is unknown. */
export function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false;
  }
}
