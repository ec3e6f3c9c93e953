// `verikit/server/redis`: a LimitStore on the app's own Redis client (node-redis or ioredis).
// Imports no Redis package: the client is passed in.
export * from '../../server/stores/redis';
