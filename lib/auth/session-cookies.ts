// The names of Auth.js's session cookie (plain, and __Secure- prefixed over https; ".0", ".1"… when chunked): a
// request carrying one may be signed in. Pure, for the proxy as well as the server.
const SESSION_COOKIE_NAMES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function isSessionCookieName(name: string): boolean {
  return SESSION_COOKIE_NAMES.some((session) => name === session || name.startsWith(`${session}.`));
}
