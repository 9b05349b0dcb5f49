import { Client } from 'pg';
import { hashPassword } from '../../src/modules/auth/password';
import { BENCH_PASSWORD } from '../lib';
import type { BenchUser, GraphQLHttp } from './scenarios';

const SENDER_EMAIL = 'push-sender@pulse.bench';

export interface SeededUser {
  id: string;
  email: string;
}

/**
 * One admin who raises the events and `count` managers who receive them, in two statements: every user gets
 * the same argon2 hash (computed once), so seeding 1,000 users costs one hash, not 1,000.
 */
export async function seedUsers(url: string, count: number): Promise<{ sender: SeededUser; users: SeededUser[] }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const hash = await hashPassword(BENCH_PASSWORD);
    const [branch] = (await client.query(`INSERT INTO branches (code, name, time_zone) VALUES ('EKB', 'Екатеринбург', 'Asia/Yekaterinburg') RETURNING id`)).rows;
    const [sender] = (
      await client.query(`INSERT INTO users (email, full_name, role, branch_id, password_hash) VALUES ($1, 'Отправитель Бенчмарка', 'ADMIN', $2, $3) RETURNING id, email`, [
        SENDER_EMAIL,
        branch.id,
        hash,
      ])
    ).rows;
    const { rows: users } = await client.query<SeededUser>(
      `INSERT INTO users (email, full_name, role, branch_id, password_hash)
       SELECT format('push-%s@pulse.bench', lpad(i::text, 5, '0')), format('Подписчик %s', i), 'MANAGER', $1, $2
         FROM generate_series(1, $3::int) AS i
       RETURNING id, email`,
      [branch.id, hash, count],
    );
    users.sort((a, b) => a.email.localeCompare(b.email));
    return { sender, users };
  } finally {
    await client.end();
  }
}

/**
 * Signs every user in through the real `login` mutation, `concurrency` at a time, spread over the given API
 * processes (argon2 verification is the cost: ~30 ms of CPU each). Successful logins are not rate-limited.
 */
export async function logIn(apis: GraphQLHttp[], users: SeededUser[], concurrency: number): Promise<BenchUser[]> {
  const signedIn: BenchUser[] = new Array(users.length);
  let next = 0;
  const worker = async () => {
    while (next < users.length) {
      const index = next++;
      const user = users[index]!;
      const result = await apis[index % apis.length]!<{ login: { accessToken: string } }>(
        'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
        { email: user.email, password: BENCH_PASSWORD },
      );
      if (!result.data?.login) throw new Error(`login of ${user.email} failed: ${JSON.stringify(result.errors)}`);
      signedIn[index] = { ...user, token: result.data.login.accessToken };
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return signedIn;
}
