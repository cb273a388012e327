export default async function globalTeardown(): Promise<void> {
  const database = (globalThis as { __relaisDatabase__?: { stop(): Promise<void> } }).__relaisDatabase__;
  await database?.stop();
}
