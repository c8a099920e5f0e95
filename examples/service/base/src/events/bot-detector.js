const BOT_AGENTS = [/bot/i, /crawler/i, /spider/i, /headless/i, /slurp/i];

/** True for traffic that must not be captured: known bots, or no user agent at all. */
export function isBot(userAgent) {
  if (!userAgent) return true;
  return BOT_AGENTS.some((re) => re.test(userAgent));
}
