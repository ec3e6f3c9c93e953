export declare function entries(): Array<{ key: string; name: string; source: string; client: boolean }>;
