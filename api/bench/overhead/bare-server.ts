import { createServer } from 'node:http';
import { Pool } from 'pg';

/**
 * The baseline of bench:overhead: node:http + pg and nothing else, answering `GET /company/<id>` with the same
 * columns the GraphQL query asks for, read from the same table with the same pool size. No auth, no framework.
 */
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 10) });
const SQL = `SELECT id, name, legal_name AS "legalName", inns, kpp, ogrn, address, website
               FROM companies WHERE id = $1 AND deleted_at IS NULL`;

const server = createServer((request, response) => {
  const match = /^\/company\/([0-9a-f-]{36})$/.exec(request.url ?? '');
  if (!match) {
    response.writeHead(404).end();
    return;
  }
  pool.query(SQL, [match[1]]).then(
    ({ rows }) => {
      const body = JSON.stringify({ data: { company: rows[0] ?? null } });
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
    },
    () => response.writeHead(500).end(),
  );
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`bare server listening on ${typeof address === 'object' && address ? address.port : '?'}\n`);
});
process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
