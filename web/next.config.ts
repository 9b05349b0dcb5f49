import path from 'node:path';
import type { NextConfig } from 'next';
import { securityHeaders } from './lib/security-headers';

const apiUrl = (process.env.API_URL ?? 'http://127.0.0.1:4000').replace(/\/+$/, '');

const nextConfig: NextConfig = {
  output: 'standalone',
  // The npm workspace root, so the standalone bundle traces hoisted node_modules.
  outputFileTracingRoot: path.join(__dirname, '..'),
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    authInterrupts: true,
  },
  async rewrites() {
    // Browser-side GraphQL goes through this origin to the API. This destination is fixed at build time and
    // serves WebSocket upgrades; proxy.ts forwards plain HTTP calls to the API_URL of the running server.
    return [{ source: '/graphql', destination: `${apiUrl}/graphql` }];
  },
  async headers() {
    return [{ source: '/:path*', headers: [...securityHeaders] }];
  },
};

export default nextConfig;
