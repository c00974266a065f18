/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite and the PDF renderer are loaded by Node at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@react-pdf/renderer", "pglite-prisma-adapter", "@node-rs/argon2"],
  poweredByHeader: false,
  // Type checking is its own step (`npm run typecheck`, part of `npm test` and `npm run build`).
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
          { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
        ],
      },
    ];
  },
};

export default nextConfig;
