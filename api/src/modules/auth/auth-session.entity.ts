import { Column, Entity } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';

export type SessionClient = 'WEB' | 'PHONE' | 'API';

/** One signed-in device or browser. Its refresh token is stored hashed and rotated on every use. */
@Entity('auth_sessions')
export class AuthSession extends BaseEntity {
  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  refreshHash: string;

  @Column({ type: 'text', nullable: true })
  previousRefreshHash: string | null;

  @Column({ type: 'varchar' })
  client: SessionClient;

  @Column({ type: 'varchar', nullable: true })
  deviceId: string | null;

  @Column({ type: 'varchar', nullable: true })
  userAgent: string | null;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'timestamptz' })
  lastUsedAt: Date;
}

export type LoginTokenKind = 'MAGIC_LINK' | 'PHONE_LOGIN';

/** A one-time login secret (admin magic link, phone QR code); only its hash is stored. */
@Entity('login_tokens')
export class LoginToken extends BaseEntity {
  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar' })
  kind: LoginTokenKind;

  @Column({ type: 'text' })
  tokenHash: string;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
