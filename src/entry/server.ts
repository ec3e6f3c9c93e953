// `verikit/server`: Fetch-API handlers that keep provider secrets on the server. Imports core only.
export * from '../server';
