// Next.js configuration. PGlite ships WASM and data files that must be loaded from node_modules at run time,
// so it is kept out of the server bundle.
/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
};

export default nextConfig;
