// A warning the reader attaches to what it read: the administrator resolves or acknowledges it.
// Same shape as the `import_warnings` column (db/schema.ts), which lib/ may not import.
export type ImportWarning = { code: string; message: string; line?: number; refs?: string[] };
