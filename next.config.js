// Next.js configuration. PGlite ships WASM and data files that must be loaded from node_modules at run time,
// so it is kept out of the server bundle. The fixed security headers go on every response, static assets
// included; they mirror STATIC_SECURITY_HEADERS in lib/server/http/security-headers.ts (a unit test keeps them equal).
// The CSP (a nonce per request) and HSTS (depends on PUBLIC_URL at run time) are set by proxy.ts: headers()
// here are fixed at build time.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Permissions-Policy",
    value:
      "geolocation=(self), camera=(), microphone=(), payment=(), usb=(), serial=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), browsing-topics=()",
  },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
