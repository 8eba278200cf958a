export async function register() {
  // Only the Node.js server prepares the database; build workers and other runtimes skip it.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { bootstrap } = await import('./lib/bootstrap');
    bootstrap();
  }
}
