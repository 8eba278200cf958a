/** `--key=value` and bare `--flag` (true) from the command line, for the benchmark scripts. */
export function commandLineArgs(argv: string[] = process.argv.slice(2)): Map<string, string> {
  return new Map(
    argv.map((arg) => {
      const [key, value] = arg.replace(/^--/, '').split('=');
      return [key!, value ?? 'true'] as const;
    }),
  );
}
