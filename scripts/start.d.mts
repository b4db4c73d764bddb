// Types of start.mjs (plain JavaScript so that `npm start` needs no TypeScript loader).
export declare function portFrom(value: string | undefined): { ok: true; port: number } | { ok: false; message: string };
