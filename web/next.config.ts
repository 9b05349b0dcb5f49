import path from 'node:path';
import type { NextConfig } from 'next';
import { securityHeaders } from './lib/security-headers';

const nextConfig: NextConfig = {
  output: 'standalone',
  // The npm workspace root, so the standalone bundle traces hoisted node_modules.
  outputFileTracingRoot: path.join(__dirname, '..'),
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    authInterrupts: true,
  },
  // No rewrites: they are fixed at build time. proxy.ts forwards browser GraphQL over HTTP to the API_URL of the
  // running server, and WebSockets connect to API_PUBLIC_WS_ORIGIN (nginx serves both on one origin in production).
  async headers() {
    return [{ source: '/:path*', headers: [...securityHeaders] }];
  },
};

export default nextConfig;
