export declare const redisServerPath: string;
export declare function ensureRedis(): boolean;
