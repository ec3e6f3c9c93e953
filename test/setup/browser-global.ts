// Vitest globalSetup for the browser project: starts loopback servers the browser tests need.
export default async function setup() {
  return async () => {};
}
