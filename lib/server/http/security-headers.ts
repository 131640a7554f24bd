// The security headers of every response, built from the settings alone (no I/O) so they can be unit-tested.
// The proxy sets the Content-Security-Policy with a fresh nonce per request and HSTS (both depend on run-time
// settings); next.config.js sets the fixed headers below on every path, static assets included.

export type SecurityHeaderSettings = {
  nodeEnv: "development" | "production" | "test";
  /** The public address of the site (PUBLIC_URL): HSTS only when it is https. */
  publicUrl: string;
  /** The map tiles' URL template (TILES_URL), or "" for no tiles. */
  tilesUrl: string;
};

/** Headers that do not depend on the request or the settings; next.config.js must list the same (a test checks). */
export const STATIC_SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  // The catalyst finder uses the browser's geolocation; nothing else is needed.
  {
    key: "Permissions-Policy",
    value:
      "geolocation=(self), camera=(), microphone=(), payment=(), usb=(), serial=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), browsing-topics=()",
  },
];

export const HSTS_VALUE = "max-age=63072000; includeSubDomains";

/** A fresh, unpredictable nonce (128 random bits, base64). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The origin the map tiles come from, for img-src: "https://tile.example.org" from
 * "https://tile.example.org/{z}/{x}/{y}.png"; a Leaflet subdomain placeholder ("{s}.tile…") becomes a wildcard.
 * Empty or unusable template: no origin.
 */
export function tilesOrigin(tilesUrl: string): string | undefined {
  const match = /^(https?):\/\/([^/?#]+)/i.exec(tilesUrl.trim());
  if (!match) return undefined;
  const [, scheme, host] = match as unknown as [string, string, string];
  const wildcarded = host.replace(/\{s\}/g, "*");
  // Any other placeholder in the host, or characters a CSP source cannot carry: better no tiles than a broken policy.
  if (!/^(\*\.)?[A-Za-z0-9.-]+(:\d+)?$/.test(wildcarded)) return undefined;
  return `${scheme.toLowerCase()}://${wildcarded.toLowerCase()}`;
}

export function contentSecurityPolicy(nonce: string, settings: SecurityHeaderSettings): string {
  const tiles = tilesOrigin(settings.tilesUrl);
  const directives = [
    "default-src 'self'",
    // Next applies the nonce to its own scripts; 'strict-dynamic' lets them load the chunks. React needs eval
    // only in development (debugging information), never in production.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${settings.nodeEnv === "development" ? " 'unsafe-eval'" : ""}`,
    // Inline styles are accepted: React style attributes and Leaflet position the map's panes and markers with
    // inline styles, which a nonce cannot cover. Styles cannot run code; scripts stay strict.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tiles ? ` ${tiles}` : ""}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  return directives.join("; ");
}

/** HSTS is sent only in production over https: `npm start` and the e2e suite serve http://localhost. */
export function sendsHsts(settings: SecurityHeaderSettings): boolean {
  return settings.nodeEnv === "production" && settings.publicUrl.toLowerCase().startsWith("https://");
}

/** The headers the proxy adds to a response (the CSP with this request's nonce, HSTS when due). */
export function dynamicSecurityHeaders(nonce: string, settings: SecurityHeaderSettings): Record<string, string> {
  const headers: Record<string, string> = { "Content-Security-Policy": contentSecurityPolicy(nonce, settings) };
  if (sendsHsts(settings)) headers["Strict-Transport-Security"] = HSTS_VALUE;
  return headers;
}

/** Every security header, for the responses the proxy answers itself (400, 413), which skip next.config headers. */
export function allSecurityHeaders(nonce: string, settings: SecurityHeaderSettings): Record<string, string> {
  return { ...Object.fromEntries(STATIC_SECURITY_HEADERS.map(({ key, value }) => [key, value])), ...dynamicSecurityHeaders(nonce, settings) };
}
