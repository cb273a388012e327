/**
 * NOTIFY channel names. PostgreSQL takes them as identifiers (at most 63 bytes); keeping them
 * lower-case letters, digits and underscores means they never need quoting or case folding.
 */
const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;

export function assertChannel(channel: string): string {
  if (!CHANNEL.test(channel)) throw new Error(`Invalid realtime channel name: ${channel}`);
  return channel;
}

/** `<prefix>_<uuid without dashes>`, e.g. leaderboard_3f0c… or notifications_9a1b…. */
export function channelFor(prefix: string, id: string): string {
  return assertChannel(`${prefix}_${id.replace(/-/g, '').toLowerCase()}`);
}

/** pg_notify refuses payloads of 8000 bytes or more: events carry ids, never documents. */
export const MAX_PAYLOAD_BYTES = 7999;
