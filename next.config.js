// Security headers that are the same on every response. The pages' Content Security Policy
// (with a nonce per request) and Strict-Transport-Security (only over TLS) are set by
// proxy.ts; API responses (JSON and files, never pages) get a policy that allows nothing.
// Browsers keep HSTS per host, so the pages' header covers the API as well.
const common = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite, the PDF renderer, and the text reader's pdf.js (its Node build loads its own
  // worker and fonts from its folder), OCR (tesseract.js starts worker threads from its
  // folder) and canvas (native) are loaded by Node at run time, not bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@react-pdf/renderer",
    "pglite-prisma-adapter",
    "@node-rs/argon2",
    "pdfjs-dist",
    "tesseract.js",
    "@napi-rs/canvas",
  ],
  poweredByHeader: false,
  // Type checking is its own step (`npm run typecheck`, part of `npm test` and `npm run build`).
  typescript: { ignoreBuildErrors: true },
  // Next.js's default, written out because proxy.ts answers 413 to a page request over it
  // (SERVER_ACTION_BODY_LIMIT in lib/http/page-request-guard.ts, kept equal by a unit test).
  experimental: { serverActions: { bodySizeLimit: 1024 * 1024 } },
  async headers() {
    return [
      { source: "/:path*", headers: common },
      {
        source: "/api/:path*",
        headers: [
          {
            key: "Content-Security-Policy",
            value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
          },
        ],
      },
    ];
  },
};

export default nextConfig;
